/**
 * The browser session for Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
 *
 * Firefox differs from Chromium in ways this file absorbs:
 * - no host-resolver flag: the fixture hosts come through the CONNECT proxy set in prefs;
 * - `page.goto` never resolves for moz-extension:// URLs, BiDi's `browsingContext.navigate` does;
 * - BiDi cannot reach the background page (an event page in a hidden window), so `inBackground`
 *   runs in an extension page, which has the same privileges (storage.session, host permissions);
 * - stopping the background goes through Firefox's own `terminateBackground`, which needs
 *   `--remote-allow-system-access`; background console lines reach stdout through prefs.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtManifest } from './build-output';
import type { BrowserSession, LaunchOptions } from './browser-session';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
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
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => consoleOutput.push(message.text()));
    page.on('pageerror', (error) => consoleOutput.push(String(error)));
    return page;
  }

  async function openPopup(): Promise<Page> {
    const page = await newPage();
    await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(popupUrl, 'complete');
    return page;
  }

  /** Runs privileged code in the browser window's chrome context. */
  async function inChrome(expression: string): Promise<unknown> {
    const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const [window] = tree.contexts as { context: string }[];
    if (!window) throw new Error('No Firefox chrome window to run in');
    const { result } = await bidi.send('script.evaluate', {
      target: { context: window.context },
      expression,
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`Chrome-context evaluation failed: ${JSON.stringify(result)}`);
    return (result.result as { value?: unknown }).value;
  }

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
      const state = await inChrome(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
        await extension.terminateBackground({ disableResetIdleForTest: true });
        return extension.backgroundState;
      })()`);
      if (state !== 'stopped') throw new Error(`The background did not stop (state: ${String(state)})`);
    },
    close: () => browser.close(),
  };
}
