/**
 * Keeps the background running through a long task. Browsers stop an idle background after
 * about 30 s (Chrome's service worker, Firefox's event page), and a test alert followed through
 * the REST API waits up to 40 s with no event arriving. A cheap extension API call every 10 s is
 * activity to both: Chrome resets the worker's idle timer on extension API calls, Firefox resets
 * the event page's on calls into its parent process.
 */
import browser from 'webextension-polyfill';

export const KEEP_ALIVE_MS = 10_000;

export async function keptAlive<T>(task: () => Promise<T>, ping: () => Promise<unknown> = () => browser.runtime.getPlatformInfo()): Promise<T> {
  const timer = setInterval(() => void ping().catch(() => undefined), KEEP_ALIVE_MS);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
