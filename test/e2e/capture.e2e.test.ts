/** Capturing the Integration Key on PagerDuty pages (issue 3), against the real build. */
import { afterEach, expect, it } from 'vitest';
import type { BrowserSession } from './harness/browser-session';
import { eventually } from './harness/eventually';
import { heldKeys, reportedPages } from './harness/extension-state';
import { describeInBrowsers } from './harness/scenario';

/** The keys the fixture pages show. */
const KEYS = {
  classic: '3f9a2c7e1b8d4f6a0c5e9b2d7a4f1c8e',
  listBlackfire: '7b1e4d9c2a6f8e0b3d5c7a9e1f2b4d6c',
  listDatadog: 'c0ffee00d15ea5e0badc0de0f00dcafe',
  urlOnly: '9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a',
  serviceDirectory: 'a5c3e1f9b7d5c3a1e9f7b5d3c1a9e7f5',
  hostileDatadog: 'd0d0cafe1234567890abcdefabcdef12',
  hostileFake: '0badc0de0badc0de0badc0de0badc0de',
  reused: 'beefbeef00001111222233334444aaaa',
};

/** The background's own extension API, inside functions run there by `inBackground`. */
declare const chrome: typeof import('webextension-polyfill');

const heldEventually = (browser: BrowserSession, count: number) =>
  eventually(`${count} held key(s)`, async () => {
    const held = await heldKeys(browser);
    return held.length >= count ? held : null;
  });

const lastReportedPage = async (browser: BrowserSession) => (await reportedPages(browser))[0] ?? null;

