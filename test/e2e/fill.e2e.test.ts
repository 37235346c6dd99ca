/**
 * Issue 4: the key goes into Blackfire's PagerDuty channel form, from the in-page button or the
 * popup's Fill, so that the page's framework (real React) holds it, without submitting anything.
 */
import { afterEach, expect, it } from 'vitest';
import type { BrowserSession } from './harness/browser-session';
import { boxOf, fixtureState, inputValue, openReactChannelForm } from './harness/console-pages';
import { eventually } from './harness/eventually';
import { ask, listenToContentScripts, reportedPages, seedKeys, testKey, vaultOf } from './harness/extension-state';
import { describeInBrowsers, type Scenario } from './harness/scenario';

const PLAIN_FORM = '/my/environments/shop-staging/settings/notification-channels/new-pagerduty';
const FILL_BUTTON = '>>> ::-p-aria(Fill PagerDuty key)';

/** The keys two fixture services' integrations have, held as the key store keeps them. */
const CART = testKey({ id: 'us:acme/PCART/blackfire-Shopping-Cart', serviceId: 'PCART', key: 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6' });
const CHECKOUT = testKey({
  id: 'us:acme/PCHK/blackfire-Checkout',
  serviceId: 'PCHK',
  serviceName: 'Checkout',
  integrationName: 'blackfire-Checkout',
  key: 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4',
});

const lastFill = async (browser: BrowserSession) => (await vaultOf(browser))?.lastFill;

/** Sends `popup/fill` as the popup does: from the extension's own page. */
async function fillFromPopup({ openPopup }: Scenario, id: string, activeTabId?: number) {
  return ask(await openPopup(), { type: 'popup/fill', id, ...(activeTabId === undefined ? {} : { activeTabId }) });
}

/** What the content scripts asked the background for, in order (their page reports, and the learned fields each asks for as it starts, left out). */
const asksOf = (types: string[]) => types.filter((type) => type !== 'page/status' && type !== 'learn/descriptions');

/** The tabs the background believes show the form (from the content scripts' reports), newest first. */
const formTabIds = async (browser: BrowserSession) =>
  (await reportedPages(browser)).filter((p) => p.page === 'channel-form' && p.recognised).map((p) => p.tabId);

describeInBrowsers('fill the Blackfire PagerDuty channel form', (scenario) => {
  afterEach(() => {
    const output = scenario().browser.consoleOutput.join('\n');
    for (const { key } of [CART, CHECKOUT]) expect(output).not.toContain(key);
  });

  it("says so when the popup's Fill finds no Blackfire tab with the form", async () => {
    await seedKeys(scenario().browser, [CART]);
    const report = await fillFromPopup(scenario(), CART.id);
    expect(report).toMatchObject({ ok: false, message: expect.stringMatching(/No Blackfire PagerDuty channel form is open/) });
  });

  it('fills a plain HTML form on a trusted click of the in-page button only, and never submits it', async () => {
    const { browser, open, openPopup } = scenario();
    await seedKeys(browser, [CART]);
    const heard = await listenToContentScripts(await openPopup()); // first: the form's tab stays in front
    const page = await open(`https://blackfire.io${PLAIN_FORM}`);
    const button = await page.waitForSelector(FILL_BUTTON);

    // The person's click asks for the key once, fills, and reports.
    await button?.click();
    const asks = await eventually('the report of the fill', async () => {
      const types = asksOf(await heard());
      return types.includes('blackfire/fill-report') ? types : null;
    });
    expect(asks).toEqual(['blackfire/held-keys', 'blackfire/key-for-fill', 'blackfire/fill-report']);
    expect(await inputValue(page, '#key')).toBe(CART.key);
    expect(await inputValue(page, '#channel-name')).toBe('PagerDuty – Shopping Cart');
    const state = await fixtureState<{ submits: number; events: string[] }>(page);
    expect(state.events).toEqual(['input:channel-name', 'change:channel-name', 'input:key', 'change:key']);
    expect(state.submits).toBe(0);
    expect(await inputValue(page, 'input[type="hidden"]')).toBe('');
    expect(await inputValue(page, '#offscreen-decoy')).toBe('');
    expect(await eventually('the fill report', () => lastFill(browser))).toMatchObject({ ok: true, nameFilled: true });

    // A page script's click asks for nothing. Our button sends its first ask during the click
    // itself, and the content script reports the form leaving the page only later: once that
    // report is heard, an ask that is not listed before it was never sent.
    const heardBefore = (await heard()).length;
    await page.evaluate((element) => {
      (element as HTMLElement).click();
      document.querySelector('form')?.remove();
    }, button);
    const afterwards = await eventually('the report that the form left', async () => {
      const types = (await heard()).slice(heardBefore);
      return types.includes('page/status') ? types : null;
    });
    expect(asksOf(afterwards)).toEqual([]);
  });

  it('gives a lookalike host no Fill button', async () => {
    const { open } = scenario();
    const page = await open(`https://blackfire.io.example.net${PLAIN_FORM}`);
    // The same form opened later on the real host gets its button: the lookalike had longer.
    await (await open(`https://blackfire.io${PLAIN_FORM}`)).waitForSelector(FILL_BUTTON);
    await page.bringToFront(); // Chromium keeps no fresh accessibility tree for background tabs
    expect(await page.$(FILL_BUTTON)).toBeNull();
  });

  it('finds a React modal rendered late after SPA navigation, lets the person pick the service, and keeps a typed name', async () => {
    const { browser, open } = scenario();
    await seedKeys(browser, [CART, CHECKOUT]);
    const page = await openReactChannelForm(open);
    expect(await page.$(FILL_BUTTON)).toBeNull(); // the form is still loading
    await page.waitForSelector('#channel-name');
    await page.type('#channel-name', 'Prod on-call');

    // The button sits with the key field (under it, or beside it on its line), not in the row of
    // the form's Save and Cancel, which keep their place at the form's left edge.
    const fillButton = await page.waitForSelector(FILL_BUTTON);
    const [field, fill, save] = await Promise.all([boxOf(page, '#integration-key'), boxOf(page, FILL_BUTTON), boxOf(page, '::-p-aria(Save)')]);
    const withField = fill.top >= field.bottom || (fill.left >= field.right && fill.top < field.bottom);
    expect(withField, JSON.stringify({ field, fill })).toBe(true);
    expect(fill.bottom).toBeLessThanOrEqual(save.top);
    expect(save.left).toBe(field.left);
    await fillButton?.click();
    await (await page.waitForSelector('>>> ::-p-aria([name="Checkout"][role="button"])'))?.click();
    const state = await eventually('React to hold the key', async () => {
      const current = await fixtureState<{ key: string; name: string; search: string; submits: number }>(page);
      return current.key === CHECKOUT.key && current;
    });
    expect(state).toEqual({ key: CHECKOUT.key, name: 'Prod on-call', search: '', submits: 0 });
    expect(await inputValue(page, '[data-testid="hidden-decoy"]')).toBe('');
    expect(await inputValue(page, 'input[name="api_key"]')).toBe('');
    const report = await eventually('the fill report', () => lastFill(browser));
    expect(report).toMatchObject({ ok: true, nameFilled: false, message: expect.stringContaining('"Prod on-call" was already there') });

    // The modal closes: the button goes, and the background learns the form is gone.
    const formTabs = (await formTabIds(browser)).length;
    await page.locator('::-p-aria(Cancel)').click();
    await eventually('the Fill button to go', async () => (await page.$(FILL_BUTTON)) === null);
    await eventually('the background to learn the form is gone', async () => (await formTabIds(browser)).length === formTabs - 1);
  });

  it("fills the most recently detected React form from the popup's Fill", async () => {
    const { browser, open } = scenario();
    await seedKeys(browser, [CART]);
    const page = await openReactChannelForm(open);
    await page.waitForSelector(FILL_BUTTON);

    const report = await fillFromPopup(scenario(), CART.id);
    expect(report).toMatchObject({ ok: true, keyFilled: true, nameFilled: true });
    const state = await fixtureState(page);
    expect(state).toEqual({ key: CART.key, name: 'PagerDuty – Shopping Cart', search: '', submits: 0 });
    expect(await lastFill(browser)).toEqual({ ...report, environment: 'shop-prod', at: expect.any(Number), saved: false });
  });

  it("fills the active tab's form when it shows one, rather than the most recently detected", async () => {
    const { browser, open } = scenario();
    await seedKeys(browser, [CART, CHECKOUT]);
    const plain = await open(`https://blackfire.io${PLAIN_FORM}`);
    await plain.waitForSelector(FILL_BUTTON);
    const react = await openReactChannelForm(open);
    await react.waitForSelector(FILL_BUTTON);
    const [newest, plainTabId] = await eventually('both forms to be reported', async () => {
      const tabIds = await formTabIds(browser);
      return tabIds.length === 2 ? tabIds : null;
    });
    expect(plainTabId).not.toBe(newest);
    expect(await fillFromPopup(scenario(), CHECKOUT.id, plainTabId)).toMatchObject({ ok: true, keyFilled: true });
    expect(await inputValue(plain, '#key')).toBe(CHECKOUT.key);
    expect(await fixtureState(react)).toMatchObject({ key: '' }); // the newest form was left alone
  });
});
