/**
 * The REST path of getting a key: connect with an API key, find the service, take its Blackfire
 * integration's key or create the integration. The key then joins the vault like a captured one.
 */
import { parseHttpsUrl, subdomainOfPagerDutyHost } from '../shared/consoles';
import { parseKey } from '../shared/keys';
import { conventionalIntegrationName } from '../shared/integration-name';
import type { Result, RestState } from '../shared/messages';
import { parseApiKey } from '../shared/rest/api-key';
import { newIntegrationBody, reusableIntegration } from '../shared/rest/integrations';
import { collectPages, PAGE_LIMIT } from '../shared/rest/pagination';
import type { PdIntegration, PdService } from '../shared/rest/resources';
import { realDeps, type ClientDeps } from './events-client';
import { updateVault } from './key-store';
import { capturedKeyId, holdKey, type HeldKey } from './vault';
import { notUnderstood, RestProblem, type RestConnection } from './rest-client';
import { createIntegration, findBlackfireVendor, getIntegration, getService, listServices } from './rest-operations';
import { forgetRestSession, listed, readRestSession, restStateOf, updateRestSession, withCreated, type RestSession } from './rest-session';

/** A search lists at most this many services (two pages): beyond that, the person narrows it. */
export const MAX_LISTED_SERVICES = 200;
/** A listing this recent tells which integrations a service has without asking again. */
export const LISTING_FRESH_MS = 2 * 60_000;

const NOT_CONNECTED = { ok: false as const, message: 'Not connected to PagerDuty: connect with a REST API key first.' };

/** Runs a REST flow, turning its RestProblem into the failure the popup shows. */
async function answering<T extends object>(flow: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await flow();
  } catch (error) {
    if (error instanceof RestProblem) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * One request proves the key, for user and account keys alike (`GET /users/me` would answer 400
 * to an account key): the first page of services, which the person needs next anyway. A 401 on
 * the US host is tried once on the EU host, whose accounts the US host does not know.
 */
async function firstPage(key: string, deps: ClientDeps) {
  const us: RestConnection = { key, region: 'us' };
  try {
    return { connection: us, page: await listServices(us, '', 0, PAGE_LIMIT, deps, 'connect') };
  } catch (error) {
    if (!(error instanceof RestProblem && error.status === 401)) throw error;
  }
  const eu: RestConnection = { key, region: 'eu' };
  return { connection: eu, page: await listServices(eu, '', 0, PAGE_LIMIT, deps, 'connect') };
}

/** Checks the key's shape, proves it, and keeps the connection with the region that answered. */
export function connect(input: string, deps: ClientDeps = realDeps): Promise<Result<{ state: RestState }>> {
  const parsed = parseApiKey(input);
  if (!parsed.ok) return Promise.resolve(parsed);
  return answering(async () => {
    const { connection, page } = await firstPage(parsed.key, deps);
    const session: RestSession = { connection, listing: { query: '', services: listed(page.items), more: page.more, at: deps.clock.now() } };
    await updateRestSession(() => session);
    return { ok: true, state: restStateOf(session) };
  });
}

export const disconnect = forgetRestSession;

/** `GET /services?query=`, following `more` up to MAX_LISTED_SERVICES. */
export function searchServices(query: string, deps: ClientDeps = realDeps): Promise<Result<{ state: RestState }>> {
  return answering(async () => {
    const session = await readRestSession();
    if (!session) return NOT_CONNECTED;
    const page = (offset: number, limit: number) => listServices(session.connection, query, offset, limit, deps);
    const { items, more } = await collectPages(page, MAX_LISTED_SERVICES);
    const listing = { query: query.trim(), services: listed(items), more, at: deps.clock.now() };
    let state = restStateOf(undefined);
    // Disconnected meanwhile: the search result is dropped with the connection.
    await updateRestSession((current) => {
      if (!current) return undefined;
      const next = { ...current, listing };
      state = restStateOf(next);
      return next;
    });
    return state.connected ? { ok: true, state } : NOT_CONNECTED;
  });
}

/** The service with its integrations: from a fresh listing, else asked for. */
async function serviceWithIntegrations(session: RestSession, serviceId: string, deps: ClientDeps): Promise<PdService> {
  const { listing } = session;
  const fresh = deps.clock.now() - listing.at < LISTING_FRESH_MS;
  const known = fresh ? listing.services.find((service) => service.id === serviceId) : undefined;
  return known ?? getService(session.connection, serviceId, deps);
}

/** The Blackfire.io vendor, looked up once per connection. */
async function blackfireVendor(session: RestSession, deps: ClientDeps) {
  if (session.vendor !== undefined) return session.vendor ?? undefined;
  const vendor = await findBlackfireVendor(session.connection, deps);
  await updateRestSession((current) => (current && { ...current, vendor: vendor ?? null }));
  return vendor;
}

/** The integration's key: from the answer that carried the integration, else asked for. */
async function keyOf(session: RestSession, serviceId: string, integration: PdIntegration, deps: ClientDeps): Promise<string> {
  const key = integration.key ?? (await getIntegration(session.connection, serviceId, integration.id, deps)).key;
  const parsed = key === null ? null : parseKey(key);
  if (!parsed?.ok) throw notUnderstood('read-integration');
  return parsed.key;
}

/** The account's subdomain, from the service's page on PagerDuty's site (`https://acme.pagerduty.com/…`). */
function subdomainOf(service: PdService): string {
  const host = parseHttpsUrl(service.htmlUrl)?.hostname;
  return host?.endsWith('.pagerduty.com') ? subdomainOfPagerDutyHost(host) : '';
}

async function hold(session: RestSession, service: PdService, integrationName: string, key: string, deps: ClientDeps): Promise<string> {
  const origin = { serviceId: service.id, serviceName: service.name, integrationName, subdomain: subdomainOf(service), region: session.connection.region };
  const held: HeldKey = { ...origin, id: capturedKeyId(origin), key, isRuleset: false, capturedAt: deps.clock.now(), source: 'api' };
  await updateVault((vault) => holdKey(vault, held));
  return held.id;
}

/**
 * The service's Blackfire integration's key: an existing Blackfire.io (or `blackfire-…`)
 * integration's, creating nothing; else a new integration's, with the Blackfire.io vendor when
 * PagerDuty has it, or a generic Events API v2 one.
 */
export function blackfireKey(serviceId: string, deps: ClientDeps = realDeps): Promise<Result<{ id: string; message: string }>> {
  return answering(async () => {
    const session = await readRestSession();
    if (!session) return NOT_CONNECTED;
    const service = await serviceWithIntegrations(session, serviceId, deps);
    const existing = reusableIntegration(service.integrations);
    if (existing) {
      const id = await hold(session, service, existing.name, await keyOf(session, service.id, existing, deps), deps);
      return { ok: true, id, message: `Took the key of ${service.name}'s existing integration “${existing.name}”; nothing was created.` };
    }
    const vendor = await blackfireVendor(session, deps);
    const created = await createIntegration(session.connection, service.id, newIntegrationBody(service.id, service.name, vendor), deps);
    await updateRestSession((current) => current && withCreated(current, service.id, created));
    const name = created.name || conventionalIntegrationName(service.name);
    const id = await hold(session, service, name, await keyOf(session, service.id, created, deps), deps);
    const message = vendor
      ? `Created the Blackfire.io integration “${name}” on ${service.name}; its key is held.`
      : `PagerDuty offers this account no Blackfire.io integration type, so an Events API v2 integration “${name}” was created on ${service.name} instead (Blackfire's alerts work with it the same way); its key is held.`;
    return { ok: true, id, message };
  });
}
