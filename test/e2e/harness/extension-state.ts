/**
 * The extension's state as scenarios see and set it: read straight from its storage in a
 * privileged extension context, seeded in the key-store's format, or asked for as the popup does.
 */
import type { Page } from 'puppeteer-core';
import type { HeldKey, Vault } from '../../../src/background/vault';
import type { TabPage } from '../../../src/background/storage';
import type { ConsoleName } from '../../../src/shared/consoles';
import type { MessageType, PageStatus, RequestOf, ResponseOf } from '../../../src/shared/messages';
import type { BrowserSession } from './browser-session';
import { eventually } from './eventually';

// Functions passed to the browser run there, serialised: they cannot use anything from this module.
type ExtensionApi = typeof import('webextension-polyfill');
type StorageArea = 'session' | 'local';

/** One value from the extension's storage. */
export function storedValue<T>(browser: BrowserSession, area: StorageArea, key: string): Promise<T | undefined> {
  return browser.inBackground(
    async (areaName: StorageArea, name: string) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = scope.browser ?? scope.chrome;
      return (await api.storage[areaName].get(name))[name] as T | undefined;
    },
    area,
    key,
  );
}

/** Everything in one storage area, for checking that a secret is nowhere in it. */
export function everythingStored(browser: BrowserSession, area: StorageArea): Promise<Record<string, unknown>> {
  return browser.inBackground(async (areaName: StorageArea) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    return api.storage[areaName].get(null);
  }, area);
}

/** Empties both storage areas (keys, tab reports, the remember setting), as on a fresh install. */
export async function clearExtensionState(browser: BrowserSession): Promise<void> {
  await browser.inBackground(async () => {
    const chrome = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    await Promise.all([chrome.storage.session.clear(), chrome.storage.local.clear()]);
  });
}

/** The vault in storage.session (the key store's one record). */
export const vaultOf = (browser: BrowserSession) => storedValue<Vault>(browser, 'session', 'vault');

/** The keys the background holds. */
export async function heldKeys(browser: BrowserSession): Promise<HeldKey[]> {
  return Object.values((await vaultOf(browser))?.keys ?? {});
}

/** What the content scripts reported about each tab, newest first. */
export async function reportedPages(browser: BrowserSession): Promise<TabPage[]> {
  const pages = await storedValue<Record<string, TabPage>>(browser, 'session', 'pages');
  return Object.values(pages ?? {}).sort((a, b) => b.at - a.at);
}

/** The background's record of a `console` page that reported `what` after `since` (a load or reload). */
export function reported(browser: BrowserSession, console: ConsoleName, since: number, what: Partial<PageStatus> = {}) {
  return eventually(`a ${console} report of ${JSON.stringify(what)}`, async () =>
    (await reportedPages(browser)).find(
      (page) => page.console === console && page.at >= since && Object.entries(what).every(([field, value]) => page[field as keyof PageStatus] === value),
    ),
  );
}

/** A held key for the fixture account `acme`; 32 alphanumerics that are obviously a test key. */
export function testKey(overrides: Partial<HeldKey> = {}): HeldKey {
  return {
    id: 'us:acme/PSVC001/blackfire-Shopping-Cart',
    key: 'Y0urTestIntegrationKey0000000001',
    serviceId: 'PSVC001',
    serviceName: 'Shopping Cart',
    integrationName: 'blackfire-Shopping-Cart',
    subdomain: 'acme',
    region: 'us',
    isRuleset: false,
    capturedAt: Date.now(),
    source: 'captured',
    ...overrides,
  };
}

/** Replaces the vault with one holding exactly these keys (the first one selected). */
export async function seedKeys(browser: BrowserSession, keys: HeldKey[]): Promise<void> {
  const vault: Vault = {
    keys: Object.fromEntries(keys.map((held) => [held.id, held])),
    selectedKeyId: keys[0]?.id ?? null,
    outcomes: {},
    lastFill: null,
  };
  await browser.inBackground(async (seeded: Vault) => {
    const chrome = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    await chrome.storage.session.set({ vault: seeded });
  }, vault);
}

/**
 * Starts listening, in an extension page, to the messages content scripts send: the browser
 * delivers each to every extension page, not only to the background. Gives a reader of their
 * types, in the order sent (messages from one sender arrive in order). Messages from extension
 * pages (the popup's own asks) are left out. The page never answers.
 */
export async function listenToContentScripts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { chrome: ExtensionApi; heardTypes: string[] };
    scope.heardTypes = [];
    scope.chrome.runtime.onMessage.addListener((message: unknown, sender: { url?: string }) => {
      if (sender.url?.startsWith(location.origin)) return;
      scope.heardTypes.push(String((message as { type?: unknown } | null)?.type));
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { heardTypes: string[] }).heardTypes);
}

/** Sends a message from an extension page (e.g. the popup opened as a tab), as the popup does. */
export function ask<T extends MessageType>(page: Page, request: RequestOf<T>): Promise<ResponseOf<T>> {
  const send = (message: unknown) =>
    (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(message);
  return page.evaluate(send, request) as Promise<ResponseOf<T>>;
}

/**
 * Sends anything, well-formed or not, from an extension page, and gives the answer, or `null` when
 * there was none (the background ignored it). It travels as JSON, so an own `__proto__` key
 * (written `['__proto__']`) arrives as an own key.
 */
export function sendAnything(page: Page, message: unknown): Promise<unknown> {
  const send = async (json: string) => {
    try {
      return (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(JSON.parse(json))) ?? null;
    } catch {
      return null; // some browsers report an unanswered message as an error
    }
  };
  return page.evaluate(send, JSON.stringify(message));
}
