/**
 * Issue 13, recognition: each layout generation of the consoles as public screenshots show them,
 * in plain DOM and in React. PagerDuty's accordion rows (2022 on) that put the key in the page
 * only when expanded, its classic tables (before 2022, and 2020), and Blackfire's server-rendered
 * modal whose own listeners enable "Add". Our elements never break the page's structure.
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, expect, it } from 'vitest';
import type { BrowserSession } from './harness/browser-session';
import { fixtureState, inputValue } from './harness/console-pages';
import { eventually } from './harness/eventually';
import { heldKeys, reportedPages, seedKeys, testKey, vaultOf } from './harness/extension-state';
import { describeInBrowsers } from './harness/scenario';

/** The keys the fixture pages show. */
const KEYS = {
  directoryDatadog: '36eb4fafa962b8b15ab4bfc6d7d50711',
  directoryBlackfire: '500a6a8841cbf8e3c921e4d7c0c55b2f',
  reactDatadog: '3fb45ae4ce394dd626f455f583574f2f',
  reactBlackfire: 'aad223fe064e67dfd7b4ab7704100d77',
  tableNewRelic: '7b58180cdacdc49f6085949484bf627c',
  tableEmail: '2c62fedaaae643930cee99cf9d92946e',
  tableBlackfire: 'd343f3dca1f173d0ce835624ef434362',
  table2020Datadog: '473b853f6cdb5b76f9c52982d129d83f',
  table2020Blackfire: '5d1f0e3a9c7b4d2e8f6a1c3b5e7d9f0a',
};
const USE_FOR_BLACKFIRE = '>>> ::-p-aria(Use for Blackfire)';

/** The background's own extension API, inside functions run there by `inBackground`. */
declare const chrome: typeof import('webextension-polyfill');

/**
 * The page's report after a pass that saw keys (or none): sent after any capture of that pass,
 * and recorded in the background's one storage queue behind it, so the vault is final by then.
 */
const reportedEventually = (browser: BrowserSession, recognised: boolean) =>
  eventually(`a report that keys are ${recognised ? '' : 'not '}shown`, async () =>
    (await reportedPages(browser)).some((page) => page.page === 'service-integrations' && page.recognised === recognised),
  );

const heldEventually = (browser: BrowserSession, count: number) =>
  eventually(`${count} held key(s)`, async () => {
    const held = await heldKeys(browser);
    return held.length >= count ? held : null;
  });

/**
 * Where each of our inline elements sits: its parent's tag and layout. None may be a child of a
 * table row or section, a list, or a row-direction flex or grid container.
 */
const ourPlacements = (page: Page) =>
  page.$$eval('[data-blackfire-helper]:not([data-kind="notice"])', (hosts) =>
    hosts.map((host) => {
      const parent = host.parentElement as Element;
      const { display, flexDirection } = getComputedStyle(parent);
      return { parent: parent.tagName.toLowerCase(), layout: /grid/.test(display) ? 'grid' : /flex/.test(display) ? `flex ${flexDirection}` : display };
    }),
  );
function expectStructureKept(placements: { parent: string; layout: string }[]) {
  for (const placement of placements) {
    expect(placement.parent).not.toMatch(/^(tr|tbody|thead|table|ul|ol|dl)$/);
    expect(placement.layout).not.toMatch(/^(grid|flex row)/);
  }
}
/** How many cells each body row of the page's table has. */
const cellCounts = (page: Page) => page.$$eval('tbody tr', (rows) => rows.map((row) => row.children.length));

