/**
 * Issue 13, guidance in the page: on Blackfire's Notification Channels list and on a PagerDuty
 * service page without a key, a small hint names the control to use next and sits right next to
 * it, without covering it or moving the page's layout. It never clicks (each fixture logs or
 * shows its own clicks), and only a person's click on its × dismisses it.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { BrowserSession } from './harness/browser-session';
import { BLACKFIRE_SETTINGS, fixtureState } from './harness/console-pages';
import { eventually } from './harness/eventually';
import { reportedPages } from './harness/extension-state';
import { describeInBrowsers } from './harness/scenario';

const SYMFONY_LIST = 'https://blackfire.io/my/environments/shop-symfony/settings/notification-channels';
const HINT = '[data-blackfire-helper][data-kind="hint"]';
const DISMISS = '>>> ::-p-aria(Dismiss hint)';
const ADD_STEP = 'Next: click “Add Notification Channel”, then “Pager duty”.';
const TILE_STEP = 'Next: choose “Pager duty”.';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The hint's text and where it and the page's control named `control` are, once the hint shows:
 * `null` while there is no hint.
 */
const hintAndControl = (page: Page, control: string) =>
  page.evaluate(
    (selector, name) => {
      const note = document.querySelector(selector)?.shadowRoot?.querySelector('[role="note"]');
      const anchor = [...document.querySelectorAll('a, button')].find((element) => element.textContent?.trim() === name);
      const box = (element: Element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      };
      return note && anchor ? { text: note.firstChild?.textContent ?? '', note: box(note), anchor: box(anchor) } : null;
    },
    HINT,
    control,
  );

/** Right below or right above the control, overlapping it horizontally, never over it. */
const adjacent = (note: Box, anchor: Box) =>
  (note.top >= anchor.bottom && note.top - anchor.bottom <= 12) || (note.bottom <= anchor.top && anchor.top - note.bottom <= 12)
    ? note.left < anchor.right && note.right > anchor.left
    : false;

/**
 * Waits until the hint says `text` and sits next to the control named `control` (the text too:
 * the previous step's hint may happen to sit next to the new control while it moves).
 */
async function hintNextTo(page: Page, control: string, text: string): Promise<void> {
  await eventually(`the hint "${text}" next to ${control}`, async () => {
    const found = await hintAndControl(page, control);
    return found?.text === text && adjacent(found.note, found.anchor);
  });
}

const noHint = (page: Page) => page.waitForFunction((selector) => !document.querySelector(selector), {}, HINT);

/** The tab's latest report names `kind`: every scan before that one has run. */
const reportedEventually = (browser: BrowserSession, kind: string) =>
  eventually(`a report of a ${kind} page`, async () => (await reportedPages(browser))[0]?.page === kind);

const isHidden = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).hidden);

describeInBrowsers('next-step hints in the consoles', (scenario) => {
  const open = (url: string) => scenario().open(url);

  it('Blackfire: beside "Add Notification Channel", then the "Pager duty" tile, gone once the form is open; it never clicks', async () => {
    const page = await open(SYMFONY_LIST);
    await hintNextTo(page, 'Add Notification Channel', ADD_STEP);
    // Out of the page's flow: the table keeps its cells, the page shows no click of ours.
    expect(await page.$eval(HINT, (host) => host.parentElement?.tagName)).toBe('BODY');
    expect(await page.$$eval('#channels tr', (rows) => rows.map((row) => row.children.length))).toEqual([3, 3]);
    expect(await isHidden(page, '#tiles')).toBe(true);

    await page.click('#add-channel');
    await hintNextTo(page, 'Pager duty', TILE_STEP);
    expect(await isHidden(page, '#pagerduty-modal')).toBe(true);

    await page.click('#tile-pagerduty');
    await noHint(page);
    expect(await fixtureState(page)).toEqual({ submits: 0, addEnabled: false });
  });

  it('Blackfire in React: none on the settings page, then the same steps on the list the app navigates to', async () => {
    const { browser } = scenario();
    const page = await open(BLACKFIRE_SETTINGS);
    await reportedEventually(browser, 'other');
    expect(await page.$(HINT)).toBeNull();

    await page.locator('::-p-aria(Notification Channels)').click();
    await hintNextTo(page, 'Add Notification Channel', ADD_STEP);
    await page.locator('::-p-aria(Add Notification Channel)').click();
    await hintNextTo(page, 'Pager duty', TILE_STEP);
    await page.locator('::-p-aria(Pager duty)').click();
    await page.waitForSelector('#integration-key');
    await noHint(page);
    expect(await fixtureState(page)).toEqual({ name: '', key: '', search: '', submits: 0 });
  });

  it("Blackfire: a page script's click on × does nothing; the person's hides hints for the rest of the page's life", async () => {
    const { browser } = scenario();
    const page = await open(SYMFONY_LIST);
    await hintNextTo(page, 'Add Notification Channel', ADD_STEP);
    // A trusted click would remove the hint at once, within the click itself.
    await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('button')?.click(), HINT);
    expect(await page.$(HINT)).not.toBeNull();

    await page.locator(DISMISS).click();
    await noHint(page);
    // Through the form and back to the list: every scan since ran without showing a hint.
    await page.click('#add-channel');
    await page.click('#tile-pagerduty');
    await reportedEventually(browser, 'channel-form');
    await page.click('#close');
    await reportedEventually(browser, 'channel-list');
    expect(await page.$(HINT)).toBeNull();
  });

  it('PagerDuty: beside the Integrations tab, then "New Integration", without moving the tabs or clicking them', async () => {
    const page = await open('https://acme.pagerduty.com/services/PNEW001');
    await hintNextTo(page, 'Integrations', 'Next: open “Integrations”, then add a Blackfire.io integration.');
    const tabs = () => page.$$eval('.nav-tabs a', (links) => links.map((link) => JSON.stringify(link.getBoundingClientRect())));
    const tabsWithHint = await tabs();
    expect(await fixtureState(page)).toEqual({ clicks: [] });

    await page.click('.nav-tabs a[href$="/integrations"]');
    await hintNextTo(page, 'New Integration', 'Next: click “New Integration” and choose Blackfire.io.');
    expect(await tabs()).toEqual(tabsWithHint);

    await page.click('#new-integration');
    await page.waitForSelector('#integration-name');
    await noHint(page);
    expect(await fixtureState(page)).toEqual({ clicks: ['Integrations', 'New Integration'] });
  });

  it('PagerDuty: no hint off service pages, and none once a service page shows a key', async () => {
    const { browser } = scenario();
    const incidents = await open('https://acme.pagerduty.com/incidents');
    await reportedEventually(browser, 'other');
    expect(await incidents.$(HINT)).toBeNull();

    // The app shows the service's integrations, keys included, on its overview too.
    const service = await open('https://acme.pagerduty.com/service-directory/PSPA001');
    await eventually('the key reported', async () => (await reportedPages(browser)).some((p) => p.page === 'service' && p.recognised));
    expect(await service.$(HINT)).toBeNull();
  });
});
