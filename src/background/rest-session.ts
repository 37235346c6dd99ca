/**
 * The REST API connection and what it has learned, in `storage.session` only: the API key can
 * do far more than an Integration Key, so it never goes to `storage.local`, not even with
 * "Remember keys" on (that setting mirrors the vault, and this is not in the vault). Kept in
 * storage, never only in memory: the worker may stop between Connect, Create and the test.
 */
import browser from 'webextension-polyfill';
import type { RestServiceChoice, RestState } from '../shared/messages';
import { reusableIntegration } from '../shared/rest/integrations';
import type { PdService, PdVendor } from '../shared/rest/resources';
import type { RestConnection } from './rest-client';
import { inTurn } from './serial';

/** A listed service without any integration's key: only what choosing and reusing need. */
export type ListedService = Omit<PdService, 'integrations'> & {
  integrations: (Omit<PdService['integrations'][number], 'key'> & { key: null })[];
};

export interface RestSession {
  connection: RestConnection;
  listing: { query: string; services: ListedService[]; more: boolean; at: number };
  /** The Blackfire.io vendor once looked up; null when PagerDuty has none for this account. */
  vendor?: PdVendor | null;
}

const REST = 'rest';

export async function readRestSession(): Promise<RestSession | undefined> {
  return (await browser.storage.session.get(REST))[REST] as RestSession | undefined;
}

/** Read-modify-write of the session, in turn; a change that returns undefined changes nothing. */
export function updateRestSession(change: (session: RestSession | undefined) => RestSession | undefined): Promise<void> {
  return inTurn(async () => {
    const next = change(await readRestSession());
    if (next !== undefined) await browser.storage.session.set({ [REST]: next });
  });
}

export function forgetRestSession(): Promise<void> {
  return inTurn(() => browser.storage.session.remove(REST));
}

export function listed(services: readonly PdService[]): ListedService[] {
  return services.map(({ integrations, ...service }) => ({
    ...service,
    integrations: integrations.map((integration) => ({ ...integration, key: null })),
  }));
}

/** The listing after `integration` was created on a service: the popup then offers to use it, not to create another. */
export function withCreated(session: RestSession, serviceId: string, integration: PdService['integrations'][number]): RestSession {
  const services = session.listing.services.map((service) =>
    service.id === serviceId ? { ...service, integrations: [...service.integrations, { ...integration, key: null }] } : service,
  );
  return { ...session, listing: { ...session.listing, services } };
}

function choiceOf(service: ListedService): RestServiceChoice {
  return { id: service.id, name: service.name, blackfireIntegration: reusableIntegration(service.integrations)?.name ?? null };
}

export function restStateOf(session: RestSession | undefined): RestState {
  if (!session) return { connected: false, region: null, services: [], query: '', more: false };
  const { listing } = session;
  return { connected: true, region: session.connection.region, services: listing.services.map(choiceOf), query: listing.query, more: listing.more };
}
