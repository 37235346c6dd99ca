/**
 * Wake-ups of the extension's service worker caused by tabs that are not console tabs. The worker
 * is stopped as Chrome stops an idle one, then tabs on another site open, navigate and close: a
 * listener such as `tabs.onRemoved` would start the worker for each of them. Budget: none.
 */
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../test/e2e/harness/chromium';
import { eventually } from '../../test/e2e/harness/eventually';

/** Another site: any page that is not a console's. */
const otherSite = (tab: number, step: string) => `data:text/html,<title>Other site</title><p>tab ${tab}, ${step}</p>`;

/** How long a stopped worker must stay stopped, with nothing happening, before the count starts. */
const QUIET_MS = 1_500;

/**
 * Stops the worker, and again if the browser starts it again by itself while nothing happens (it
 * sometimes restarts a worker stopped over CDP soon after its install): such a start is not one
 * that a tab caused.
 */
async function stopForGood(browser: Browser, isOurWorker: (target: Target) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const worker = await (await browser.waitForTarget(isOurWorker)).worker();
    // Stopped only once it has started for good: a worker closed while it installs is started again.
    await eventually('the service worker to start', () => worker?.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object'));
    await worker?.close();
    await eventually('the service worker to stop', () => !browser.targets().some(isOurWorker), 20_000);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    if (!browser.targets().some(isOurWorker)) return;
  }
  throw new Error('The service worker kept starting again with nothing happening.');
}

export async function workerStartsForOtherTabs(proxyPort: number, extensionDir: string, tabs: number): Promise<number> {
  const browser = await puppeteer.launch({ ...chromiumLaunchOptions(proxyPort), enableExtensions: true });
  try {
    const id = await browser.installExtension(extensionDir);
    const isOurWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${id}/`);
    await stopForGood(browser, isOurWorker);
    let starts = 0;
    browser.on('targetcreated', (target: Target) => void (isOurWorker(target) && starts++));
    for (let index = 0; index < tabs; index += 1) {
      const page = await browser.newPage();
      await page.goto(otherSite(index, 'first page'), { waitUntil: 'load' });
      await page.goto(otherSite(index, 'next page'), { waitUntil: 'load' });
      await page.close();
    }
    // A start caused by the last close would show within this time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return starts;
  } finally {
    await browser.close();
  }
}
