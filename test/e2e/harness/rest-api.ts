/**
 * A local stand-in for PagerDuty's REST API v2 on `api.pagerduty.com` and `api.eu.pagerduty.com`.
 * It checks what PagerDuty checks (the `Authorization: Token token=…` header against the
 * region's accounts, the versioned Accept header, and every path, query and body against
 * reference/pagerduty/rest-subset.openapi.json), answers 401/403/404/429 as PagerDuty does,
 * paginates, returns look-alike vendors for a loose `query`, records every request, and opens
 * an incident (after a delay; none on a disabled service or one in maintenance) when the Events
 * API stand-in accepts a trigger for one of its integrations' keys.
 *
 * `answer()` is the whole stand-in as a function of one request, so unit tests can put it
 * behind a fake fetch; `handle()` serves it over HTTP in the fixture world.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Region } from '../../../src/shared/consoles';
import { readBody } from './events-api';
import { loadRestSchema, type Operation } from './rest-api-schema';
import { restWorld, type RestWorld, type VendorPlacement, type WorldAccount, type WorldIntegration, type WorldService } from './rest-api-world';

export const REST_HOSTS: Record<Region, string> = { us: 'api.pagerduty.com', eu: 'api.eu.pagerduty.com' };
export const ACCEPT = 'application/vnd.pagerduty+json;version=2';
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
const MAX_OFFSET_PLUS_LIMIT = 10_000;

export interface RestCall {
  host: string;
  method: string;
  /** Path and query. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface RestAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RestRecord {
  host: string;
  method: string;
  /** Path and query, as sent (`query` is the same, parsed). */
  url: string;
  path: string;
  query: URLSearchParams;
  operationId: string | null;
  headers: Record<string, string | undefined>;
  body: unknown;
  /** Why the stand-in refused it as invalid; empty when it was valid. */
  problems: string[];
  answeredWith: number;
  receivedAt: number;
}

/**
 * A scripted answer instead of the normal one, for the next request (of `operationId`, when
 * given). `resetSeconds: null`: a 429 with neither body nor headers, which PagerDuty also sends.
 */
export type RestFault = ({ kind: 'rate-limit'; resetSeconds: number | null } | { kind: 'server-error' }) & { operationId?: string };

export interface StandInIncident {
  id: string;
  number: number;
  incidentKey: string;
  serviceId: string;
  account: WorldAccount;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  title: string;
  createdAt: string;
}

interface Context {
  call: RestCall;
  account: WorldAccount;
  readOnly: boolean;
  ids: string[];
  query: URLSearchParams;
  body: unknown;
}

type Handler = (context: Context) => RestAnswer;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): RestAnswer => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const error = (status: number, code: number, message: string, errors: string[] = []) =>
  json(status, { error: { code, message, ...(errors.length > 0 ? { errors } : {}) } });

const notFound = () => error(404, 2100, 'Not Found');

/** The account's own console host, where PagerDuty's `html_url`s point. */
const consoleHost = (account: WorldAccount) => `${account.subdomain}${account.region === 'eu' ? '.eu' : ''}.pagerduty.com`;

