/**
 * The popup's figures: how soon it is usable after navigation, whether anything moves after its
 * first paint, and how long its Fill takes to reach the page's framework (the React fixture's state).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { setFieldValue } from '../../src/content/page-ui';
import type { BrowserSession } from '../../test/e2e/harness/browser-session';
import { launchChromium } from '../../test/e2e/harness/chromium';
import { seedKeys, testKey } from '../../test/e2e/harness/extension-state';
import { median } from './figures';

/**
 * Installed before the popup's own scripts: notes `performance.now()` (ms since the navigation
 * started) when the first control a person can use (a link, an enabled button or field) exists,
 * and adds up the layout shifts Chromium reports after the first paint (its `layout-shift`
 * entries, which leave out shifts right after input). (Functions run in a page declare no named
 * inner functions: tsx's keepNames would wrap them in a `__name` helper that exists only in Node.)
 */
function notePopupLoad(): void {
  const noted = globalThis as unknown as { firstControlAt?: number; layoutShift: number };
  noted.layoutShift = 0;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('main :is(a[href], button:enabled, input:enabled)')) return;
    noted.firstControlAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) noted.layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** How long after its first control appears the popup is watched for layout shifts. */
const SHIFT_WINDOW_MS = 500;

export interface PopupLoad {
  /** Median ms from navigation to the first control. */
  readyMs: number;
  /** The largest sum of layout shifts of one load. */
  layoutShift: number;
}

/** `runs` navigations of the popup page, opened as a tab. */
export async function popupLoad(browser: BrowserSession, runs: number): Promise<PopupLoad> {
  const popup = await browser.openPopup();
  await popup.evaluateOnNewDocument(notePopupLoad);
  const ready: number[] = [];
  let layoutShift = 0;
  for (let run = 0; run < runs; run++) {
    await popup.reload({ waitUntil: 'load' });
    const readyAt = await popup.waitForFunction(() => (globalThis as { firstControlAt?: number }).firstControlAt);
    ready.push((await readyAt.jsonValue()) as number);
    await sleep(SHIFT_WINDOW_MS);
    layoutShift = Math.max(layoutShift, await popup.evaluate(() => (globalThis as unknown as { layoutShift: number }).layoutShift));
  }
  await popup.close();
  return { readyMs: median(ready), layoutShift };
}

/** A page whose one module script draws a button and notes when it ran: nothing of ours but the extension page itself. */
const FLOOR_PAGE = '<!doctype html><meta charset="utf-8"><script type="module" src="floor.js"></script><main id="app"></main>';
const FLOOR_SCRIPT = "document.getElementById('app').append(document.createElement('button'));globalThis.ranAt=performance.now();";

/**
 * This machine's floor for any extension page that runs a script: the median ms from navigation
 * to a one-line module script having drawn a button. Measured on a copy of the build with that
 * page added (the shipped build has no such page).
 */
export async function scriptFloorMs(proxyPort: number, build: string, runs: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await cp(build, dir, { recursive: true });
  await Promise.all([writeFile(join(dir, 'floor.html'), FLOOR_PAGE), writeFile(join(dir, 'floor.js'), FLOOR_SCRIPT)]);
  const browser = await launchChromium({ proxyPort, extensionDir: dir });
  try {
    const page = await browser.openPopup();
    const ran: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${browser.extensionBaseUrl}floor.html`, { waitUntil: 'load' });
      ran.push(await page.evaluate(() => (globalThis as unknown as { ranAt: number }).ranAt));
    }
    return median(ran);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const CHANNELS = 'https://app.blackfire.io/my/environments/shop-prod/settings/notification-channels';
const KEY_FIELD = 'input#integration-key';

/** The React fixture's PagerDuty modal, detected by the content script. */
async function openReactChannelForm(browser: BrowserSession): Promise<Page> {
  const page = await browser.openPage(CHANNELS);
  await page.locator('::-p-aria(Add Notification Channel)').click();
  await page.locator('::-p-aria(Pager duty)').click();
  await page.waitForSelector('>>> ::-p-aria(Fill PagerDuty key)');
  return page;
}

/** Empties the key field the way typing does, so the next fill is a change React sees. */
const clearKeyField = (page: Page): Promise<void> => page.$eval(KEY_FIELD, setFieldValue, '');

/** Starts watching the fixture's rendered React state; its promise resolves with the wall-clock ms the key got there. */
function watchStateForKey(page: Page, key: string): Promise<void> {
  return page.evaluate((expected) => {
    const state = document.querySelector('[data-testid="state"]') as HTMLElement;
    (globalThis as unknown as { keyInStateAt: Promise<number> }).keyInStateAt = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if ((JSON.parse(state.textContent ?? '{}') as { key?: string }).key !== expected) return;
        resolve(performance.timeOrigin + performance.now());
        observer.disconnect();
      });
      observer.observe(state, { childList: true, subtree: true, characterData: true });
    });
  }, key);
}

/**
 * The median over `runs` of: the popup page sends `popup/fill` (as its Fill button does) → the
 * key is in the React fixture's state. Both ends read the same wall clock (`timeOrigin + now`).
 */
export async function medianPopupFillMs(browser: BrowserSession, runs: number): Promise<number> {
  const held = testKey();
  await seedKeys(browser, [held]);
  const page = await openReactChannelForm(browser);
  const popup = await browser.openPopup();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await clearKeyField(page);
    await watchStateForKey(page, held.key);
    const sentAt = await popup.evaluate(async (request) => {
      const sentAt = performance.timeOrigin + performance.now();
      await (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.sendMessage(request);
      return sentAt;
    }, { type: 'popup/fill', id: held.id });
    const inStateAt = await page.evaluate(() => (globalThis as unknown as { keyInStateAt: Promise<number> }).keyInStateAt);
    times.push(inStateAt - sentAt);
  }
  await Promise.all([page.close(), popup.close()]);
  return median(times);
}
