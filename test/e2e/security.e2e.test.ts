/**
 * Issue 7, security: attacks on DESIGN.md's "Security rules", against the real build in real
 * browsers. The router's own decisions (sender ids, exact shapes, own-key lookup) are unit-tested
 * in src/background/router.test.ts; these tests check what the browsers really deliver and that
 * the key leaks nowhere: not to page code, the DOM, storage.local, consoles or other hosts.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Vault } from '../../src/background/vault';
import type { BrowserSession } from './harness/browser-session';
import { inputValue } from './harness/console-pages';
import { ask, everythingStored, reportedPages, seedKeys, sendAnything, storedValue, testKey, vaultOf } from './harness/extension-state';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

const SHOPPING_CART = testKey();
const SEARCH = testKey({
  id: 'us:acme/PSVC002/blackfire-Search',
  key: 'Y0urTestIntegrationKey0000000002',
  serviceId: 'PSVC002',
  serviceName: 'Search',
  integrationName: 'blackfire-Search',
});
/** Keys the fixture pages show, which this file's scenarios capture. */
const CLASSIC_PAGE_KEY = '3f9a2c7e1b8d4f6a0c5e9b2d7a4f1c8e';
const HOSTILE_PAGE_KEY = '5e1f0c4b9a8d7e6f5a4b3c2d1e0f9a8b';
const SECRETS = [SHOPPING_CART.key, SEARCH.key, CLASSIC_PAGE_KEY, HOSTILE_PAGE_KEY];

const HOSTILE_BLACKFIRE_FORM = '/my/environments/evil/settings/notification-channels/new-pagerduty';
const PLAIN_BLACKFIRE_FORM = 'https://blackfire.io/my/environments/shop/settings/notification-channels/new-pagerduty';
const HOSTILE_PAGERDUTY_SERVICE = '/services/PEVIL02/integrations/PBF0009';
const FILL_BUTTON = '>>> ::-p-aria(Fill PagerDuty key)';

/**
 * storage.session gained or changed nothing: the same vault, and no page report added or altered.
 * (Tabs that earlier tests closed may still be dropping out of `pages`; a removal is no attack.)
 */
function expectNoNewState(before: Record<string, unknown>, after: Record<string, unknown>) {
  expect(after.vault).toEqual(before.vault);
  const pagesBefore = (before.pages ?? {}) as Record<string, unknown>;
  for (const [tabId, page] of Object.entries((after.pages ?? {}) as Record<string, unknown>)) {
    expect(page).toEqual(pagesBefore[tabId]);
  }
}

const secretsIn = (value: unknown) => SECRETS.filter((secret) => JSON.stringify(value).includes(secret));

/** What page-world-spy.js saw: every value handed to page code, and how. */
interface Sighting {
  via: string;
  target: string;
  value: string;
}
const pageWorld = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { pageWorld: { seen: Sighting[]; rounds: number } }).pageWorld);

/** Lets the page's attack loop (one round per 100 ms) run `rounds` more times. */
async function whileThePageAttacks(page: Page, rounds = 10) {
  const from = (await pageWorld(page)).rounds;
  await eventually(`${rounds} attack rounds`, async () => (await pageWorld(page)).rounds >= from + rounds);
}

