/**
 * The browser session for Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
 *
 * Firefox differs from Chromium in ways this file absorbs:
 * - no host-resolver flag: the fixture hosts come through the CONNECT proxy set in prefs;
 * - `page.goto` never resolves for moz-extension:// URLs, BiDi's `browsingContext.navigate` does;
 * - BiDi cannot reach the background page (an event page in a hidden window), so `inBackground`
 *   runs in an extension page, which has the same privileges (storage.session, host permissions);
 * - ESR 140 applies an extension page's CSP to code that automation evaluates there, which blocks
 *   `new Function`: puppeteer's `waitForFunction` and locators (which wait with it) fail in the
 *   popup, so scenarios wait there on selectors;
 * - stopping the background is a click on about:debugging's "Terminate background script", as a
 *   developer does it (BiDi may open about:debugging with `--remote-allow-system-access`), then
 *   Firefox's own record of the background's state must say it stopped; background console lines
 *   reach stdout through prefs.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtManifest } from './build-output';
import type { BrowserSession, LaunchOptions } from './browser-session';
import { eventually } from './eventually';

/** Where Firefox lists temporary add-ons, each with its background's state and a button to stop it. */
const ABOUT_DEBUGGING = 'about:debugging#/runtime/this-firefox';

// Run inside about:debugging (a privileged page); serialised, so they use nothing from this module.
/** Clicks "Terminate background script" on the add-on's card, once the page has rendered it. */
function clickTerminate(extensionId: string): Promise<void> {
  const card = () =>
    [...document.querySelectorAll('.qa-debug-target-item')].find((item) =>
      [...item.querySelectorAll('dd')].some((detail) => detail.textContent === extensionId),
    );
  return new Promise((resolve, reject) => {
    const click = () => {
      const button = card()?.querySelector<HTMLButtonElement>('.qa-temporary-extension-terminate-bgscript-button');
      if (!button) return false;
      observer.disconnect();
      button.click();
      resolve();
      return true;
    };
    const observer = new MutationObserver(click);
    if (!click()) observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => reject(new Error(`about:debugging shows no "Terminate background script" for ${extensionId}`)), 5_000);
  });
}
/** Firefox's own record of the add-on's background: "running", "suspending", "stopped"… */
function backgroundStateOf(extensionId: string): string {
  type Modules = { ExtensionParent: { GlobalManager: { getExtension(id: string): { backgroundState: string } } } };
  const { ChromeUtils } = globalThis as unknown as { ChromeUtils: { importESModule(url: string): Modules } };
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  return ExtensionParent.GlobalManager.getExtension(extensionId).backgroundState;
}

interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
}

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox ESR not found at ${path}. Install it with \`apt-get install -y firefox-esr\` ` +
        '(or set FIREFOX_PATH to a Firefox binary).',
    );
  }
  return path;
}

function geckoId(): string {
  const settings = builtManifest('firefox').browser_specific_settings as { gecko: { id: string } };
  return settings.gecko.id;
}

export async function launchFirefox({ proxyPort, extensionDir }: LaunchOptions): Promise<BrowserSession> {
  const extensionId = geckoId();
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // A fixed moz-extension:// origin, so the popup page can be opened by URL.
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
      // Every console line (pages, content scripts, the background) also goes to stdout.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });
  const consoleOutput: string[] = [];
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    stream?.on('data', (chunk: Buffer) => consoleOutput.push(chunk.toString('utf8')));
  }
  await browser.installExtension(extensionDir);
  const extensionBaseUrl = `moz-extension://${uuid}/`;
  const popupUrl = extensionBaseUrl + builtManifest('firefox').action.default_popup;

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => consoleOutput.push(message.text()));
    page.on('pageerror', (error) => consoleOutput.push(String(error)));
    return page;
  }

  /** A new tab at `url`, for the URLs `page.goto` cannot reach (moz-extension:, about:). */
  async function navigateNewPage(url: string): Promise<Page> {
    const page = await newPage();
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(url, 'complete');
    return page;
  }
  const openPopup = () => navigateNewPage(popupUrl);

  // Opened once up front, so later probes never move the focus between tabs mid-scenario.
  const extensionProbe = await openPopup();

  return {
    browserName: 'firefox',
    extensionBaseUrl,
    consoleOutput,
    async openPage(url) {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openPopup,
    async inBackground(fn, ...args) {
      return (await extensionProbe.evaluate(fn as never, ...(args as unknown as never[]))) as never;
    },
    async stopBackground() {
      const debugging = await navigateNewPage(ABOUT_DEBUGGING);
      try {
        await debugging.evaluate(clickTerminate, extensionId);
        // An evaluation still waiting in this page when the background stops fails ("Target
        // closed", on ESR 140 and 153 alike), so the state is asked for in short evaluations.
        await eventually('Firefox to record the background as stopped', async () =>
          (await debugging.evaluate(backgroundStateOf, extensionId)) === 'stopped',
        );
      } finally {
        await debugging.close();
      }
    },
    close: () => browser.close(),
  };
}
