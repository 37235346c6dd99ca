/** The test alert, end to end: the real build's background against the Events API stand-in. */
import { afterEach, expect, it } from 'vitest';
import type { HeldKey } from '../../src/background/vault';
import type { TestSeverity } from '../../src/shared/messages';
import type { Fault } from './harness/events-api';
import { ask, seedKeys, testKey } from './harness/extension-state';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

describeInBrowsers('test alert', (scenario) => {
  afterEach(() => {
    expect(scenario().browser.consoleOutput.join('\n')).not.toContain(testKey().key);
  });

  interface TestRun {
    held?: HeldKey;
    severity?: TestSeverity;
    /** The stand-in's next answers. */
    faults?: Fault[];
    /** Whether to stop the service worker between holding the key and sending the test. */
    stopWorkerFirst?: boolean;
  }

  /** Holds `held` as the only key, then sends the test from the popup page as its button does. */
  async function sendTest({ held = testKey(), severity = 'warning', faults = [], stopWorkerFirst = false }: TestRun = {}) {
    const { browser, world } = scenario();
    await seedKeys(browser, [held]);
    if (stopWorkerFirst) await browser.stopBackground();
    world.eventsApi.script(...faults);
    const popup = await browser.openPopup();
    try {
      const answer = await ask(popup, { type: 'popup/send-test', id: held.id, severity });
      if (!answer.ok) throw new Error(answer.message);
      return answer.outcome;
    } finally {
      await popup.close();
    }
  }

  /** What a freshly opened popup learns about the key's last outcome. */
  async function storedOutcome(held = testKey()) {
    const popup = await scenario().browser.openPopup();
    const state = await ask(popup, { type: 'popup/get-state' });
    await popup.close();
    return { held: state.keys.some((k) => k.id === held.id), outcome: state.outcomes[held.id] };
  }

  const requests = () => scenario().world.eventsApi.requests;
  const triggers = () => scenario().world.eventsApi.eventsWithAction('trigger');
  const resolves = () => scenario().world.eventsApi.eventsWithAction('resolve');

  it('triggers, then resolves with the same dedup_key, and keeps the outcome for the reopened popup', async () => {
    const outcome = await sendTest();

    expect(outcome).toMatchObject({ kind: 'accepted', severity: 'warning', attempts: 1 });
    expect(outcome.message).toMatch(/accepted/);
    const [trigger] = triggers();
    const [resolve] = resolves();
    expect(requests()).toHaveLength(2);
    for (const request of requests()) {
      expect(request).toMatchObject({ host: 'events.pagerduty.com', path: '/v2/enqueue', problems: [], answeredWith: 202 });
    }
    const dedupKey = (trigger?.body as { dedup_key: string }).dedup_key;
    expect((resolve?.body as { dedup_key: string }).dedup_key).toBe(dedupKey);
    expect((trigger?.body as { payload: { severity: string } }).payload.severity).toBe('warning');
    expect(await storedOutcome()).toEqual({ held: true, outcome });
  });

  it('sends an EU key to events.eu.pagerduty.com, and the alarm test as critical', async () => {
    const held = testKey({ id: 'eu:acme/PSVC002/blackfire-Checkout', region: 'eu', serviceName: 'Checkout' });
    expect(await sendTest({ held, severity: 'critical' })).toMatchObject({ kind: 'accepted', severity: 'critical' });
    expect(requests().map((r) => r.host)).toEqual(['events.eu.pagerduty.com', 'events.eu.pagerduty.com']);
    expect((triggers()[0]?.body as { payload: { severity: string } }).payload.severity).toBe('critical');
  });

  it("shows PagerDuty's errors[] text for a JSON 400, without retrying or resolving", async () => {
    const errors = ['Routing key is not for an Events API v2 integration'];
    const outcome = await sendTest({ faults: [{ kind: 'json-400', errors }] });
    expect(outcome.kind).toBe('rejected');
    expect(outcome.message).toContain('Routing key is not for an Events API v2 integration');
    expect(requests()).toHaveLength(1);
  });

  it('shows a plain-text 400 and sends exactly one request', async () => {
    const outcome = await sendTest({ faults: [{ kind: 'text-400', text: 'Invalid routing key' }] });
    expect(outcome).toMatchObject({ kind: 'rejected', attempts: 1 });
    expect(outcome.message).toContain('Invalid routing key');
    expect(requests()).toHaveLength(1);
  });

  it('waits out Retry-After: 1 after a 429, then succeeds with exactly two triggers', async () => {
    const faults: Fault[] = [{ kind: 'rate-limit', retryAfterSeconds: 1 }];
    expect(await sendTest({ faults })).toMatchObject({ kind: 'accepted', attempts: 2 });
    const [first, second] = triggers();
    expect(triggers()).toHaveLength(2);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after three 500s with the unavailable message', async () => {
    const outcome = await sendTest({ faults: Array(3).fill({ kind: 'server-error' }) });
    expect(outcome).toMatchObject({ kind: 'unavailable', attempts: 3 });
    expect(outcome.message).toMatch(/PagerDuty is unavailable/);
    expect(triggers()).toHaveLength(3);
    expect(resolves()).toHaveLength(0);
  });

  it('times out a hanging trigger after 10 s without retrying, resolves it anyway, and refuses a second test of that key meanwhile', async () => {
    const { browser, world } = scenario();
    const held = testKey();
    await seedKeys(browser, [held]);
    world.eventsApi.script({ kind: 'hang' });
    const popup = await browser.openPopup();
    const send = () => ask(popup, { type: 'popup/send-test', id: held.id, severity: 'warning' });
    const started = Date.now();
    const first = send();
    await eventually('the hanging trigger', () => triggers().length === 1);
    expect(await send()).toEqual({ ok: false, message: expect.stringMatching(/already under way/) });
    const answer = await first;
    if (!answer.ok) throw new Error(answer.message);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(answer.outcome).toMatchObject({ kind: 'timed-out', attempts: 1 });
    expect(answer.outcome.message).toMatch(/did not answer within 10 seconds.*its resolve was sent and accepted/);
    // The trigger may have opened an incident all the same: its resolve closes it.
    expect(triggers()).toHaveLength(1);
    const dedupKey = (triggers()[0]?.body as { dedup_key: string }).dedup_key;
    expect(resolves().map((r) => (r.body as { dedup_key: string }).dedup_key)).toEqual([dedupKey]);
    // Done: the key can be tested again.
    expect(await send()).toMatchObject({ ok: true, outcome: { kind: 'accepted' } });
  });

  it('says the network could not be reached when the connection is refused', async () => {
    scenario().world.refuse('events.pagerduty.com');
    const outcome = await sendTest();
    expect(outcome).toMatchObject({ kind: 'network-unreachable', attempts: 3 });
    expect(outcome.message).toMatch(/network could not be reached/);
    expect(requests()).toHaveLength(0);
  });

  it('still holds the key and sends the test after the service worker was stopped', async () => {
    expect(await sendTest({ stopWorkerFirst: true })).toMatchObject({ kind: 'accepted' });
    expect(triggers()).toHaveLength(1);
    await scenario().browser.stopBackground();
    expect(await storedOutcome()).toMatchObject({ held: true, outcome: { kind: 'accepted' } });
  });

  it("works from the popup's own controls: warning shown, alarm chosen, outcome in the status region", async () => {
    const { browser, openPopup } = scenario();
    await seedKeys(browser, [testKey()]);
    const popup = await openPopup();
    await popup.waitForSelector('::-p-text(on-call person may be notified)');
    await popup.click('label::-p-text(alarm) input');
    await popup.click('button::-p-text(Send test alert)');
    const status = await popup.waitForSelector('[role="status"]::-p-text(accepted)', { timeout: 10_000 });
    expect(await status?.evaluate((element) => element.textContent)).toMatch(/accepted the alarm test alert for Shopping Cart/);
    expect((triggers()[0]?.body as { payload: { severity: string } }).payload.severity).toBe('critical');
  });
});
