// @vitest-environment node
/**
 * The REST API stand-in of the end-to-end tests, checked on its own: what it refuses, and that
 * its answers fit PagerDuty's published response schemas (so the extension is tested against
 * PagerDuty's shapes, not the stand-in's fancy).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCEPT, RestApiStandIn, type RestCall } from '../e2e/harness/rest-api';
import { loadRestSchema } from '../e2e/harness/rest-api-schema';
import { API_KEYS, BLACKFIRE_VENDOR_ID, EXISTING_KEYS } from '../e2e/harness/rest-api-world';

const schema = loadRestSchema();
const responseSchema = (path: string, method: string, status: number) =>
  schema.validatorFor(`/paths/${path.replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`);

function call(overrides: Partial<RestCall> & { url: string }): RestCall {
  return {
    host: 'api.pagerduty.com',
    method: 'GET',
    headers: { authorization: `Token token=${API_KEYS.user}`, accept: ACCEPT },
    body: '',
    ...overrides,
  };
}

const post = (url: string, body: object, key: string = API_KEYS.user): RestCall =>
  call({
    url,
    method: 'POST',
    headers: { authorization: `Token token=${key}`, accept: ACCEPT, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

let standIn: RestApiStandIn;
beforeEach(() => {
  standIn = new RestApiStandIn();
});

const answer = (c: RestCall) => {
  const a = standIn.answer(c);
  return { status: a.status, headers: a.headers, body: a.body === '' ? null : JSON.parse(a.body) };
};

describe('authentication and headers', () => {
  it.each([
    ['no Authorization', { authorization: undefined, accept: ACCEPT }],
    ['a Bearer token', { authorization: `Bearer ${API_KEYS.user}`, accept: ACCEPT }],
    ['an unknown key', { authorization: `Token token=${API_KEYS.unknown}`, accept: ACCEPT }],
  ])('answers 401 to %s', (_case, headers) => {
    expect(answer(call({ url: '/abilities', headers }))).toMatchObject({ status: 401, body: { error: { code: 2006 } } });
  });

  it("answers 401 to a key of the other region's account, and 200 on its own region's host", () => {
    const headers = { authorization: `Token token=${API_KEYS.euOnly}`, accept: ACCEPT };
    expect(answer(call({ url: '/abilities', headers })).status).toBe(401);
    expect(answer(call({ url: '/abilities', headers, host: 'api.eu.pagerduty.com' })).status).toBe(200);
  });

  it('refuses a request without the versioned Accept header', () => {
    const result = answer(call({ url: '/abilities', headers: { authorization: `Token token=${API_KEYS.user}`, accept: 'application/json' } }));
    expect(result).toMatchObject({ status: 400, body: { error: { code: 2001 } } });
    expect(standIn.requests[0]?.problems[0]).toMatch(/Accept must be/);
  });
});

describe('query parameters against the schema', () => {
  it.each([
    ['an unknown parameter', '/services?color=red', /Unknown query parameter color/],
    ['a limit that is no integer', '/services?limit=many', /limit: .*integer/],
    ['an include[] value the operation does not know', '/services?include[]=vendors', /include\[\]: .*allowed values/],
    ['an empty incident_key', '/incidents?incident_key=&service_ids[]=PSHOP01', /incident_key is empty/],
    ['an offset past 10,000', '/services?offset=9950&limit=100', /must not exceed 10000/],
  ])('refuses %s', (_case, url, problem) => {
    expect(answer(call({ url })).status).toBe(400);
    expect(standIn.requests[0]?.problems.join('\n')).toMatch(problem);
  });

  it("takes the vendors' query, which PagerDuty takes although its schema does not list it", () => {
    expect(answer(call({ url: '/vendors?query=Blackfire.io&limit=100' })).status).toBe(200);
  });
});

describe('answers that fit PagerDuty’s response schemas', () => {
  it('lists services a page at a time, with integrations and their keys when asked', () => {
    // With include[]=integrations they are full objects, which the schema's references do not describe.
    expect(responseSchema('/services', 'get', 200)(answer(call({ url: '/services' })).body)).toBe(true);
    const first = answer(call({ url: '/services?include[]=integrations' }));
    expect(first.body).toMatchObject({ limit: 25, offset: 0, more: true });
    expect(first.body.services).toHaveLength(25);
    const integrationSchema = schema.validatorFor('/components/schemas/Integration');
    const integrations = first.body.services.flatMap((s: { integrations: object[] }) => s.integrations);
    expect(integrations.length).toBeGreaterThan(0);
    for (const integration of integrations) expect(integrationSchema(integration)).toBe(true);
    const search = first.body.services.find((s: { name: string }) => s.name === 'Search');
    expect(search.integrations[0]).toMatchObject({ integration_key: EXISTING_KEYS.searchBlackfire, vendor: { summary: 'Blackfire.io' } });
    const last = answer(call({ url: '/services?offset=100&limit=100' }));
    expect(last.body).toMatchObject({ offset: 100, more: false });
    expect(last.body.services).toHaveLength(24);
    expect(last.body.services[0].integrations.every((i: object) => !('integration_key' in i))).toBe(true);
  });

  it('answers one service by id, or 404', () => {
    const found = answer(call({ url: '/services/PSHOP01' }));
    expect(responseSchema('/services/{id}', 'get', 200)(found.body)).toBe(true);
    expect(answer(call({ url: '/services/PNOPE01' }))).toMatchObject({ status: 404, body: { error: { code: 2100 } } });
  });

  it('searches services by name, loosely', () => {
    const { body } = answer(call({ url: '/services?query=cart' }));
    expect(body.services.map((s: { name: string }) => s.name)).toEqual(['Shopping Cart']);
  });

  it('returns look-alike vendors for a loose query, the real one among them', () => {
    const { body } = answer(call({ url: '/vendors?query=Blackfire.io&limit=100' }));
    expect(responseSchema('/vendors', 'get', 200)(body)).toBe(true);
    const names = body.vendors.map((v: { name: string }) => v.name);
    expect(names).toEqual(expect.arrayContaining(['Blackfire.io', 'Blackfire', 'Blackfire.io Legacy', 'Not Blackfire.io']));
  });

  it('puts the Blackfire.io vendor on page 2 when told', () => {
    standIn.reset('later-page');
    const first = answer(call({ url: '/vendors?query=Blackfire.io&limit=100' })).body;
    const second = answer(call({ url: '/vendors?query=Blackfire.io&limit=100&offset=100' })).body;
    expect(first.more).toBe(true);
    expect(first.vendors.some((v: { id: string }) => v.id === BLACKFIRE_VENDOR_ID)).toBe(false);
    expect(second.vendors.some((v: { id: string }) => v.id === BLACKFIRE_VENDOR_ID)).toBe(true);
  });

  it('creates an integration with its key in the 201 (beyond the schema), or without it when told', () => {
    const body = { integration: { name: 'blackfire-Shopping-Cart', service: { id: 'PSHOP01', type: 'service_reference' }, vendor: { id: BLACKFIRE_VENDOR_ID, type: 'vendor_reference' } } };
    const created = answer(post('/services/PSHOP01/integrations', body));
    expect(created.status).toBe(201);
    expect(responseSchema('/services/{id}/integrations', 'post', 201)(created.body)).toBe(true);
    expect(created.body.integration.integration_key).toMatch(/^[0-9a-f]{32}$/);
    expect(standIn.requests[0]?.problems).toEqual([]);
    standIn.omitKeyOnCreate = true;
    expect(answer(post('/services/PSHOP01/integrations', body)).body.integration).not.toHaveProperty('integration_key');
  });

  it('refuses a create from a read-only key with 403, and for an unknown service with 404', () => {
    const body = { integration: { type: 'events_api_v2_inbound_integration', name: 'x', service: { id: 'PSHOP01', type: 'service_reference' } } };
    expect(answer(post('/services/PSHOP01/integrations', body, API_KEYS.readOnly))).toMatchObject({ status: 403, body: { error: { code: 2010 } } });
    expect(answer(post('/services/PNOPE01/integrations', body))).toMatchObject({ status: 404, body: { error: { code: 2100 } } });
  });

  it('refuses a body that breaks the schema', () => {
    const result = answer(post('/services/PSHOP01/integrations', { integration: { name: 7 } }));
    expect(result.status).toBe(400);
    expect(standIn.requests[0]?.problems.join('\n')).toMatch(/name must be string/);
  });

  it('answers a scripted 429 with ratelimit headers, or with nothing at all', () => {
    standIn.script({ kind: 'rate-limit', resetSeconds: 2 }, { kind: 'rate-limit', resetSeconds: null });
    expect(answer(call({ url: '/abilities' }))).toMatchObject({ status: 429, headers: { 'ratelimit-reset': '2' } });
    expect(answer(call({ url: '/abilities' }))).toEqual({ status: 429, headers: {}, body: null });
    expect(answer(call({ url: '/abilities' })).status).toBe(200);
  });
});

describe('incidents from accepted events (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const trigger = (key: string, dedupKey: string, severity = 'warning') => ({
    routing_key: key,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: { summary: 'test', source: 's', severity },
  });
  const incidents = (dedupKey: string, serviceId: string) =>
    answer(call({ url: `/incidents?incident_key=${dedupKey}&service_ids[]=${serviceId}&date_range=all` })).body;

  it('opens a low-urgency incident for a warning after the delay, and resolves it', () => {
    standIn.eventAccepted('events.pagerduty.com', trigger(EXISTING_KEYS.searchBlackfire, 'd1'));
    expect(incidents('d1', 'PSRCH01').incidents).toEqual([]);
    vi.advanceTimersByTime(standIn.incidentDelayMs);
    const { body } = { body: incidents('d1', 'PSRCH01') };
    expect(responseSchema('/incidents', 'get', 200)(body)).toBe(true);
    expect(body.incidents).toMatchObject([{ incident_number: 1001, status: 'triggered', urgency: 'low', service: { summary: 'Search' } }]);
    standIn.eventAccepted('events.pagerduty.com', { routing_key: EXISTING_KEYS.searchBlackfire, event_action: 'resolve', dedup_key: 'd1' });
    vi.advanceTimersByTime(standIn.resolveDelayMs);
    expect(incidents('d1', 'PSRCH01').incidents[0].status).toBe('resolved');
  });

  it('opens a high-urgency incident for a critical event', () => {
    standIn.eventAccepted('events.pagerduty.com', trigger(EXISTING_KEYS.searchBlackfire, 'd2', 'critical'));
    vi.advanceTimersByTime(standIn.incidentDelayMs);
    expect(incidents('d2', 'PSRCH01').incidents[0].urgency).toBe('high');
  });

  it('resolves an incident whose resolve arrived before it opened', () => {
    standIn.eventAccepted('events.pagerduty.com', trigger(EXISTING_KEYS.searchBlackfire, 'd3'));
    standIn.eventAccepted('events.pagerduty.com', { routing_key: EXISTING_KEYS.searchBlackfire, event_action: 'resolve', dedup_key: 'd3' });
    vi.advanceTimersByTime(standIn.incidentDelayMs);
    expect(incidents('d3', 'PSRCH01').incidents[0].status).toBe('resolved');
  });

  it.each([
    ['a disabled service', EXISTING_KEYS.billingBlackfire, 'events.pagerduty.com'],
    ['a key known to no service', 'ffffffffffffffffffffffffffffffff', 'events.pagerduty.com'],
    ['a US key sent to the EU host', EXISTING_KEYS.searchBlackfire, 'events.eu.pagerduty.com'],
  ])('opens none for %s', (_case, key, host) => {
    standIn.eventAccepted(host, trigger(key, 'd4'));
    vi.advanceTimersByTime(60_000);
    expect(standIn.incidents).toEqual([]);
  });
});
