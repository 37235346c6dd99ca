/**
 * Issue 14, the REST API path, end to end: the real builds against the REST API stand-in
 * (test/e2e/harness/rest-api.ts) and the Events API stand-in, which together open incidents.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, expect, it } from 'vitest';
import type { HeldKey } from '../../src/background/vault';
import type { RestState } from '../../src/shared/messages';
import { ask, everythingStored, heldKeys, vaultOf } from './harness/extension-state';
import { API_KEYS, BLACKFIRE_VENDOR_ID, EXISTING_KEYS } from './harness/rest-api-world';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

const ALL_API_KEYS = Object.values(API_KEYS);

/** Clicks what `selector` finds once it is there, as a person would (the popup renders after it loads). */
const press = async (page: Page, selector: string) => (await page.waitForSelector(selector))?.click();
const typeInto = async (page: Page, selector: string, text: string) => (await page.waitForSelector(selector))?.type(text);
const apiKeysIn = (value: unknown) => ALL_API_KEYS.filter((key) => JSON.stringify(value).includes(key));

describeInBrowsers('REST API path', (scenario) => {
  beforeEach(async () => {
    const { world, browser } = scenario();
    world.restApi.reset();
    world.eventsApi.reset();
    const popup = await scenario().openPopup();
    await ask(popup, { type: 'popup/rest-disconnect' });
    for (const held of await heldKeys(browser)) await ask(popup, { type: 'popup/forget-key', id: held.id });
  });

  const restApi = () => scenario().world.restApi;

  /** Connects as the popup's Connect does, and fails loudly when it did not. */
  async function connected(apiKey: string = API_KEYS.user): Promise<{ popup: Page; state: RestState }> {
    const popup = await scenario().openPopup();
    const answer = await ask(popup, { type: 'popup/rest-connect', apiKey });
    if (!answer.ok) throw new Error(answer.message);
    return { popup, state: answer.state };
  }

  async function takeKey(popup: Page, serviceId: string): Promise<HeldKey> {
    const answer = await ask(popup, { type: 'popup/rest-blackfire-key', serviceId });
    if (!answer.ok) throw new Error(answer.message);
    const held = (await heldKeys(scenario().browser)).find((key) => key.id === answer.id);
    if (!held) throw new Error(`${answer.id} is not held`);
    return held;
  }

  /** The REST requests so far (preflights are not recorded), as `METHOD host/path`. */
  const requestLines = () => restApi().requests.map((r) => `${r.method} ${r.host}${r.path}`);

  it("connects and creates from the popup's own controls: four requests, the key held like a captured one", async () => {
    const popup = await scenario().openPopup();
    await press(popup, 'summary::-p-text(PagerDuty API key)');
    await typeInto(popup, '::-p-aria(PagerDuty API key)', API_KEYS.user);
    const started = Date.now();
    await press(popup, '::-p-aria(Connect)');
    await popup.waitForSelector('::-p-text(Connected to PagerDuty (US).)');
    // The key is never shown again: not in the field, not anywhere on the page.
    expect(apiKeysIn(await popup.evaluate(() => document.documentElement.outerHTML))).toEqual([]);
    await typeInto(popup, '::-p-aria(Search services)', 'cart');
    await popup.keyboard.press('Enter');
    await press(popup, '::-p-aria(Shopping Cart)');
    await press(popup, '::-p-aria(Create Blackfire.io integration)');
    const held = await eventually('the created key', async () => (await heldKeys(scenario().browser)).find((k) => k.source === 'api'));
    const connectToHeldMs = Date.now() - started;
    await popup.waitForSelector('::-p-text(Created the Blackfire.io integration “blackfire-Shopping-Cart” on Shopping Cart)');

    const created = restApi().service('PSHOP01')?.integrations.at(-1);
    expect(held).toMatchObject({
      id: 'us:acme/PSHOP01/blackfire-Shopping-Cart',
      key: created?.key,
      serviceId: 'PSHOP01',
      serviceName: 'Shopping Cart',
      integrationName: 'blackfire-Shopping-Cart',
      subdomain: 'acme',
      region: 'us',
      source: 'api',
    });
    expect(created).toMatchObject({ name: 'blackfire-Shopping-Cart', vendorId: BLACKFIRE_VENDOR_ID });
    expect(requestLines()).toEqual([
      'GET api.pagerduty.com/services',
      'GET api.pagerduty.com/services',
      'GET api.pagerduty.com/vendors',
      'POST api.pagerduty.com/services/PSHOP01/integrations',
    ]);
    expect(restApi().requests.flatMap((r) => r.problems)).toEqual([]);
    // Held like a captured key: listed in the popup by its service, and selected.
    await popup.waitForSelector('::-p-aria(Shopping Cart US)');
    expect((await vaultOf(scenario().browser))?.selectedKeyId).toBe(held.id);
    console.info(`[figures] ${scenario().browser.browserName}: Connect → key held ${connectToHeldMs} ms, ${restApi().requests.length} REST requests`);
  });

  it('takes the existing Blackfire.io integration without creating anything', async () => {
    const { popup, state } = await connected();
    expect(state.services.find((s) => s.id === 'PSRCH01')?.blackfireIntegration).toBe('Profiling alerts');
    const held = await takeKey(popup, 'PSRCH01');
    expect(held).toMatchObject({ key: EXISTING_KEYS.searchBlackfire, integrationName: 'Profiling alerts', source: 'api' });
    expect(restApi().requestsFor('createServiceIntegration')).toEqual([]);
    expect(restApi().requestsFor('listVendors')).toEqual([]);
  });

  it('follows the vendors to a later page and picks the exact Blackfire.io among look-alikes', async () => {
    restApi().reset('later-page');
    const { popup } = await connected();
    await takeKey(popup, 'PSHOP01');
    expect(restApi().requestsFor('listVendors').map((r) => r.query.get('offset'))).toEqual(['0', '100']);
    const [create] = restApi().requestsFor('createServiceIntegration');
    expect(create?.body).toMatchObject({ integration: { vendor: { id: BLACKFIRE_VENDOR_ID, type: 'vendor_reference' } } });
  });

  it('connects an EU-only key on api.eu.pagerduty.com after a 401 on the US host, and creates there', async () => {
    const { popup, state } = await connected(API_KEYS.euOnly);
    expect(state).toMatchObject({ region: 'eu', services: [{ name: 'Checkout' }] });
    expect(restApi().requests.map((r) => [r.host, r.answeredWith])).toEqual([
      ['api.pagerduty.com', 401],
      ['api.eu.pagerduty.com', 200],
    ]);
    const held = await takeKey(popup, 'PEUCH01');
    expect(held).toMatchObject({ region: 'eu', subdomain: 'euro', id: 'eu:euro/PEUCH01/blackfire-Checkout' });
    expect(restApi().requests.slice(2).every((r) => r.host === 'api.eu.pagerduty.com')).toBe(true);
  });

  it('says a rejected key was rejected, from the popup, and keeps nothing', async () => {
    const popup = await scenario().openPopup();
    await press(popup, 'summary::-p-text(PagerDuty API key)');
    await typeInto(popup, '::-p-aria(PagerDuty API key)', API_KEYS.unknown);
    await press(popup, '::-p-aria(Connect)');
    await popup.waitForSelector('::-p-text(rejected this API key (401))');
    expect(restApi().requests.map((r) => r.answeredWith)).toEqual([401, 401]);
    expect(await everythingStored(scenario().browser, 'session')).not.toHaveProperty('rest');
  });

  it('checks the shape before any request: an Integration Key pasted here gets its own message', async () => {
    const popup = await scenario().openPopup();
    const answer = await ask(popup, { type: 'popup/rest-connect', apiKey: EXISTING_KEYS.searchBlackfire });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/Integration Key \(32 characters\), not a REST API key/) });
    expect(restApi().requests).toEqual([]);
  });

  it('says a read-only key may not create (403), and holds nothing', async () => {
    const { popup } = await connected(API_KEYS.readOnly);
    const answer = await ask(popup, { type: 'popup/rest-blackfire-key', serviceId: 'PSHOP01' });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/read-only/) });
    expect(restApi().requestsFor('createServiceIntegration').map((r) => r.answeredWith)).toEqual([403]);
    expect(await heldKeys(scenario().browser)).toEqual([]);
  });

  it('waits out ratelimit-reset after a 429, and says "rate limit" after three', async () => {
    restApi().script({ kind: 'rate-limit', resetSeconds: 1 });
    await connected();
    const [limited, retried] = restApi().requests;
    expect([limited?.answeredWith, retried?.answeredWith]).toEqual([429, 200]);
    expect((retried?.receivedAt ?? 0) - (limited?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1_000);

    restApi().script(...Array.from({ length: 3 }, () => ({ kind: 'rate-limit' as const, resetSeconds: 1 })));
    const popup = await scenario().openPopup();
    const answer = await ask(popup, { type: 'popup/rest-search', query: 'cart' });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/rate limit was reached \(after 3 attempts\)/) });
  });

  it('follows the test alert to its incident: number, service and urgency in the status region, then resolved', async () => {
    const { popup: asking } = await connected();
    await takeKey(asking, 'PSRCH01');
    const popup = await scenario().openPopup();
    await press(popup, 'button::-p-text(Send test alert)');
    const opened = await popup.waitForSelector('[role="status"]::-p-text(incident #1001 opened on Search (low urgency))', { timeout: 15_000 });
    expect(await opened?.evaluate((status) => status.textContent)).toMatch(/^Confirmed:/);
    await popup.waitForSelector('[role="status"]::-p-text(it was then resolved)', { timeout: 20_000 });
    const [incident] = restApi().incidents;
    expect(incident).toMatchObject({ number: 1001, status: 'resolved', urgency: 'low', serviceId: 'PSRCH01' });
    for (const look of restApi().requestsFor('listIncidents')) {
      expect(look.query.get('incident_key')).toBe(incident?.incidentKey);
      expect(look.query.getAll('service_ids[]')).toEqual(['PSRCH01']);
    }
    const { outcomes, selectedKeyId } = (await vaultOf(scenario().browser))!;
    expect(outcomes[selectedKeyId!]).toMatchObject({ kind: 'accepted', delivery: { state: 'incident', incident: { number: 1001 } } });
    await popup.waitForSelector('::-p-text(test confirmed)');
  });

  it('says the event was accepted but no incident opened when the service is disabled', async () => {
    const { popup } = await connected();
    const held = await takeKey(popup, 'PBILL01');
    const answer = await ask(popup, { type: 'popup/send-test', id: held.id, severity: 'warning' });
    expect(answer).toMatchObject({ ok: true, outcome: { kind: 'accepted', delivery: { state: 'no-incident' } } });
    const message = answer.ok ? answer.outcome.message : '';
    expect(message).toMatch(/accepted the warning test alert, but no incident was opened on Legacy Billing within 30 seconds/);
    expect(message).toMatch(/disabled or in maintenance/);
    expect(restApi().incidents).toEqual([]);
    expect(restApi().requestsFor('listIncidents')).toHaveLength(8);
  }, 60_000);

  it('survives a stopped service worker between Connect, Create and the test alert', async () => {
    const { browser } = scenario();
    await connected();
    await browser.stopBackground();
    const popup = await scenario().openPopup();
    const held = await takeKey(popup, 'PSHOP01');
    await browser.stopBackground();
    const answer = await ask(await scenario().openPopup(), { type: 'popup/send-test', id: held.id, severity: 'critical' });
    expect(answer).toMatchObject({ ok: true, outcome: { delivery: { state: 'incident', incident: { urgency: 'high', serviceName: 'Shopping Cart' } } } });
  });

  it('disconnects: the API key is forgotten', async () => {
    await connected();
    const popup = await scenario().openPopup();
    await press(popup, '::-p-aria(Disconnect)');
    await popup.waitForSelector('::-p-text(Disconnected: the API key is forgotten.)');
    expect(await everythingStored(scenario().browser, 'session')).not.toHaveProperty('rest');
    expect(await ask(popup, { type: 'popup/rest-search', query: '' })).toMatchObject({ ok: false });
  });

  it('keeps the API key out of storage.local even with "Remember keys" on, and away from pages', async () => {
    const { browser } = scenario();
    const popup = await scenario().openPopup();
    await ask(popup, { type: 'popup/set-remember', remember: true });
    try {
      await connected();
      const held = await takeKey(popup, 'PSHOP01');
      expect(apiKeysIn(await everythingStored(browser, 'local'))).toEqual([]);
      expect(JSON.stringify(await everythingStored(browser, 'local'))).toContain(held.key); // the Integration Key is remembered
      // A fill puts the Integration Key into Blackfire's form, never the API key.
      const form = await scenario().open('https://blackfire.io/my/environments/shop/settings/notification-channels/new-pagerduty');
      await eventually('the form to be reported', async () => (await ask(popup, { type: 'popup/get-state' })).formAvailable);
      expect(await ask(popup, { type: 'popup/fill', id: held.id })).toMatchObject({ ok: true });
      expect(await form.$eval('#key', (input) => (input as HTMLInputElement).value)).toBe(held.key);
      expect(apiKeysIn(await form.evaluate(() => document.documentElement.outerHTML))).toEqual([]);
    } finally {
      await ask(popup, { type: 'popup/set-remember', remember: false });
    }
  });

  it('sent the API key only to the REST hosts, in the Authorization header, and never to a console', () => {
    const { world, browser } = scenario();
    expect(apiKeysIn(world.pageRequests)).toEqual([]);
    expect(apiKeysIn(world.eventsApi.requests)).toEqual([]);
    expect(apiKeysIn([...world.unknownHostsAsked])).toEqual([]);
    expect(apiKeysIn(browser.consoleOutput.join('\n'))).toEqual([]);
  });

  it('sent it in the Authorization header only, with the versioned Accept header', async () => {
    await connected();
    const [request] = restApi().requests;
    expect(request?.headers).toMatchObject({ authorization: `Token token=${API_KEYS.user}`, accept: 'application/vnd.pagerduty+json;version=2' });
    const { authorization: _sent, ...otherHeaders } = request?.headers ?? {};
    expect(apiKeysIn([request?.url, request?.body, otherHeaders])).toEqual([]);
  });
});
