import { describe, expect, it } from 'vitest';
import { isBlackfireVendor, newIntegrationBody, reusableIntegration } from './integrations';
import type { PdIntegration } from './resources';

const integration = (overrides: Partial<PdIntegration>): PdIntegration => ({
  id: 'PINT001',
  name: 'Datadog',
  type: 'generic_events_api_inbound_integration',
  vendorName: null,
  key: null,
  ...overrides,
});

describe('isBlackfireVendor', () => {
  it.each(['Blackfire.io', 'blackfire.io', 'BLACKFIRE.IO', ' Blackfire.io '])('%j is the Blackfire.io vendor', (name) =>
    expect(isBlackfireVendor({ id: 'PV', name })).toBe(true),
  );

  it.each(['Blackfire', 'Blackfire.io Legacy', 'Blackfire io', 'Blackfire.io (Beta)', 'Blackfire.ioo', 'Not Blackfire.io', 'Blackfire-io'])(
    'the look-alike %j is not',
    (name) => expect(isBlackfireVendor({ id: 'PV', name })).toBe(false),
  );
});

describe('reusableIntegration', () => {
  it('takes a Blackfire.io integration, whatever its name', () => {
    const blackfire = integration({ id: 'PBF', name: 'Monitoring', vendorName: 'Blackfire.io' });
    expect(reusableIntegration([integration({}), blackfire])).toBe(blackfire);
  });

  it('prefers the Blackfire.io vendor to a conventionally named integration', () => {
    const named = integration({ id: 'PNAMED', name: 'blackfire-Shopping-Cart' });
    const vendor = integration({ id: 'PVENDOR', name: 'Alerts', vendorName: 'blackfire.io' });
    expect(reusableIntegration([named, vendor])).toBe(vendor);
  });

  it('takes an integration named blackfire-…, in any case', () => {
    const named = integration({ id: 'PNAMED', name: 'Blackfire-Shopping-Cart', type: 'events_api_v2_inbound_integration' });
    expect(reusableIntegration([integration({}), named])).toBe(named);
  });

  it('takes no look-alike vendor, no name that merely mentions Blackfire, and no email integration', () => {
    expect(
      reusableIntegration([
        integration({ vendorName: 'Blackfire.io Legacy' }),
        integration({ name: 'Old blackfire-hook' }),
        integration({ name: 'blackfire-mail', type: 'generic_email_inbound_integration' }),
      ]),
    ).toBeUndefined();
  });
});

describe('newIntegrationBody', () => {
  it('names the Blackfire.io vendor, with no type', () => {
    expect(newIntegrationBody('PSVC001', 'Shopping Cart', { id: 'PBFVNDR', name: 'Blackfire.io' })).toEqual({
      integration: {
        name: 'blackfire-Shopping-Cart',
        service: { id: 'PSVC001', type: 'service_reference' },
        vendor: { id: 'PBFVNDR', type: 'vendor_reference' },
      },
    });
  });

  it('falls back to a generic Events API v2 integration', () => {
    expect(newIntegrationBody('PSVC001', 'Shopping Cart', undefined)).toEqual({
      integration: {
        type: 'events_api_v2_inbound_integration',
        name: 'blackfire-Shopping-Cart',
        service: { id: 'PSVC001', type: 'service_reference' },
      },
    });
  });
});
