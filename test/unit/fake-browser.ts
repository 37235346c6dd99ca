/**
 * Just enough of the extension API for background modules under unit test: the two storage
 * areas (kept here, so tests can look into them), the badge, and the tabs' URLs. Use as
 * `vi.mock('webextension-polyfill', () => import('…/test/unit/fake-browser'))`.
 */
export const areas = { session: new Map<string, unknown>(), local: new Map<string, unknown>() };

const area = (store: Map<string, unknown>) => ({
  get: async (key: string | null) =>
    key === null ? Object.fromEntries(store) : store.has(key) ? { [key]: structuredClone(store.get(key)) } : {},
  set: async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) store.set(key, structuredClone(value));
  },
  remove: async (keys: string | string[]) => [keys].flat().forEach((key) => store.delete(key)),
});

/** The open tabs' URLs by tab id; `undefined` for a tab whose URL the extension may not see. */
export const openTabs = new Map<number, string | undefined>();
/** What the content script in each tab answers the background; a tab without one rejects. */
export const contentAnswers = new Map<number, unknown>();
/** Every message the background sent to a tab, in order. */
export const sentToTabs: { tabId: number; message: unknown }[] = [];

export default {
  storage: { session: area(areas.session), local: area(areas.local) },
  action: { setBadgeText: async () => undefined },
  tabs: {
    get: async (tabId: number) => {
      if (!openTabs.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
      const url = openTabs.get(tabId);
      return url === undefined ? { id: tabId } : { id: tabId, url };
    },
    sendMessage: async (tabId: number, message: unknown) => {
      sentToTabs.push({ tabId, message });
      if (!contentAnswers.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return contentAnswers.get(tabId);
    },
  },
};

export function clearAreas(): void {
  areas.session.clear();
  areas.local.clear();
  openTabs.clear();
  contentAnswers.clear();
  sentToTabs.length = 0;
}