describeInBrowsers('recognising every layout generation of the consoles', (scenario) => {
  const open = (url: string) => scenario().open(url);

  beforeEach(async () => {
    await scenario().browser.inBackground(() => chrome.storage.session.remove('vault'));
  });

  it('PagerDuty since 2022: captures nothing before a row is expanded, offers a button for Datadog and captures Blackfire on expand', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/service-directory/PSD2022/integrations');
    await page.waitForSelector('::-p-aria(Expand Datadog)');
    await reportedEventually(browser, false);
    expect(await heldKeys(browser)).toEqual([]);

    await page.locator('::-p-aria(Expand Datadog)').click();
    await page.waitForSelector(USE_FOR_BLACKFIRE);
    await reportedEventually(browser, true);
    expect(await heldKeys(browser)).toEqual([]);

    await page.locator('::-p-aria(Expand blackfire-Checkout-API)').click();
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({
      id: 'us:acme/PSD2022/blackfire-Checkout-API',
      key: KEYS.directoryBlackfire,
      serviceName: 'Checkout API',
      integrationName: 'blackfire-Checkout-API',
    });
    // Both rows open: still one button, for Datadog's key, which captures Datadog's own key and name.
    expect(await page.$$(USE_FOR_BLACKFIRE)).toHaveLength(1);
    await page.locator(USE_FOR_BLACKFIRE).click();
    const keys = await heldEventually(browser, 2);
    expect(keys.find((k) => k.key === KEYS.directoryDatadog)).toMatchObject({ integrationName: 'Datadog' });
    expectStructureKept(await ourPlacements(page));
  });

  it('PagerDuty since 2022 in React: ties each key to its own row when both rows are expanded, by the row logo when the name does not say Blackfire', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/service-directory/PSDREACT/integrations');
    await page.locator('::-p-aria(Expand Checkout performance)').click();
    await page.locator('::-p-aria(Expand Datadog)').click();
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({ key: KEYS.reactBlackfire, serviceName: 'Search API', integrationName: 'Checkout performance' });
    await page.locator(USE_FOR_BLACKFIRE).click();
    const keys = await heldEventually(browser, 2);
    expect(keys.find((k) => k.key === KEYS.reactDatadog)).toMatchObject({ integrationName: 'Datadog' });
    expectStructureKept(await ourPlacements(page));
  });

  it('PagerDuty before 2022: captures the Blackfire row of a Name | Integration Key | Type table under its own name, and keeps every row three cells wide', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PTABLE1/integrations');
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({ id: 'us:acme/PTABLE1/blackfire-Billing', key: KEYS.tableBlackfire, serviceName: 'Billing' });
    await eventually('a button for each other row', async () => (await page.$$(USE_FOR_BLACKFIRE)).length === 2);
    expect(await cellCounts(page)).toEqual([3, 3, 3]);
    expectStructureKept(await ourPlacements(page));

    await (await page.$$(USE_FOR_BLACKFIRE))[1]?.click();
    const keys = await heldEventually(browser, 2);
    expect(keys.find((k) => k.key === KEYS.tableEmail)).toMatchObject({ integrationName: 'Email alerts' });
    expect(keys.some((k) => k.key === KEYS.tableNewRelic)).toBe(false);
  });

  it('PagerDuty in 2020: captures the row whose Type logo says Blackfire.io, keys shown with a clipboard button', async () => {
    const { browser } = scenario();
    const page = await open('https://acme.pagerduty.com/services/PTABLE2/integrations');
    const [held, ...more] = await heldEventually(browser, 1);
    expect(more).toEqual([]);
    expect(held).toMatchObject({ key: KEYS.table2020Blackfire, serviceName: 'Inventory', integrationName: 'Performance alerts' });
    await page.waitForSelector(USE_FOR_BLACKFIRE);
    expect(await page.$$(USE_FOR_BLACKFIRE)).toHaveLength(1);
    expect(await cellCounts(page)).toEqual([3, 3]);
    expectStructureKept(await ourPlacements(page));
    await page.locator(USE_FOR_BLACKFIRE).click();
    const keys = await heldEventually(browser, 2);
    expect(keys.find((k) => k.key === KEYS.table2020Datadog)).toMatchObject({ integrationName: 'Datadog' });
  });

  it("Blackfire's server-rendered modal: Fill makes the page's own Add button enabled, and nothing is submitted", async () => {
    const { browser } = scenario();
    const held = testKey();
    await seedKeys(browser, [held]);
    const page = await open('https://blackfire.io/my/environments/shop-symfony/settings/notification-channels');
    await page.locator('::-p-aria(Add Notification Channel)').click();
    await page.locator('::-p-aria(Pager duty)').click();
    const button = await page.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)');
    expect(await page.$eval('#add', (add) => (add as HTMLButtonElement).disabled)).toBe(true);
    expectStructureKept(await ourPlacements(page));

    await button?.click();
    await eventually('the key in the field', async () => (await inputValue(page, '#notification_channel_integrationKey')) === held.key);
    expect(await inputValue(page, '#notification_channel_name')).toBe('PagerDuty – Shopping Cart');
    expect(await fixtureState(page)).toEqual({ submits: 0, addEnabled: true });
    expect(await page.$eval('#add', (add) => (add as HTMLButtonElement).disabled)).toBe(false);
    expect(await page.$eval('#notification_channel_enabled', (box) => (box as HTMLInputElement).checked)).toBe(true);
  });

  it('says the channel is filled but not saved until Blackfire lists it, then that it is saved', async () => {
    const { browser, openPopup } = scenario();
    const held = testKey();
    await seedKeys(browser, [held]);
    const page = await open('https://blackfire.io/my/environments/shop-symfony/settings/notification-channels');
    await page.locator('::-p-aria(Add Notification Channel)').click();
    await page.locator('::-p-aria(Pager duty)').click();
    await (await page.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)'))?.click();
    await eventually('the fill recorded', async () => (await vaultOf(browser))?.lastFill?.ok);
    const popup = await openPopup();
    const channelStep = () => popup.$eval('ol[aria-label="Setup steps"] li:nth-child(2)', (step) => step.textContent ?? '');
    await eventually('the step saying filled, not saved', async () => /filled, not saved yet/.test(await channelStep()));
    expect(await vaultOf(browser)).toMatchObject({ lastFill: { channelName: 'PagerDuty – Shopping Cart', environment: 'shop-symfony', saved: false } });

    await page.bringToFront(); // Chromium keeps no fresh accessibility tree for background tabs
    await page.click('#add'); // the person saves
    await eventually('the step done once the list shows the channel', async () => /\(done\)/.test(await channelStep()));
    expect((await vaultOf(browser))?.lastFill?.saved).toBe(true);
  });
});
