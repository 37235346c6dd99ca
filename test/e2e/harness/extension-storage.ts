/** Reads the extension's own storage from a privileged extension context, for assertions. */
import type Browser from 'webextension-polyfill';
import type { BrowserSession } from './browser-session';

export function storedValue<T>(browser: BrowserSession, area: 'session' | 'local', key: string): Promise<T | undefined> {
  return browser.inBackground(
    async (areaName: 'session' | 'local', name: string) => {
      const scope = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
      const api = scope.browser ?? scope.chrome;
      return (await api.storage[areaName].get(name))[name] as T | undefined;
    },
    area,
    key,
  );
}

/** Everything in one storage area, for checking that a secret is nowhere in it. */
export function everythingStored(browser: BrowserSession, area: 'session' | 'local'): Promise<Record<string, unknown>> {
  return browser.inBackground(async (areaName: 'session' | 'local') => {
    const scope = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
    const api = scope.browser ?? scope.chrome;
    return api.storage[areaName].get(null);
  }, area);
}
