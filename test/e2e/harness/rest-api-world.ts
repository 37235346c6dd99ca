/**
 * The PagerDuty accounts, services, integrations and vendors the REST API stand-in serves. Plain
 * data, rebuilt fresh for every scenario (`restWorld()`), so one scenario's creations never leak
 * into the next.
 */
import type { Region } from '../../../src/shared/consoles';

export interface WorldIntegration {
  id: string;
  name: string;
  type: string;
  vendorId?: string;
  /** The Integration Key (32 characters). Email integrations have none. */
  key?: string;
}

export interface WorldService {
  id: string;
  name: string;
  status: 'active' | 'disabled' | 'maintenance';
  integrations: WorldIntegration[];
}

export interface WorldApiKey {
  kind: 'user' | 'account';
  readOnly: boolean;
}

export interface WorldAccount {
  subdomain: string;
  region: Region;
  apiKeys: Record<string, WorldApiKey>;
  services: WorldService[];
}

export interface WorldVendor {
  id: string;
  name: string;
}

export interface RestWorld {
  accounts: WorldAccount[];
  vendors: WorldVendor[];
}

/** REST API keys of the fixture accounts (20 characters, with PagerDuty's `_`, `+` and `-`). */
export const API_KEYS = {
  /** A user key of the US account `acme`. */
  user: 'acmeUser_Key+0000001',
  /** A full-access account key of `acme`. */
  account: 'acmeAcctKey-00000002',
  /** A read-only account key of `acme`: GETs work, a POST answers 403. */
  readOnly: 'acmeReadOnly_0000003',
  /** The only key of the EU account `euro`: US answers 401. */
  euOnly: 'euroUser_Key+0000004',
  /** Well-formed, known nowhere. */
  unknown: 'nobodysKey_000000005',
} as const;

export const BLACKFIRE_VENDOR_ID = 'PBFIO01';

/** Integration Keys the fixture services already have. */
export const EXISTING_KEYS = {
  searchBlackfire: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5',
  cartDatadog: 'f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5',
  billingBlackfire: 'b1b2b3b4b5b6b7b8b9b0c1c2c3c4c5c6',
  checkoutEvents: 'e0e1e2e3e4e5e6e7e8e9f0f1f2f3f4f5',
} as const;

/** Look-alikes that PagerDuty's loose `query=Blackfire.io` also returns. */
const LOOKALIKES = ['Blackfire', 'Blackfire.io Legacy', 'blackfire.io (beta)', 'Blackfire-io Webhook', 'Not Blackfire.io'];

export type VendorPlacement = 'first-page' | 'later-page' | 'absent';

const DATADOG_VENDOR_ID = 'PDATADG';

function vendors(placement: VendorPlacement): WorldVendor[] {
  const others = ['Amazon CloudWatch', 'Pingdom', 'Nagios', 'Events API V2', 'PRTG Notification For PagerDuty Events API v2'];
  const list = [...LOOKALIKES, ...others].map((name, index) => ({ id: `PV${String(index).padStart(5, '0')}`, name }));
  list.push({ id: DATADOG_VENDOR_ID, name: 'Datadog' });
  const blackfire = { id: BLACKFIRE_VENDOR_ID, name: 'Blackfire.io' };
  if (placement === 'first-page') list.splice(2, 0, blackfire);
  if (placement === 'later-page') {
    // 130 more look-alikes first: with pages of 100, the real one is on page 2.
    const partners = Array.from({ length: 130 }, (_, i) => ({ id: `PVP${String(i).padStart(4, '0')}`, name: `Blackfire Partner ${i + 1}` }));
    list.splice(LOOKALIKES.length, 0, ...partners, blackfire);
  }
  return list;
}

/** Batch services, so that listing and searching need more than one page. */
const batchServices = (count: number): WorldService[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `PBATCH${String(i).padStart(3, '0')}`,
    name: `Batch job ${String(i + 1).padStart(3, '0')}`,
    status: 'active',
    integrations: [],
  }));

export function restWorld(placement: VendorPlacement = 'first-page'): RestWorld {
  return {
    vendors: vendors(placement),
    accounts: [
      {
        subdomain: 'acme',
        region: 'us',
        apiKeys: {
          [API_KEYS.user]: { kind: 'user', readOnly: false },
          [API_KEYS.account]: { kind: 'account', readOnly: false },
          [API_KEYS.readOnly]: { kind: 'account', readOnly: true },
        },
        services: [
          {
            id: 'PSHOP01',
            name: 'Shopping Cart',
            status: 'active',
            integrations: [
              { id: 'PDD0001', name: 'Datadog', type: 'generic_events_api_inbound_integration', vendorId: DATADOG_VENDOR_ID, key: EXISTING_KEYS.cartDatadog },
              { id: 'PEM0001', name: 'Email', type: 'generic_email_inbound_integration' },
            ],
          },
          {
            id: 'PSRCH01',
            name: 'Search',
            status: 'active',
            integrations: [
              // Named freely: its Blackfire.io vendor makes it the one to reuse.
              { id: 'PBF0101', name: 'Profiling alerts', type: 'generic_events_api_inbound_integration', vendorId: BLACKFIRE_VENDOR_ID, key: EXISTING_KEYS.searchBlackfire },
            ],
          },
          {
            id: 'PBILL01',
            name: 'Legacy Billing',
            status: 'disabled',
            integrations: [{ id: 'PBF0102', name: 'blackfire-Legacy-Billing', type: 'events_api_v2_inbound_integration', key: EXISTING_KEYS.billingBlackfire }],
          },
          { id: 'PWARE01', name: 'Warehouse', status: 'maintenance', integrations: [] },
          ...batchServices(120),
        ],
      },
      {
        subdomain: 'euro',
        region: 'eu',
        apiKeys: { [API_KEYS.euOnly]: { kind: 'user', readOnly: false } },
        services: [
          {
            id: 'PEUCH01',
            name: 'Checkout',
            status: 'active',
            integrations: [{ id: 'PEV0001', name: 'Events', type: 'events_api_v2_inbound_integration', key: EXISTING_KEYS.checkoutEvents }],
          },
        ],
      },
    ],
  };
}
