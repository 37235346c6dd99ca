/** The browser session for Debian's Chromium, driven over CDP by puppeteer-core. */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type CDPSession, type LaunchOptions, type Page, type WebWorker } from 'puppeteer-core';
import { builtManifest } from './build-output';
import type { BrowserSession, LaunchOptions as SessionOptions } from './browser-session';
import { eventually } from './eventually';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return path;
}

function collectConsole(page: Page, output: string[]) {
  page.on('console', (message) => output.push(message.text()));
  page.on('pageerror', (error) => output.push(String(error)));
}

/**
 * A (re)started service worker is reachable over CDP a moment before Chrome installs the
 * extension APIs into it: until then `chrome` is undefined there.
 */
async function extensionApiReady(worker: WebWorker): Promise<void> {
  const ready = () => worker.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object');
  await eventually('the service worker to get the extension APIs', ready);
}

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

/**
 * The id of the isolated world Chrome made for our content script in the page's top frame: an
 * execution context whose origin is the extension's. (Not `Page.createIsolatedWorld`, which
 * makes a new world without the extension API.)
 */
async function contentScriptContext(session: CDPSession, extensionOrigin: string): Promise<number> {
  const { frameTree } = await session.send('Page.getFrameTree');
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
  await session.send('Runtime.enable'); // reports every existing context first
  const ours = await eventually("our content script's world in this page", () =>
    contexts.find((c) => c.origin === extensionOrigin && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id),
  );
  return ours.id;
}

/** How the harness starts Chromium: headless unless `headed`, every request through the fixture world's proxy. */
export function chromiumLaunchOptions(proxyPort: number, headed = false): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    headless: !headed,
    defaultViewport: headed ? null : undefined,
    pipe: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      // The fixture certificate is self-signed; the service worker's fetch needs this flag too.
      '--ignore-certificate-errors',
      // Chrome backs off an extension's requests to a URL after repeated 500/503 answers, for up
      // to minutes; one scenario's scripted 500s would otherwise fail the next scenario's requests.
      '--disable-extensions-http-throttling',
    ],
  };
}

export async function launchChromium({ proxyPort, extensionDir, headed = false }: SessionOptions): Promise<BrowserSession> {
  const browser: Browser = await puppeteer.launch({ ...chromiumLaunchOptions(proxyPort, headed), enableExtensions: true });
  const extensionId = await browser.installExtension(extensionDir);
  const extensionBaseUrl = `chrome-extension://${extensionId}/`;
  const popupUrl = extensionBaseUrl + builtManifest('chrome').action.default_popup;
  const consoleOutput: string[] = [];
  const watchedWorkers = new WeakSet<WebWorker>();

  async function backgroundWorker(): Promise<WebWorker> {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(extensionBaseUrl),
      { timeout: 10_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('The extension service worker has no worker handle');
    await extensionApiReady(worker);
    if (!watchedWorkers.has(worker)) {
      watchedWorkers.add(worker);
      worker.on('console', (message) => consoleOutput.push(message.text()));
    }
    return worker;
  }
  await backgroundWorker();

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    collectConsole(page, consoleOutput);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  return {
    browserName: 'chromium',
    extensionBaseUrl,
    consoleOutput,
    openPage,
    openPopup: () => openPage(popupUrl),
    async inBackground(fn, ...args) {
      const worker = await backgroundWorker();
      return (await worker.evaluate(fn as never, ...(args as unknown as never[]))) as never;
    },
    async inContentScript(page, fn, ...args) {
      const session = await page.createCDPSession();
      try {
        const contextId = await contentScriptContext(session, extensionBaseUrl.replace(/\/$/, ''));
        const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
          contextId,
          expression: `(${String(fn)})(...${JSON.stringify(args)})`,
          awaitPromise: true,
          returnByValue: true,
        });
        if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as never;
      } finally {
        await session.detach();
      }
    },
    async openToolbarPopup(over) {
      const popupTargets = () => browser.targets().filter((t) => t.type() === 'page' && t.url() === popupUrl);
      const before = new Set(popupTargets());
      await over.bringToFront();
      // As the person's click on the toolbar button does (unlike `action.openPopup()`), this grants
      // the popup activeTab over the page: the URL of a tab it never reported becomes visible.
      // It takes the tab's own target (type "tab"), which CDP tells apart from its page only by URL.
      const browserSession = await browser.target().createCDPSession();
      try {
        const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tabs = targetInfos.filter((info) => info.type === 'tab' && info.url === over.url());
        if (tabs.length !== 1) throw new Error(`Expected one tab showing ${over.url()}, found ${tabs.length}`);
        await browserSession.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
      } finally {
        await browserSession.detach();
      }
      const target = await browser.waitForTarget((t) => t.url() === popupUrl && t.type() === 'page' && !before.has(t));
      const page = await target.asPage();
      collectConsole(page, consoleOutput);
      return page;
    },
    async stopBackground() {
      const worker = await backgroundWorker();
      await worker.close();
      const stopped = () => !browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(extensionBaseUrl));
      await eventually('the service worker to stop', stopped);
    },
    close: () => browser.close(),
  };
}
