// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEYS, EXISTING_KEYS } from '../../test/e2e/harness/rest-api-world';
import { clearAreas } from '../../test/unit/fake-browser';
import { fakePagerDuty } from '../../test/unit/fake-pagerduty';
import type { TestOutcome } from '../shared/messages';
import type { HeldKey } from './vault';

vi.mock('webextension-polyfill', () => import('../../test/unit/fake-browser'));
const { connect } = await import('./rest-setup');
const { deliveryWatchFor } = await import('./rest-delivery');
const { sendTestAlert } = await import('./events-client');

const SEARCH: HeldKey = {
  id: 'us:acme/PSRCH01/Profiling alerts',
  key: EXISTING_KEYS.searchBlackfire,
  serviceId: 'PSRCH01',
  serviceName: 'Search',
  integrationName: 'Profiling alerts',
  subdomain: 'acme',
  region: 'us',
  isRuleset: false,
  capturedAt: 0,
  source: 'captured',
};

let pd: ReturnType<typeof fakePagerDuty>;
beforeEach(async () => {
  clearAreas();
  pd = fakePagerDuty();
  await connect(API_KEYS.user, pd.deps);
  pd.sent.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

/** Sends the test with the watch, as the route does; returns the outcome, each progress step and how long it took. */
async function followedTest(held: HeldKey, severity: 'warning' | 'critical' = 'warning') {
  const steps: TestOutcome[] = [];
  const started = Date.now();
  const watch = await deliveryWatchFor(held, pd.deps);
  const sending = sendTestAlert(held, severity, pd.deps, { watch, progress: async (outcome) => void steps.push(outcome) });
  await vi.runAllTimersAsync();
  const outcome = await sending;
  return { outcome, steps, took: Date.now() - started };
}

const incidentLooks = () => pd.restRequests().filter((r) => r.path === '/incidents');
const events = () => pd.sent.filter((r) => r.host.startsWith('events.')).map((r) => JSON.parse(r.body).event_action);

describe('verified delivery', () => {
  it('reports the incident with its number, service and urgency, resolves it, then says it was resolved', async () => {
    const { outcome, steps } = await followedTest(SEARCH);
    expect(steps.map((s) => s.delivery?.state)).toEqual(['waiting', 'incident']);
    expect(steps[1]?.message).toMatch(/^Confirmed: .*incident #1001 opened on Search \(low urgency\)\. Resolving it…$/);
    expect(outcome).toMatchObject({ kind: 'accepted', delivery: { state: 'incident', incident: { number: 1001, status: 'resolved' } } });
    expect(outcome.message).toMatch(/incident #1001 opened on Search \(low urgency\); it was then resolved\./);
    // The resolve goes only after the incident was seen.
    expect(events()).toEqual(['trigger', 'resolve']);
    const resolveAt = pd.sent.findIndex((r) => r.host.startsWith('events.') && JSON.parse(r.body).event_action === 'resolve');
    expect(pd.sent.slice(0, resolveAt).some((r) => r.path === '/incidents')).toBe(true);
  });

  it('asks for the incident by its dedup key on its service, never with an empty incident_key', async () => {
    await followedTest(SEARCH);
    const dedupKey = JSON.parse(pd.sent.find((r) => r.host.startsWith('events.'))!.body).dedup_key;
    expect(incidentLooks().length).toBeGreaterThan(0);
    for (const look of incidentLooks()) {
      expect(look.query.get('incident_key')).toBe(dedupKey);
      expect(look.query.getAll('service_ids[]')).toEqual(['PSRCH01']);
    }
    expect(pd.standIn.requests.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('shows an alarm as high urgency', async () => {
    const { outcome } = await followedTest(SEARCH, 'critical');
    expect(outcome.message).toMatch(/incident #1001 opened on Search \(high urgency\)/);
  });

  it('says the event was accepted but no incident opened, after about 30 s, for a disabled service', async () => {
    const billing: HeldKey = { ...SEARCH, id: 'billing', key: EXISTING_KEYS.billingBlackfire, serviceId: 'PBILL01', serviceName: 'Legacy Billing' };
    const { outcome, took } = await followedTest(billing);
    expect(outcome.delivery).toEqual({ state: 'no-incident', serviceName: 'Legacy Billing' });
    expect(outcome.message).toMatch(/accepted the warning test alert, but no incident was opened on Legacy Billing within 30 seconds/);
    expect(outcome.message).toMatch(/disabled or in maintenance/);
    expect(took).toBeGreaterThanOrEqual(30_000);
    expect(took).toBeLessThan(35_000);
    expect(incidentLooks()).toHaveLength(8);
    expect(events()).toEqual(['trigger', 'resolve']);
  });

  it("finds a pasted key's service by listing services with their integrations", async () => {
    const pasted: HeldKey = { ...SEARCH, id: 'pasted:1', serviceId: '', serviceName: 'Pasted key', integrationName: '', subdomain: '', source: 'pasted' };
    const { outcome } = await followedTest(pasted);
    expect(outcome.message).toMatch(/incident #1001 opened on Search/);
    expect(pd.restRequests()[0]).toMatchObject({ path: '/services' });
    expect(pd.restRequests()[0]?.query.getAll('include[]')).toEqual(['integrations']);
  });

  it('does not confirm a key that no service of the account has', async () => {
    const stranger: HeldKey = { ...SEARCH, key: 'ffffffffffffffffffffffffffffffff' };
    const { outcome } = await followedTest(stranger);
    expect(outcome.delivery).toEqual({ state: 'unchecked', reason: expect.stringMatching(/no service of the connected PagerDuty account/) });
    expect(outcome.message).toMatch(/^PagerDuty accepted .* Not confirmed: no service/);
    expect(incidentLooks()).toEqual([]);
  });

  it("does not confirm a key of the other region's account", async () => {
    const { outcome } = await followedTest({ ...SEARCH, region: 'eu' });
    expect(outcome.delivery).toMatchObject({ state: 'unchecked', reason: expect.stringMatching(/US account, this Integration Key for an EU one/) });
    expect(pd.restRequests()).toEqual([]);
  });

  it('keeps looking through a passing rate limit', async () => {
    // Longer than is waited out: that look is lost, not the whole check.
    pd.standIn.script({ kind: 'rate-limit', resetSeconds: 20, operationId: 'listIncidents' });
    const { outcome } = await followedTest(SEARCH);
    expect(outcome.delivery).toMatchObject({ state: 'incident' });
    expect(pd.standIn.requestsFor('listIncidents')[0]?.answeredWith).toBe(429);
  });

  it('says why it could not check when no look got an answer', async () => {
    // 8 looks of 3 attempts each.
    pd.standIn.script(...Array.from({ length: 24 }, () => ({ kind: 'server-error' as const, operationId: 'listIncidents' })));
    pd.standIn.incidentDelayMs = 60_000;
    const { outcome } = await followedTest(SEARCH);
    expect(outcome.delivery).toMatchObject({ state: 'unchecked', reason: expect.stringMatching(/unavailable right now/) });
  });

  it('is not followed at all when not connected', async () => {
    clearAreas();
    expect(await deliveryWatchFor(SEARCH, pd.deps)).toBeUndefined();
  });
});
