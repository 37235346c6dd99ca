/** Ways through the fixture consoles that several scenarios take, as a person would click. */
import type { Page } from 'puppeteer-core';

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
