// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEYS, BLACKFIRE_VENDOR_ID, EXISTING_KEYS } from '../../test/e2e/harness/rest-api-world';
import { areas, clearAreas } from '../../test/unit/fake-browser';
import { fakePagerDuty } from '../../test/unit/fake-pagerduty';
import { API_KEY_REJECTED } from '../shared/rest/failures';

vi.mock('webextension-polyfill', () => import('../../test/unit/fake-browser'));
const { blackfireKey, connect, LISTING_FRESH_MS, searchServices } = await import('./rest-setup');
const { readVault } = await import('./key-store');
const { readRestSession, restStateOf } = await import('./rest-session');

let pd: ReturnType<typeof fakePagerDuty>;
beforeEach(() => {
  clearAreas();
  pd = fakePagerDuty();
});

const paths = () => pd.restRequests().map((r) => `${r.method} ${r.host}${r.path}`);
const heldKeys = async () => Object.values((await readVault()).keys);

describe('connect', () => {
  it('proves a user key with one request that lists the first services, and keeps the US region', async () => {
    const answer = await connect(API_KEYS.user, pd.deps);
    expect(answer).toMatchObject({ ok: true, state: { connected: true, region: 'us', more: true } });
    const [request, ...others] = pd.restRequests();
    expect(others).toEqual([]);
    expect(request?.headers).toMatchObject({
      authorization: `Token token=${API_KEYS.user}`,
      accept: 'application/vnd.pagerduty+json;version=2',
    });
    expect(pd.standIn.requests[0]?.problems).toEqual([]);
    const search = answer.ok ? answer.state.services.find((s) => s.name === 'Search') : undefined;
    expect(search).toEqual({ id: 'PSRCH01', name: 'Search', blackfireIntegration: 'Profiling alerts' });
  });

  it('connects an account key alike (no /users/me, which answers account keys 400)', async () => {
    expect(await connect(API_KEYS.account, pd.deps)).toMatchObject({ ok: true });
    expect(paths()).toEqual(['GET api.pagerduty.com/services']);
  });

  it('tries the EU host once after a 401 on the US host, and keeps the EU region', async () => {
    expect(await connect(API_KEYS.euOnly, pd.deps)).toMatchObject({ ok: true, state: { region: 'eu', services: [{ name: 'Checkout' }] } });
    expect(paths()).toEqual(['GET api.pagerduty.com/services', 'GET api.eu.pagerduty.com/services']);
    expect((await readRestSession())?.connection.region).toBe('eu');
  });

  it('says the key was rejected after a 401 on both hosts, and keeps nothing', async () => {
    expect(await connect(API_KEYS.unknown, pd.deps)).toEqual({ ok: false, message: API_KEY_REJECTED });
    expect(pd.restRequests()).toHaveLength(2);
    expect(areas.session.size).toBe(0);
  });

  it('checks the shape before any request', async () => {
    expect(await connect('e93facc04764012d7bfb002500d5d1a6', pd.deps)).toMatchObject({ ok: false, message: expect.stringMatching(/Integration Key/) });
    expect(pd.sent).toEqual([]);
  });

  it('waits out ratelimit-reset after a 429, at most 3 attempts, then says "rate limit"', async () => {
    vi.useFakeTimers();
    try {
      pd.standIn.script({ kind: 'rate-limit', resetSeconds: 1 }, { kind: 'rate-limit', resetSeconds: 1 }, { kind: 'rate-limit', resetSeconds: 1 });
      const started = Date.now();
      const connecting = connect(API_KEYS.user, pd.deps);
      await vi.runAllTimersAsync();
      expect(await connecting).toMatchObject({ ok: false, message: expect.stringMatching(/rate limit was reached \(after 3 attempts\)\. Wait 1 seconds/) });
      expect(pd.restRequests()).toHaveLength(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the API key out of storage.local, even with "Remember keys" on', async () => {
    areas.local.set('remember', true);
    await connect(API_KEYS.user, pd.deps);
    expect(JSON.stringify([...areas.local])).not.toContain(API_KEYS.user);
    expect(JSON.stringify([...areas.session])).toContain(API_KEYS.user);
  });
});

describe('searchServices', () => {
  it('follows more across pages', async () => {
    await connect(API_KEYS.user, pd.deps);
    const answer = await searchServices('batch', pd.deps);
    expect(answer).toMatchObject({ ok: true, state: { query: 'batch', more: false } });
    expect(answer.ok && answer.state.services).toHaveLength(120);
    expect(pd.restRequests().slice(1).map((r) => [r.query.get('query'), r.query.get('offset')])).toEqual([
      ['batch', '0'],
      ['batch', '100'],
    ]);
  });

  it('says so when not connected', async () => {
    expect(await searchServices('cart', pd.deps)).toMatchObject({ ok: false, message: expect.stringMatching(/Not connected/) });
  });
});

describe('blackfireKey', () => {
  const connected = async (key: string = API_KEYS.user) => {
    await connect(key, pd.deps);
    pd.sent.length = 0;
  };

  it('creates the integration with the Blackfire.io vendor in two requests after Connect, and holds its key', async () => {
    await connected();
    const answer = await blackfireKey('PSHOP01', pd.deps);
    expect(answer).toEqual({ ok: true, id: 'us:acme/PSHOP01/blackfire-Shopping-Cart', message: expect.stringMatching(/Created the Blackfire.io integration “blackfire-Shopping-Cart” on Shopping Cart/) });
    expect(paths()).toEqual(['GET api.pagerduty.com/vendors', 'POST api.pagerduty.com/services/PSHOP01/integrations']);
    expect(JSON.parse(pd.sent[1]!.body)).toMatchObject({ integration: { vendor: { id: BLACKFIRE_VENDOR_ID } } });
    expect(pd.standIn.requests.every((r) => r.problems.length === 0)).toBe(true);
    const created = pd.standIn.service('PSHOP01')?.integrations.at(-1);
    expect(await heldKeys()).toEqual([
      expect.objectContaining({ key: created?.key, serviceId: 'PSHOP01', serviceName: 'Shopping Cart', integrationName: 'blackfire-Shopping-Cart', subdomain: 'acme', region: 'us', source: 'api' }),
    ]);
    expect((await readVault()).selectedKeyId).toBe('us:acme/PSHOP01/blackfire-Shopping-Cart');
  });

  it('lists the created integration with its service, so the popup offers to use it rather than create another', async () => {
    await connected();
    await blackfireKey('PSHOP01', pd.deps);
    const { services } = restStateOf(await readRestSession());
    expect(services.find((service) => service.id === 'PSHOP01')).toMatchObject({ blackfireIntegration: 'blackfire-Shopping-Cart' });
    expect(JSON.stringify(await readRestSession())).not.toContain(pd.standIn.service('PSHOP01')?.integrations.at(-1)?.key);
  });

  it('takes the existing Blackfire.io integration and creates nothing', async () => {
    await connected();
    expect(await blackfireKey('PSRCH01', pd.deps)).toMatchObject({ ok: true, message: expect.stringMatching(/existing integration “Profiling alerts”; nothing was created/) });
    expect(pd.restRequests().map((r) => r.method)).toEqual(['GET']);
    expect((await heldKeys())[0]).toMatchObject({ key: EXISTING_KEYS.searchBlackfire, integrationName: 'Profiling alerts' });
  });

  it('follows the vendors to a later page, matching the name exactly, and looks it up once per connection', async () => {
    pd.standIn.reset('later-page');
    await connected();
    await blackfireKey('PSHOP01', pd.deps);
    expect(pd.restRequests().filter((r) => r.path === '/vendors').map((r) => r.query.get('offset'))).toEqual(['0', '100']);
    expect(JSON.parse(pd.sent.find((r) => r.method === 'POST')!.body).integration.vendor.id).toBe(BLACKFIRE_VENDOR_ID);
    await blackfireKey('PWARE01', pd.deps);
    expect(pd.restRequests().filter((r) => r.path === '/vendors')).toHaveLength(2);
  });

  it('creates an Events API v2 integration without the vendor, and says so', async () => {
    pd.standIn.reset('absent');
    await connected();
    const answer = await blackfireKey('PSHOP01', pd.deps);
    expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/no Blackfire.io integration type, so an Events API v2 integration/) });
    expect(JSON.parse(pd.sent.find((r) => r.method === 'POST')!.body).integration).toMatchObject({ type: 'events_api_v2_inbound_integration' });
  });

  it("fetches the integration when the 201 lacks its key (as PagerDuty's schema does)", async () => {
    pd.standIn.omitKeyOnCreate = true;
    await connected();
    expect(await blackfireKey('PSHOP01', pd.deps)).toMatchObject({ ok: true });
    expect(paths().at(-1)).toMatch(/^GET api.pagerduty.com\/services\/PSHOP01\/integrations\/PNEW/);
    expect((await heldKeys())[0]?.key).toBe(pd.standIn.service('PSHOP01')?.integrations.at(-1)?.key);
  });

  it('says a read-only key may not create, and holds nothing', async () => {
    await connected(API_KEYS.readOnly);
    expect(await blackfireKey('PSHOP01', pd.deps)).toMatchObject({ ok: false, message: expect.stringMatching(/read-only/) });
    expect(await heldKeys()).toEqual([]);
  });

  it('asks for the service again when the listing is no longer fresh', async () => {
    vi.useFakeTimers();
    try {
      await connected();
      vi.advanceTimersByTime(LISTING_FRESH_MS);
      await blackfireKey('PSRCH01', pd.deps);
      expect(paths()).toEqual(['GET api.pagerduty.com/services/PSRCH01']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('creates in an EU account on the EU host', async () => {
    await connected(API_KEYS.euOnly);
    pd.standIn.world.accounts[1]!.services[0]!.integrations = [];
    await searchServices('', pd.deps);
    expect(await blackfireKey('PEUCH01', pd.deps)).toMatchObject({ ok: true, id: 'eu:euro/PEUCH01/blackfire-Checkout' });
    expect(new Set(pd.restRequests().map((r) => r.host))).toEqual(new Set(['api.eu.pagerduty.com']));
  });
});
