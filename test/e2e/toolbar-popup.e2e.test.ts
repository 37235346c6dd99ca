/**
 * The toolbar popup itself (not the popup page opened as a tab), over the page the person is on:
 * it learns the active tab and says what the content script recognised there. Never a dead end.
 */
import { expect, it } from 'vitest';
import { reportedPages } from './harness/extension-state';
import { eventually } from './harness/eventually';
import { describeInBrowsers } from './harness/scenario';

const UNREACHABLE = "Firefox draws the toolbar popup in its own chrome, out of WebDriver BiDi's reach; PopupView.test.tsx covers these hints.";

describeInBrowsers('the toolbar popup over a console page', (scenario) => {
  /** The toolbar popup over `url` once its content script has reported, or null where unreachable. */
  async function toolbarPopupOver(url: string, console: string) {
    const { browser, open } = scenario();
    if (!browser.openToolbarPopup) return null;
    const page = await open(url);
    await eventually(`the ${console} page's report`, async () => (await reportedPages(browser))[0]?.console === console);
    const popup = await browser.openToolbarPopup(page);
    await popup.waitForSelector('h1');
    return popup;
  }

  it.for([
    ['a PagerDuty page that is not a service', 'https://acme.pagerduty.com/incidents', 'pagerduty', 'This PagerDuty page is not a service.'],
    ['a Blackfire page without the channel form', 'https://app.blackfire.io/my/environments', 'blackfire', 'No PagerDuty channel form was recognised on this Blackfire page.'],
  ] as const)("on %s, says what to do and links Blackfire's guide", async ([, url, console, hint], context) => {
    const popup = await toolbarPopupOver(url, console);
    if (!popup) return context.skip(UNREACHABLE);
    try {
      const shown = await popup.waitForSelector(`p.hint::-p-text(${hint})`);
      expect(await shown?.$eval('a', (link) => link.textContent)).toBe("Blackfire's guide");
    } finally {
      await popup.close();
    }
  });

  it('over the service page whose key it just captured, shows the key and no hint', async (context) => {
    const popup = await toolbarPopupOver('https://acme.pagerduty.com/services/PCLASS1/integrations/PBF0001', 'pagerduty');
    if (!popup) return context.skip(UNREACHABLE);
    try {
      await popup.waitForSelector('[aria-label="Integration Key ending in 1c8e"]');
      expect(await popup.$('p.hint')).toBeNull();
    } finally {
      await popup.close();
    }
  });

  it('over a console tab that never reported (open before the install), says to reload it, and reloads it', async (context) => {
    const { browser } = scenario();
    if (!browser.openToolbarPopup) return context.skip(UNREACHABLE);
    const page = await scenario().open('https://app.blackfire.io/my/environments');
    await eventually("the page's report", async () => (await reportedPages(browser)).length === 1);
    // As after an install or update: the tab is open, but no content script ever reported it.
    await browser.inBackground(() => (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.session.remove('pages'));
    const popup = await browser.openToolbarPopup(page);
    try {
      await popup.waitForSelector('p.hint::-p-text(This Blackfire tab was open before the extension was installed or updated)');
      await (await popup.waitForSelector('::-p-aria([name="Reload this tab"][role="button"])'))?.click();
      await eventually('the reloaded page to report', async () => (await reportedPages(browser)).length === 1);
    } finally {
      await popup.close();
    }
  });
});
