import { describe, expect, it } from 'vitest';
import { environmentOf } from './blackfire-pages';

describe('environmentOf', () => {
  it.each([
    ['https://blackfire.io/my/environments/shop-prod/settings/notification-channels', 'shop-prod'],
    ['https://app.blackfire.io/my/environments/3f2a9c1e-77b0-4c0e-9a51-0d5e2f4b8c11/settings', '3f2a9c1e-77b0-4c0e-9a51-0d5e2f4b8c11'],
    ['https://blackfire.io/my/environments/shop', 'shop'],
  ])('finds the environment of %s', (url, environment) => expect(environmentOf(url)).toBe(environment));

  it.each([
    ['the environments list', 'https://blackfire.io/my/environments'],
    ['another Blackfire page', 'https://blackfire.io/docs/integrations'],
    ['a lookalike host', 'https://blackfire.io.example.net/my/environments/shop/settings'],
    ['PagerDuty', 'https://acme.pagerduty.com/my/environments/shop'],
    ['no URL', undefined],
  ])('finds none on %s', (_case, url) => expect(environmentOf(url)).toBeNull());
});
