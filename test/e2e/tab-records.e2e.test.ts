/**
 * The background's record of each console tab holds only while its page does: a page that goes
 * away says goodbye, and a tab that went elsewhere is neither offered nor sent a key.
 */
import { expect, it } from 'vitest';
import { ask, reportedPages, seedKeys, testKey } from './harness/extension-state';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

const PLAIN_BLACKFIRE_FORM = 'https://blackfire.io/my/environments/shop/settings/notification-channels/new-pagerduty';
const NOT_A_CONSOLE = 'https://blackfire.io.example.net/my/environments/shop/settings/notification-channels/new-pagerduty';

describeInBrowsers('tab records', (scenario) => {
  it('forgets a Blackfire form whose tab left for another site: no Fill target, no key sent there', async () => {
    const { browser, open, openPopup } = scenario();
    const held = testKey();
    await seedKeys(browser, [held]);
    const page = await open(PLAIN_BLACKFIRE_FORM);
    await eventually('the form reported', async () => (await reportedPages(browser))[0]?.page === 'channel-form');
    const popup = await openPopup();
    expect(await ask(popup, { type: 'popup/get-state' })).toMatchObject({ formAvailable: true });

    await page.goto(NOT_A_CONSOLE);
    // The old page's goodbye removes its record before anyone asks.
    await eventually("the page's goodbye", async () => (await reportedPages(browser)).length === 0);
    expect(await ask(popup, { type: 'popup/get-state' })).toMatchObject({ formAvailable: false });
    expect(await ask(popup, { type: 'popup/fill', id: held.id })).toMatchObject({ ok: false, message: expect.stringMatching(/No Blackfire PagerDuty channel form is open/) });
    expect(scenario().world.pageRequests.some((request) => JSON.stringify(request).includes(held.key))).toBe(false);
  });

  it('drops the record of a tab that went elsewhere without a goodbye, when it is next read', async () => {
    const { browser, open, openPopup } = scenario();
    const page = await open(PLAIN_BLACKFIRE_FORM);
    await eventually('the form reported', async () => (await reportedPages(browser))[0]?.page === 'channel-form');
    const [record] = await reportedPages(browser);
    // A goodbye can be lost (a crashed renderer, a killed worker): navigate, then put the old record back.
    await page.goto(NOT_A_CONSOLE);
    await eventually("the page's goodbye", async () => (await reportedPages(browser)).length === 0);
    await browser.inBackground(async (stale) => {
      const chrome = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      await chrome.storage.session.set({ pages: { [stale.tabId]: stale } });
    }, record!);
    const popup = await openPopup();
    expect(await ask(popup, { type: 'popup/get-state' })).toMatchObject({ formAvailable: false });
    expect(await reportedPages(browser)).toEqual([]);
  });
});