export class RestApiStandIn {
  readonly requests: RestRecord[] = [];
  readonly incidents: StandInIncident[] = [];
  world: RestWorld = restWorld();
  /** How long after the Events API accepted a trigger the incident exists. */
  incidentDelayMs = 1_500;
  resolveDelayMs = 500;
  /** Leave `integration_key` out of a 201, as the published schema does, so the client must fetch it. */
  omitKeyOnCreate = false;
  private faults: RestFault[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingResolves = new Set<string>();
  private readonly schema = loadRestSchema();
  private nextId = 1;
  private nextIncidentNumber = 1001;

  private readonly handlers: Record<string, Handler> = {
    listServices: (c) => this.listServices(c),
    getService: (c) => this.withService(c, (service) => json(200, { service: this.serviceJson(c.account, service, this.includes(c, 'integrations')) })),
    createServiceIntegration: (c) => this.createIntegration(c),
    getServiceIntegration: (c) =>
      this.withService(c, (service) => {
        const integration = service.integrations.find((i) => i.id === c.ids[1]);
        return integration ? json(200, { integration: this.integrationJson(c.account, service, integration) }) : notFound();
      }),
    listVendors: (c) => this.listVendors(c),
    getVendor: (c) => {
      const vendor = this.world.vendors.find((v) => v.id === c.ids[0]);
      return vendor ? json(200, { vendor: { id: vendor.id, type: 'vendor', summary: vendor.name, name: vendor.name } }) : notFound();
    },
    listIncidents: (c) => this.listIncidents(c),
    getCurrentUser: (c) => {
      const key = this.apiKeyOf(c.call);
      if (key && c.account.apiKeys[key]?.kind === 'account') {
        return error(400, 2001, 'Invalid Input Provided', ['Account-level API keys cannot be used with /users/me']);
      }
      return json(200, { user: { id: 'PUSER01', type: 'user', name: 'Ada Admin', email: 'ada@acme.example' } });
    },
    listAbilities: () => json(200, { abilities: ['teams', 'urgencies', 'service_support_hours'] }),
  };

  /** A fresh world for the next scenario: no requests, faults, incidents or creations of the last. */
  reset(placement: VendorPlacement = 'first-page'): void {
    this.requests.length = 0;
    this.incidents.length = 0;
    this.faults = [];
    this.world = restWorld(placement);
    this.omitKeyOnCreate = false;
    this.incidentDelayMs = 1_500;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pendingResolves.clear();
  }

  /** Answer the next valid, authenticated requests with these faults, in order. */
  script(...faults: RestFault[]): void {
    this.faults.push(...faults);
  }

  /** Requests of one operation, in arrival order. */
  requestsFor(operationId: string): RestRecord[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  service(id: string): WorldService | undefined {
    return this.world.accounts.flatMap((a) => a.services).find((s) => s.id === id);
  }

  answer(call: RestCall): RestAnswer {
    const { pathname, searchParams } = new URL(call.url, 'https://x');
    const found = this.schema.operationFor(call.method, pathname);
    const record: RestRecord = {
      host: call.host,
      method: call.method,
      url: call.url,
      path: pathname,
      query: searchParams,
      operationId: found?.operation.operationId ?? null,
      headers: call.headers,
      body: null,
      problems: [],
      answeredWith: 0,
      receivedAt: Date.now(),
    };
    this.requests.push(record);
    const answer = this.answerRecorded(call, record, found);
    record.answeredWith = answer.status;
    return answer;
  }

  private answerRecorded(call: RestCall, record: RestRecord, found: { operation: Operation; ids: string[] } | undefined): RestAnswer {
    if (!found) return notFound();
    const authorization = /^Token token=(\S+)$/.exec(call.headers.authorization ?? '');
    if (!authorization) {
      record.problems.push('Authorization must be "Token token=<API key>"');
      return error(401, 2006, 'Authentication failed');
    }
    const account = this.accountOf(call.host, authorization[1] as string);
    if (!account) return error(401, 2006, 'Authentication failed');
    record.problems = this.requestProblems(call, record, found.operation);
    if (record.problems.length > 0) return error(400, 2001, 'Invalid Input Provided', record.problems);
    const fault = this.takeFault(found.operation.operationId);
    if (fault?.kind === 'rate-limit') {
      if (fault.resetSeconds === null) return { status: 429, headers: {}, body: '' };
      const headers = { 'ratelimit-limit': '960', 'ratelimit-remaining': '0', 'ratelimit-reset': String(fault.resetSeconds) };
      return json(429, { error: { code: 2020, message: 'Rate Limit Exceeded' } }, headers);
    }
    if (fault?.kind === 'server-error') return error(500, 2000, 'Internal Server Error');
    const readOnly = account.apiKeys[authorization[1] as string]?.readOnly ?? true;
    const handler = this.handlers[found.operation.operationId];
    if (!handler) return notFound();
    return handler({ call, account, readOnly, ids: found.ids, query: record.query, body: record.body });
  }

  private requestProblems(call: RestCall, record: RestRecord, operation: Operation): string[] {
    const problems: string[] = [];
    if (call.headers.accept !== ACCEPT) problems.push(`Accept must be ${ACCEPT}, not ${String(call.headers.accept)}`);
    problems.push(...this.schema.queryProblems(operation, record.query));
    if (operation.operationId === 'listIncidents' && record.query.get('incident_key')?.trim() === '') {
      // PagerDuty would answer with every open incident of the account: a client bug, so refused here.
      problems.push('incident_key is empty: that lists every open incident');
    }
    const limit = Number(record.query.get('limit') ?? DEFAULT_LIMIT);
    const offset = Number(record.query.get('offset') ?? 0);
    if (offset + Math.min(limit, MAX_LIMIT) > MAX_OFFSET_PLUS_LIMIT) problems.push('offset + limit must not exceed 10000');
    if (call.method === 'POST') {
      if (!call.headers['content-type']?.startsWith('application/json')) problems.push('Content-Type must be application/json');
      try {
        record.body = JSON.parse(call.body);
        problems.push(...this.schema.bodyProblems(operation, record.body));
      } catch {
        problems.push('The body is not valid JSON');
      }
    } else if (call.body !== '') {
      problems.push(`A ${call.method} has no body`);
    }
    return problems;
  }

  private takeFault(operationId: string): RestFault | undefined {
    const index = this.faults.findIndex((fault) => fault.operationId === undefined || fault.operationId === operationId);
    return index === -1 ? undefined : this.faults.splice(index, 1)[0];
  }

  private apiKeyOf(call: RestCall): string | undefined {
    return /^Token token=(\S+)$/.exec(call.headers.authorization ?? '')?.[1];
  }

  private accountOf(host: string, key: string): WorldAccount | undefined {
    const region = host === REST_HOSTS.eu ? 'eu' : host === REST_HOSTS.us ? 'us' : null;
    return this.world.accounts.find((account) => account.region === region && Object.hasOwn(account.apiKeys, key));
  }

  private includes(context: Context, what: string): boolean {
    return context.query.getAll('include[]').includes(what);
  }

  private page<T>(context: Context, items: T[]): { page: T[]; offset: number; limit: number; more: boolean } {
    const limit = Math.min(Number(context.query.get('limit') ?? DEFAULT_LIMIT), MAX_LIMIT);
    const offset = Number(context.query.get('offset') ?? 0);
    const page = items.slice(offset, offset + limit);
    return { page, offset, limit, more: offset + page.length < items.length };
  }

  private listServices(context: Context): RestAnswer {
    const query = (context.query.get('query') ?? '').toLowerCase();
    const matching = context.account.services.filter((service) => service.name.toLowerCase().includes(query));
    const { page, ...paging } = this.page(context, matching);
    const withIntegrations = this.includes(context, 'integrations');
    return json(200, { services: page.map((s) => this.serviceJson(context.account, s, withIntegrations)), ...paging, total: null });
  }

  private withService(context: Context, then: (service: WorldService) => RestAnswer): RestAnswer {
    const service = context.account.services.find((s) => s.id === context.ids[0]);
    return service ? then(service) : notFound();
  }

  private createIntegration(context: Context): RestAnswer {
    if (context.readOnly) return error(403, 2010, 'Access Denied', ['This API key is read-only and cannot create or change anything.']);
    return this.withService(context, (service) => {
      const { integration } = context.body as { integration: { name?: unknown; type?: unknown; vendor?: { id?: unknown } } };
      const problems: string[] = [];
      if (typeof integration.name !== 'string' || integration.name.trim() === '') problems.push('Name cannot be empty');
      const vendor = integration.vendor && this.world.vendors.find((v) => v.id === integration.vendor?.id);
      if (integration.vendor && !vendor) problems.push('Vendor not found');
      if (!integration.vendor && typeof integration.type !== 'string') problems.push('Type or vendor is required');
      if (problems.length > 0) return error(400, 2001, 'Invalid Input Provided', problems);
      const created: WorldIntegration = {
        id: this.newId(),
        name: integration.name as string,
        type: vendor ? 'generic_events_api_inbound_integration' : (integration.type as string),
        ...(vendor ? { vendorId: vendor.id } : {}),
        key: randomBytes(16).toString('hex'),
      };
      service.integrations.push(created);
      const body = this.integrationJson(context.account, service, created);
      if (this.omitKeyOnCreate) delete body.integration_key;
      return json(201, { integration: body });
    });
  }

  private listVendors(context: Context): RestAnswer {
    // Loose, as PagerDuty's: any vendor whose name shares a word with the query.
    const words = (context.query.get('query') ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
    const matching = this.world.vendors.filter((v) => words.length === 0 || words.some((w) => v.name.toLowerCase().includes(w)));
    const { page, ...paging } = this.page(context, matching);
    return json(200, { vendors: page.map((v) => ({ id: v.id, type: 'vendor', summary: v.name, name: v.name })), ...paging, total: null });
  }

  private listIncidents(context: Context): RestAnswer {
    const key = context.query.get('incident_key');
    const services = context.query.getAll('service_ids[]');
    const matching = this.incidents.filter(
      (i) => i.account === context.account && (key === null || i.incidentKey === key) && (services.length === 0 || services.includes(i.serviceId)),
    );
    const { page, ...paging } = this.page(context, matching);
    return json(200, { incidents: page.map((i) => this.incidentJson(i)), ...paging, total: null });
  }

  private serviceJson(account: WorldAccount, service: WorldService, withIntegrations: boolean) {
    return {
      id: service.id,
      type: 'service',
      summary: service.name,
      name: service.name,
      status: service.status,
      self: `https://${REST_HOSTS[account.region]}/services/${service.id}`,
      html_url: `https://${consoleHost(account)}/service-directory/${service.id}`,
      escalation_policy: { id: 'PESCAL1', type: 'escalation_policy_reference', summary: 'Default' },
      integrations: service.integrations.map((integration) =>
        withIntegrations
          ? this.integrationJson(account, service, integration)
          : { id: integration.id, type: `${integration.type}_reference`, summary: integration.name },
      ),
    };
  }

  private integrationJson(account: WorldAccount, service: WorldService, integration: WorldIntegration): Record<string, unknown> {
    const vendor = this.world.vendors.find((v) => v.id === integration.vendorId);
    return {
      id: integration.id,
      type: integration.type,
      summary: integration.name,
      name: integration.name,
      self: `https://${REST_HOSTS[account.region]}/services/${service.id}/integrations/${integration.id}`,
      html_url: `https://${consoleHost(account)}/services/${service.id}/integrations/${integration.id}`,
      service: { id: service.id, type: 'service_reference', summary: service.name },
      ...(vendor ? { vendor: { id: vendor.id, type: 'vendor_reference', summary: vendor.name } } : {}),
      ...(integration.key ? { integration_key: integration.key } : {}),
    };
  }

  private incidentJson(incident: StandInIncident) {
    const service = incident.account.services.find((s) => s.id === incident.serviceId);
    return {
      id: incident.id,
      type: 'incident',
      summary: `[#${incident.number}] ${incident.title}`,
      html_url: `https://${consoleHost(incident.account)}/incidents/${incident.id}`,
      incident_number: incident.number,
      title: incident.title,
      created_at: incident.createdAt,
      status: incident.status,
      incident_key: incident.incidentKey,
      urgency: incident.urgency,
      service: { id: incident.serviceId, type: 'service_reference', summary: service?.name ?? '' },
    };
  }

  private newId(): string {
    return `PNEW${String(this.nextId++).padStart(3, '0')}`;
  }

  private later(ms: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task();
    }, ms);
    this.timers.add(timer);
  }

  /**
   * The Events API stand-in accepted `event` on `eventsHost`: a trigger for a key of one of this
   * region's active services opens an incident after `incidentDelayMs`; a resolve resolves it.
   */
  eventAccepted(eventsHost: string, event: Record<string, unknown>): void {
    const region: Region = eventsHost.includes('.eu.') ? 'eu' : 'us';
    const dedupKey = typeof event.dedup_key === 'string' ? event.dedup_key : '';
    const owner = this.world.accounts
      .filter((account) => account.region === region)
      .flatMap((account) => account.services.map((service) => ({ account, service })))
      .find(({ service }) => service.integrations.some((i) => i.key !== undefined && i.key === event.routing_key));
    if (!owner || dedupKey === '') return;
    if (event.event_action === 'resolve') {
      this.later(this.resolveDelayMs, () => this.resolve(dedupKey));
      return;
    }
    if (event.event_action !== 'trigger' || owner.service.status !== 'active') return;
    const payload = (event.payload ?? {}) as { summary?: string; severity?: string };
    this.later(this.incidentDelayMs, () => {
      if (this.incidents.some((i) => i.incidentKey === dedupKey && i.status !== 'resolved')) return;
      const number = this.nextIncidentNumber++;
      this.incidents.push({
        id: `PINC${number}`,
        number,
        incidentKey: dedupKey,
        serviceId: owner.service.id,
        account: owner.account,
        // PagerDuty's severity-based urgency, as Blackfire relies on: alarms high, warnings low.
        urgency: payload.severity === 'critical' || payload.severity === 'error' ? 'high' : 'low',
        status: this.pendingResolves.delete(dedupKey) ? 'resolved' : 'triggered',
        title: payload.summary ?? '',
        createdAt: new Date().toISOString(),
      });
    });
  }

  /** PagerDuty processes a key's events in order: a resolve that overtook its incident still resolves it. */
  private resolve(dedupKey: string): void {
    const open = this.incidents.filter((i) => i.incidentKey === dedupKey && i.status !== 'resolved');
    if (open.length === 0) this.pendingResolves.add(dedupKey);
    for (const incident of open) incident.status = 'resolved';
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // PagerDuty's REST API answers browsers' preflights; so does the stand-in.
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-headers': 'authorization, accept, content-type',
        'access-control-allow-methods': 'GET, POST',
      });
      response.end();
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
    );
    const answer = this.answer({
      host: (request.headers.host ?? '').replace(/:\d+$/, ''),
      method: request.method ?? '',
      url: request.url ?? '/',
      headers,
      body: (await readBody(request)).toString('utf8'),
    });
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  }
}