describeInBrowsers('capturing the Integration Key on PagerDuty', (scenario) => {
  const open = (url: string) => scenario().open(url);

  /**
   * Opens an ordinary console page after everything the test did, and waits until the extension
   * heard from it. Whatever an earlier page could have made the extension do (a report, a capture)
   * was sent before this page even opened, and the background handles updates in turn: so it has
   * landed by then. What is still missing then never happened.
   */
  async function untilALaterPageReported(): Promise<void> {
    await open('https://acme.pagerduty.com/incidents');
    await eventually("a later page's report", async () => (await reportedPages(scenario().browser)).some((p) => p.page === 'other'));
  }
  afterEach(() => {
    const output = scenario().browser.consoleOutput.join('\n');
    for (const key of Object.values(KEYS)) expect(output).not.toContain(key);
  });

  it('captures the Blackfire integration key from a labelled read-only input in the classic UI', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001');
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({
      id: 'us:acme/PCLASS1/blackfire-Shopping-Cart',
      key: KEYS.classic,
      serviceId: 'PCLASS1',
      serviceName: 'Shopping Cart',
      integrationName: 'blackfire-Shopping-Cart',
      subdomain: 'acme',
      region: 'us',
      source: 'captured',
    });
    expect(Date.now() - (held?.capturedAt ?? 0)).toBeLessThan(30_000);
    // A short confirmation on the page, and the badge.
    const notice = await page.waitForSelector('>>> [role="status"]::-p-text(is held)');
    expect(await notice?.evaluate((element) => element.textContent)).not.toContain(KEYS.classic);
    // One box over its lines of text, not a padded inline run broken at each line.
    expect(await notice?.evaluate((element) => element.getClientRects().length)).toBe(1);
    expect(await browser.inBackground(() => chrome.action.getBadgeText({}))).toBe('1');
    // Auto-captured: no button is needed next to this key.
    expect(await page.$('>>> ::-p-aria(Use for Blackfire)')).toBeNull();
  });

  it('captures on an EU account with region eu', async () => {
    const { browser } = scenario();
    await open('https://acme.eu.pagerduty.com/services/PCLASS1/integrations/PBF0001');
    const [held] = await heldEventually(browser, 1);
    expect(held).toMatchObject({ id: 'eu:acme/PCLASS1/blackfire-Shopping-Cart', key: KEYS.classic, region: 'eu', subdomain: 'acme' });
  });

  it('finds the key in a Service Directory page reached by history.pushState, rendered 500 ms later as <dd> text', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/service-directory');
    await eventually('the directory page to report', async () => (await lastReportedPage(browser))?.page === 'other');
    expect(await heldKeys(browser)).toEqual([]);

    await (await page.waitForSelector('a::-p-text(Checkout API)'))?.click();
    await page.waitForFunction(() => location.pathname === '/service-directory/PSPA001/integrations');
    const [held] = await heldEventually(browser, 1);
    expect(held).toMatchObject({
      id: 'us:acme/PSPA001/blackfire-Checkout-API',
      key: KEYS.serviceDirectory,
      serviceName: 'Checkout API',
      integrationName: 'blackfire-Checkout-API',
    });
    const status = await eventually('the page status to say a key was recognised', async () => {
      const reported = await lastReportedPage(browser);
      return reported?.recognised ? reported : null;
    });
    expect(status).toMatchObject({
      page: 'service-integrations',
      link: 'https://acme.pagerduty.com/service-directory/PSPA001/integrations',
    });
  });

  it('offers the conventional name on the add-integration form, and sets it only when the person clicks', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/service-directory');
    await (await page.waitForSelector('a::-p-text(Checkout API)'))?.click();
    await (await page.waitForSelector('a::-p-text(Add an integration)'))?.click();
    const suggestion = await page.waitForSelector('>>> ::-p-aria(Name it blackfire-Checkout-API)');
    expect(await page.$eval('#integration-name', (field) => (field as HTMLInputElement).value)).toBe('');
    await suggestion?.click();
    // The app's own state saw the input, as a framework would.
    await page.waitForFunction(() => (document.getElementById('app-state') as HTMLOutputElement).value === 'blackfire-Checkout-API');
    await page.waitForFunction(() => !document.querySelector('[data-blackfire-helper]'));
  });

  it('removes its in-page offers and reports an ordinary page when the person navigates away from the service', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/service-directory');
    await (await page.waitForSelector('a::-p-text(Checkout API)'))?.click();
    await (await page.waitForSelector('a::-p-text(Add an integration)'))?.click();
    await page.waitForSelector('>>> ::-p-aria(Name it blackfire-Checkout-API)');
    await (await page.waitForSelector('nav a::-p-text(Service Directory)'))?.click();
    await page.waitForFunction(() => location.pathname === '/service-directory' && !document.querySelector('[data-blackfire-helper]'));
    await eventually('the page status to follow', async () => (await lastReportedPage(browser))?.page === 'other');
  });

  it('captures a Blackfire card automatically but another integration only on a real click of its button', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PLIST01/integrations');
    const button = await page.waitForSelector('>>> ::-p-aria(Use for Blackfire)');
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({ key: KEYS.listBlackfire, integrationName: 'blackfire-Search', serviceName: 'Search' });

    await button?.click();
    const keys = await heldEventually(browser, 2);
    expect(keys.find((k) => k.key === KEYS.listDatadog)).toMatchObject({
      id: 'us:acme/PLIST01/Datadog',
      integrationName: 'Datadog',
      source: 'captured',
    });
    await page.waitForSelector('>>> ::-p-text(Held for Blackfire ✓)');
  });

  it('captures the key the element shows when the person clicks, after the app reused it for another integration', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PLIST01/integrations');
    const button = await page.waitForSelector('>>> ::-p-aria(Use for Blackfire)');
    await heldEventually(browser, 1);
    // The app shows another integration's key in the same box, as frameworks reuse elements.
    await page.$eval('input[aria-label="Integration Key"]', (input, key) => ((input as HTMLInputElement).value = key), KEYS.reused);
    await button?.click();
    const keys = await heldEventually(browser, 2);
    expect(keys.map((held) => held.key).sort()).toEqual([KEYS.listBlackfire, KEYS.reused].sort());
  });

  it('captures the key out of an Integration URL shown alone', async () => {
    const { browser } = scenario();
    await open('https://acme.pagerduty.com/services/PURL001/integrations/PBF0003');
    const [held] = await heldEventually(browser, 1);
    expect(held).toMatchObject({ key: KEYS.urlOnly, serviceName: 'Payments', integrationName: 'blackfire-Payments', region: 'us' });
  });

  it('does nothing on a lookalike host', async () => {
    const { browser } = scenario();
    const page = await open('https://pagerduty.com.evil.example/services/PCLASS1/integrations/PBF0001');
    await untilALaterPageReported();
    expect(await heldKeys(browser)).toEqual([]);
    expect(await page.$('[data-blackfire-helper]')).toBeNull();
  });

  it("holds nothing a page script sends by postMessage, DOM events or scripted clicks on the extension's button", async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PEVIL01/integrations');
    const button = await page.waitForSelector('>>> ::-p-aria(Use for Blackfire)');
    await page.waitForFunction(() => document.title === 'done', { timeout: 10_000 });
    await untilALaterPageReported();
    expect(await heldKeys(browser)).toEqual([]);
    expect(await button?.evaluate((element) => element.textContent)).toBe('Use for Blackfire');
  });
});
