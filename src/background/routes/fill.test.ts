import { describe, expect, it, vi } from 'vitest';

// The routes module wires the real extension API; only its pure naming is tested here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { channelNameFor } = await import('./fill');

const held = {
  id: 'x',
  key: 'abcdefabcdefabcdefabcdefabcd1a2b',
  serviceId: 'PABC123',
  serviceName: 'Shopping Cart',
  integrationName: 'blackfire-Shopping-Cart',
  subdomain: 'acme',
  region: 'us' as const,
  isRuleset: false,
  capturedAt: 0,
};

describe('channelNameFor', () => {
  it("names a captured key's channel after its service", () => {
    expect(channelNameFor({ ...held, source: 'captured' })).toBe('PagerDuty – Shopping Cart');
  });

  it("names the channel of a key taken through the REST API after its service", () => {
    expect(channelNameFor({ ...held, source: 'api' })).toBe('PagerDuty – Shopping Cart');
  });

  it('names a pasted key\'s channel plainly, as it has no service', () => {
    const name = channelNameFor({ ...held, serviceName: 'Pasted key', source: 'pasted' });
    expect(name).toBe('PagerDuty');
  });
});
