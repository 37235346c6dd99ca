/** Ways through the fixture consoles that several scenarios take, as a person would click. */
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from './browser-session';
import { eventually } from './eventually';
import { ask } from './extension-state';

/** The React settings app of the Blackfire fixture (controlled inputs). */
export const BLACKFIRE_SETTINGS = 'https://app.blackfire.io/my/environments/shop-prod/settings';

/**
 * Settings → Notification Channels (SPA navigation) → Add Notification Channel → Pager duty, in a
 * tab that `open` opens (a scenario's, so that it closes after the test).
 */
export async function openReactChannelForm(open: (url: string) => Promise<Page>): Promise<Page> {
  const page = await open(BLACKFIRE_SETTINGS);
  await page.locator('::-p-aria(Notification Channels)').click();
  await page.waitForFunction(() => location.pathname.endsWith('/notification-channels'));
  await page.locator('::-p-aria(Add Notification Channel)').click();
  await page.locator('::-p-aria(Pager duty)').click();
  return page;
}

/** What the fixture page's own code (React state, or the plain page's event log) holds. */
export async function fixtureState<T = Record<string, unknown>>(page: Page): Promise<T> {
  return JSON.parse(await page.$eval('[data-testid="state"]', (pre) => pre.textContent ?? '')) as T;
}

/** An input's current value (a property, so not in the page's serialised HTML). */
export const inputValue = (page: Page, selector: string) =>
  page.$eval(selector, (input) => (input as HTMLInputElement).value);

/** An element's box in the viewport (`getBoundingClientRect`), found by any Puppeteer selector (`>>>` reaches into our shadow roots). */
export const boxOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const { left, right, top, bottom } = element.getBoundingClientRect();
    return { left, right, top, bottom };
  });

/** The outline pick mode draws over what the pointer is on, as the page's layout places it, or null while none shows. */
export const pickOutline = (page: Page) =>
  page.evaluate(() => {
    const outline = [...(document.querySelector('[data-blackfire-helper]')?.shadowRoot?.querySelectorAll('span') ?? [])].find(
      (span) => span.style.position === 'fixed',
    );
    if (!outline || outline.hidden) return null;
    const { left, top, right, bottom } = outline.getBoundingClientRect();
    return { left, top, right, bottom };
  });

/** Pick mode's notice on the page, there while pick mode lasts. */
export const PICK_NOTICE = '>>> [role="status"]::-p-text(Esc to cancel)';

/**
 * Starts pick mode in `page`'s tab as the person does: the toolbar popup's Pick button (`label`)
 * over it. Where automation cannot reach that popup (Firefox), the popup page opened as a tab
 * (by `openPopup`) sends the same message, naming the tab.
 */
export async function pickFromPopup(
  { browser, openPopup }: { browser: BrowserSession; openPopup(): Promise<Page> },
  page: Page,
  tabId: number,
  label: string,
): Promise<void> {
  if (browser.openToolbarPopup) {
    const popup = await browser.openToolbarPopup(page);
    try {
      await (await popup.waitForSelector(`::-p-aria([name="${label}"][role="button"])`))?.click();
      // It closes itself, out of the way of the page.
      await eventually('the toolbar popup to close', () => popup.isClosed());
    } finally {
      if (!popup.isClosed()) await popup.close();
    }
  } else {
    const answer = await ask(await openPopup(), { type: 'popup/start-pick', activeTabId: tabId });
    if (!answer.ok) throw new Error(`The popup could not start pick mode: ${JSON.stringify(answer)}`);
  }
  await page.bringToFront();
  await page.waitForSelector(PICK_NOTICE);
}
