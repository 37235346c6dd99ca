/**
 * The PagerDuty REST operations the extension uses (operationIds of
 * reference/pagerduty/rest-subset.openapi.json), each returning what it read or throwing a
 * RestProblem. Pagination and matching live in src/shared/rest.
 */
import { BLACKFIRE_VENDOR_NAME, isBlackfireVendor } from '../shared/rest/integrations';
import { findInPages } from '../shared/rest/pagination';
import { incidentQuery } from '../shared/rest/polling';
import {
  readIncidentPage,
  readIntegrationAnswer,
  readServiceAnswer,
  readServicePage,
  readVendorPage,
  type ListPage,
  type PdIncident,
  type PdIntegration,
  type PdService,
  type PdVendor,
} from '../shared/rest/resources';
import type { RestAction } from '../shared/rest/failures';
import type { ClientDeps } from './events-client';
import { notUnderstood, restCall, type RestConnection, type RestRequest } from './rest-client';

/** The caller's deps, if any: tests inject fetch and a clock. */
type Deps = ClientDeps | undefined;

async function read<T>(connection: RestConnection, request: RestRequest, reader: (body: unknown) => T | null, deps: Deps): Promise<T> {
  const answer = reader(await restCall(connection, request, deps));
  if (answer === null) throw notUnderstood(request.action);
  return answer;
}

const pageQuery = (offset: number, limit: number): [string, string][] => [
  ['limit', String(limit)],
  ['offset', String(offset)],
];

/** `listServices` with each service's integrations (their keys included). */
export function listServices(
  connection: RestConnection,
  query: string,
  offset: number,
  limit: number,
  deps?: Deps,
  action: RestAction = 'list-services',
): Promise<ListPage<PdService>> {
  const search: [string, string][] = query.trim() === '' ? [] : [['query', query.trim()]];
  const request: RestRequest = {
    action,
    method: 'GET',
    path: ['services'],
    query: [...search, ...pageQuery(offset, limit), ['include[]', 'integrations']],
  };
  return read(connection, request, readServicePage, deps);
}

/** `getService` with its integrations (their keys included). */
export function getService(connection: RestConnection, serviceId: string, deps?: Deps): Promise<PdService> {
  const request: RestRequest = {
    action: 'read-service',
    method: 'GET',
    path: ['services', serviceId],
    query: [['include[]', 'integrations']],
  };
  return read(connection, request, readServiceAnswer, deps);
}

/**
 * The Blackfire.io vendor, found through `listVendors`. PagerDuty's `query` (not in its schema,
 * but taken) narrows the pages but matches loosely, so the name is matched here, page after page.
 */
export function findBlackfireVendor(connection: RestConnection, deps?: Deps): Promise<PdVendor | undefined> {
  const page = (offset: number, limit: number) =>
    read(
      connection,
      { action: 'find-vendor', method: 'GET', path: ['vendors'], query: [['query', BLACKFIRE_VENDOR_NAME], ...pageQuery(offset, limit)] },
      readVendorPage,
      deps,
    );
  return findInPages(page, isBlackfireVendor);
}

/** `createServiceIntegration`: the 201's integration (its key is read although the schema lost it). */
export function createIntegration(connection: RestConnection, serviceId: string, body: object, deps?: Deps): Promise<PdIntegration> {
  const request: RestRequest = { action: 'create-integration', method: 'POST', path: ['services', serviceId, 'integrations'], body };
  return read(connection, request, readIntegrationAnswer, deps);
}

/** `getServiceIntegration`. */
export function getIntegration(connection: RestConnection, serviceId: string, integrationId: string, deps?: Deps): Promise<PdIntegration> {
  const request: RestRequest = { action: 'read-integration', method: 'GET', path: ['services', serviceId, 'integrations', integrationId] };
  return read(connection, request, readIntegrationAnswer, deps);
}

/** `listIncidents` for one test alert's dedup key on one service: the incident, when there is one. */
export async function findTestIncident(connection: RestConnection, dedupKey: string, serviceId: string, deps?: Deps): Promise<PdIncident | undefined> {
  const request: RestRequest = { action: 'find-incident', method: 'GET', path: ['incidents'], query: incidentQuery(dedupKey, serviceId) };
  return (await read(connection, request, readIncidentPage, deps)).items[0];
}