describeInBrowsers('security', (scenario) => {
  const open = (url: string) => scenario().open(url);
  const openPopup = () => scenario().openPopup();

  beforeEach(async () => {
    await seedKeys(scenario().browser, [SHOPPING_CART, SEARCH]);
  });
  afterEach(() => {
    const { browser, world } = scenario();
    // No key in any console line, nor in any request to a host other than the Events API's.
    expect(secretsIn(browser.consoleOutput.join('\n'))).toEqual([]);
    expect(secretsIn(world.pageRequests)).toEqual([]);
    expect(secretsIn([...world.unknownHostsAsked])).toEqual([]);
  });

  // A message of a known type that is malformed is refused with a reason; anything else is ignored.
  const REFUSED = { ok: false, message: expect.stringMatching(/^The extension refused the request: the request was malformed/) };
  it.each([
    ['an unknown type', { type: 'popup/export-keys' }, null],
    ['__proto__ as the type', { type: '__proto__', remember: true }, null],
    ['constructor as the type', { type: 'constructor', id: SHOPPING_CART.id }, null],
    ['hasOwnProperty as the type', { type: 'hasOwnProperty', id: SHOPPING_CART.id }, null],
    ['a type in an array', { type: ['popup/reveal-key'], id: SHOPPING_CART.id }, null],
    ['an extra field', { type: 'popup/reveal-key', id: SHOPPING_CART.id, admin: true }, REFUSED],
    ['an own __proto__ field', { type: 'popup/forget-key', id: SHOPPING_CART.id, ['__proto__']: { admin: true } }, REFUSED],
    ['a missing field', { type: 'popup/reveal-key' }, REFUSED],
    ['a missing switch', { type: 'popup/set-remember' }, REFUSED],
    ['a string for a boolean', { type: 'popup/set-remember', remember: 'true' }, REFUSED],
    ['an array for an id', { type: 'popup/forget-key', id: [SHOPPING_CART.id] }, REFUSED],
    ['a bare type string', 'popup/get-state', null],
    ['null', null, null],
  ])('an extension page sending %s gets no key and changes nothing', async (_case, message, answer) => {
    const { browser } = scenario();
    const before = { session: await everythingStored(browser, 'session'), local: await everythingStored(browser, 'local') };
    const popup = await openPopup();
    expect(await sendAnything(popup, message)).toEqual(answer);
    expectNoNewState(before.session, await everythingStored(browser, 'session'));
    expect(await everythingStored(browser, 'local')).toEqual(before.local);
    // The same page is heard when it asks properly: the refusal above was the background's choice.
    expect(await ask(popup, { type: 'popup/reveal-key', id: SHOPPING_CART.id })).toEqual({ ok: true, key: SHOPPING_CART.key });
  });

  it("a content script on PagerDuty gets no key and changes nothing, by any message, and cannot read storage.session", async (context) => {
    const { browser } = scenario();
    if (!browser.inContentScript) return context.skip(CONTENT_WORLD_UNREACHABLE);
    const page = await open('https://acme.pagerduty.com/incidents');
    // The page's own status report is legitimate: let it land before taking the snapshot.
    await eventually("the page's own report", async () => (await reportedPages(browser))[0]?.console === 'pagerduty');
    const before = await everythingStored(browser, 'session');
    const attempts = [
      { type: 'blackfire/key-for-fill' },
      { type: 'blackfire/key-for-fill', keyId: SEARCH.id },
      { type: 'blackfire/held-keys' },
      { type: 'popup/reveal-key', id: SHOPPING_CART.id },
      { type: 'popup/get-state' },
      { type: 'popup/fill', id: SHOPPING_CART.id },
      { type: 'popup/set-remember', remember: true },
      { type: 'popup/forget-key', id: SEARCH.id },
      { type: 'popup/rest-state' },
      { type: 'popup/rest-connect', apiKey: 'y_NbAkKc66ryYTWUXYEu' },
      { type: 'popup/rest-blackfire-key', serviceId: 'PSHOP01' },
    ];
    const answers = await browser.inContentScript(page, async (messages: object[]) => {
      const { runtime } = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return Promise.all(messages.map((message) => runtime.sendMessage(message).then((answer) => answer ?? null, () => null)));
    }, attempts);
    // Each is refused, with a reason the content script could show, and none carries a secret.
    expect(answers).toEqual(attempts.map(() => ({ ok: false, message: expect.stringMatching(/^The extension refused the request/) })));
    expect(secretsIn(answers)).toEqual([]);
    // Claiming to be Blackfire's form does not make this tab a fill target either.
    const claim = { type: 'page/status', status: { console: 'blackfire', page: 'channel-form', recognised: true } };
    const claimed = await browser.inContentScript(page, (message: object) =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.sendMessage(message),
    claim);
    expect(claimed).toMatchObject({ ok: false });
    expectNoNewState(before, await everythingStored(browser, 'session'));
    expect(await storedValue(browser, 'local', 'vault')).toBeUndefined();
    // storage.session keeps its default access level: the content script cannot read the vault.
    const read = await browser.inContentScript(page, () =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.session.get(null).then(
        (items) => JSON.stringify(items),
        (error: Error) => `refused: ${error.message}`,
      ),
    );
    expect(read).toMatch(/^refused/);
  });

  it('a content script on Blackfire gets a key only in a tab that reported the form, and asks only after a person clicks', async (context) => {
    const { browser } = scenario();
    if (!browser.inContentScript) return context.skip(CONTENT_WORLD_UNREACHABLE);
    const keyForFill = (page: Page) =>
      browser.inContentScript!(page, () =>
        (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.sendMessage({ type: 'blackfire/key-for-fill' }),
      );
    const elsewhere = await open('https://app.blackfire.io/my/environments');
    await eventually('the page to report', async () => Object.keys((await storedValue(browser, 'session', 'pages')) ?? {}).length > 0);
    expect(secretsIn(await keyForFill(elsewhere))).toEqual([]);
    expect(await keyForFill(elsewhere)).toMatchObject({ ok: false });

    const form = await open(PLAIN_BLACKFIRE_FORM);
    const button = await form.waitForSelector(FILL_BUTTON);
    // Watch what our content script sends, from inside its own world.
    await browser.inContentScript(form, () => {
      const scope = globalThis as unknown as { chrome: typeof import('webextension-polyfill'); sentTypes: string[] };
      const { runtime } = scope.chrome;
      const send = runtime.sendMessage.bind(runtime);
      scope.sentTypes = [];
      runtime.sendMessage = ((message: { type: string }) => (scope.sentTypes.push(message.type), send(message))) as typeof runtime.sendMessage;
    });
    const sentTypes = () => browser.inContentScript!(form, () => (globalThis as unknown as { sentTypes: string[] }).sentTypes);
    const asks = async () => (await sentTypes()).filter((type) => type !== 'page/status');
    await button?.evaluate((element) => (element as HTMLElement).click()); // a page script's click
    await button?.click(); // the person's click
    await eventually('the chooser of two keys', () => form.$('>>> ::-p-aria([name="Search"][role="button"])'));
    // One ask for the held keys: the person's. The script's click, sent first, would be listed first.
    expect(await asks()).toEqual(['blackfire/held-keys']);
    await (await form.$('>>> ::-p-aria([name="Search"][role="button"])'))?.click();
    await eventually('the key in the field', async () => (await inputValue(form, '#key')) === SEARCH.key);
    expect((await sentTypes()).filter((type) => type === 'blackfire/key-for-fill')).toHaveLength(1);
  });

  it("a hostile Blackfire page's overrides, forged messages and scripted clicks get no key; the fill reaches only the target field", async () => {
    const { browser } = scenario();
    const page = await open(`https://app.blackfire.io${HOSTILE_BLACKFIRE_FORM}`);
    const fill = await page.waitForSelector(FILL_BUTTON);
    await whileThePageAttacks(page);
    expect(await inputValue(page, '#key')).toBe('');
    expect((await vaultOf(browser))?.lastFill).toBeNull(); // no key was ever asked for

    await fill?.click();
    const search = await page.waitForSelector('>>> ::-p-aria([name="Search"][role="button"])');
    await whileThePageAttacks(page); // it now also clicks the chooser's buttons
    expect(await inputValue(page, '#key')).toBe('');
    await search?.click();
    await eventually('the key in the field', async () => (await inputValue(page, '#key')) === SEARCH.key);
    await whileThePageAttacks(page, 3);

    const { seen } = await pageWorld(page);
    // A page's framework rightly reads the field it is given through that field's own events;
    // nothing else page code can reach (overrides, other events, messages, the DOM) gets the key.
    const handedTheKey = seen.filter((sighting) => secretsIn(sighting).length > 0);
    expect(handedTheKey.length).toBeGreaterThan(0);
    for (const sighting of handedTheKey) {
      expect(sighting).toMatchObject({ via: expect.stringMatching(/^(input|change) event$/), target: 'key', value: SEARCH.key });
    }
    expect(seen.filter((sighting) => /override|setter/.test(sighting.via) && sighting.target === 'key')).toEqual([]);
    for (const decoy of ['#hidden-decoy', '#undisplayed-decoy', '#aria-hidden-decoy']) expect(await inputValue(page, decoy)).toBe('');
    expect(secretsIn(await page.evaluate(() => document.documentElement.outerHTML))).toEqual([]);
    expect((await vaultOf(browser))?.lastFill).toMatchObject({ ok: true, keyFilled: true });
  });

  it('a hostile PagerDuty page sees no held key, and our elements there show none', async () => {
    const { browser } = scenario();
    const page = await open(`https://acme.pagerduty.com${HOSTILE_PAGERDUTY_SERVICE}`);
    await eventually('the Blackfire key to be captured', async () => secretsIn(await vaultOf(browser)).includes(HOSTILE_PAGE_KEY));
    await (await page.waitForSelector('>>> ::-p-aria(Name it blackfire-Warehouse)'))?.click();
    await eventually('the name in the field', async () => (await inputValue(page, '#integration-name')) === 'blackfire-Warehouse');
    await whileThePageAttacks(page);
    expect(secretsIn((await pageWorld(page)).seen)).toEqual([]);
    const ours = await page.$$eval('[data-blackfire-helper]', (hosts) =>
      hosts.map((host) => host.outerHTML + [...(host.shadowRoot?.children ?? [])].map((child) => child.outerHTML).join('')),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(secretsIn(ours)).toEqual([]);
  });

  it.each([
    ['PagerDuty', `https://pagerduty.com.evil.example${HOSTILE_PAGERDUTY_SERVICE}`],
    ['Blackfire', `https://blackfire.io.example.net${HOSTILE_BLACKFIRE_FORM}`],
  ])('a %s lookalike host gets nothing: no elements, no report, no capture', async (_console, url) => {
    const { browser } = scenario();
    const before = await everythingStored(browser, 'session');
    const page = await open(url);
    await whileThePageAttacks(page);
    expect(await page.$('[data-blackfire-helper]')).toBeNull();
    expect(secretsIn((await pageWorld(page)).seen)).toEqual([]);
    // No page report, no capture: the background heard nothing from this tab.
    expectNoNewState(before, await everythingStored(browser, 'session'));
  });

  it('keeps keys out of storage.local until the person opts in, and removes them when they opt out', async () => {
    const { browser } = scenario();
    await open('https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001');
    await eventually('the capture', async () => secretsIn(await vaultOf(browser)).includes(CLASSIC_PAGE_KEY));
    expect(secretsIn(await everythingStored(browser, 'local'))).toEqual([]);

    const popup = await openPopup();
    await ask(popup, { type: 'popup/set-remember', remember: true });
    expect(secretsIn(await everythingStored(browser, 'local'))).toEqual(expect.arrayContaining([SHOPPING_CART.key, CLASSIC_PAGE_KEY]));
    await ask(popup, { type: 'popup/set-remember', remember: false });
    expect(await everythingStored(browser, 'local')).toEqual({});
    expect(secretsIn(await everythingStored(browser, 'session'))).toContain(CLASSIC_PAGE_KEY);
  });

  it("sends keys to the Events API hosts only: no other request's URL, headers or body carries one", async () => {
    const { browser, world, open, openPopup } = scenario();
    // Console pages that show a key and capture it, then the test alert: every way a key travels.
    await open('https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001');
    await eventually('the capture', async () => secretsIn(await vaultOf(browser)).includes(CLASSIC_PAGE_KEY));
    expect(await ask(await openPopup(), { type: 'popup/send-test', id: SHOPPING_CART.id, severity: 'warning' })).toMatchObject({ ok: true });
    // The recorders see keys where they do go; the afterEach checks they went nowhere else.
    expect(secretsIn(world.eventsApi.requests)).toEqual([SHOPPING_CART.key]);
    expect(secretsIn(world.restApi.requests)).toEqual([]);
    expect(world.pageRequests.length).toBeGreaterThan(0);
  });
});

const CONTENT_WORLD_UNREACHABLE =
  "automation cannot enter Firefox's content-script sandbox; src/background/router.test.ts covers these senders";
