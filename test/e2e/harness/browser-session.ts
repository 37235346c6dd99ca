/**
 * The browser-session layer: what an end-to-end scenario needs from a browser with the built
 * extension loaded, independent of which browser it is. Scenarios talk to this interface only.
 */
import type { Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface BrowserSession {
  readonly browserName: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBaseUrl: string;
  /** Every console line from pages (content scripts included), the popup and the background. */
  readonly consoleOutput: string[];
  /** Opens a URL in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Opens the popup page as an ordinary tab. */
  openPopup(): Promise<Page>;
  /** Runs a function in the extension's background context and returns its (JSON) result. */
  inBackground<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /**
   * Runs a function in our content script's own world on `page`'s top frame, with that world's
   * extension API: messages sent from there reach the background exactly as the content script's
   * do. Absent where automation cannot enter that world (Firefox keeps extension sandboxes out of
   * WebDriver BiDi's reach).
   */
  readonly inContentScript?: <R, A extends unknown[]>(page: Page, fn: (...args: A) => R | Promise<R>, ...args: A) => Promise<Awaited<R>>;
  /**
   * Brings `over` to the front and opens the toolbar popup itself over it, as a click on the
   * extension's button does (granting activeTab); its page reads which tab is active. Absent where
   * automation cannot see that popup (Firefox draws it in its own chrome, outside WebDriver BiDi's
   * browsing contexts).
   */
  readonly openToolbarPopup?: (over: Page) => Promise<Page>;
  /** Stops the background the way the browser does when it is idle. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the fixture world's CONNECT proxy. */
  proxyPort: number;
  /** Folder of the unpacked build to load. */
  extensionDir: string;
  /** A visible window (the demo); tests run headless. */
  headed?: boolean;
}
