import { describe, expect, it } from 'vitest';
import { conventionalIntegrationName, followsConvention } from './integration-name';

describe('conventionalIntegrationName', () => {
  it.each([
    ['Shopping Cart', 'blackfire-Shopping-Cart'],
    ['  Search  ', 'blackfire-Search'],
    ['  Checkout   API ', 'blackfire-Checkout-API'],
    ['search', 'blackfire-search'],
  ])('names the integration for %j %s', (service, expected) => expect(conventionalIntegrationName(service)).toBe(expected));
});

describe('followsConvention', () => {
  it.each(['blackfire-Shopping-Cart', '  Blackfire-search', 'BLACKFIRE-x'])('%j does', (name) => expect(followsConvention(name)).toBe(true));
  it.each(['Blackfire alerts', 'Old blackfire-hook', 'blackfire_Search', ''])('%j does not', (name) => expect(followsConvention(name)).toBe(false));
});
