/**
 * What the content scripts reported about each tab, so the popup knows where the person is and
 * Fill knows where the form is. A record holds only while its page does: the page says goodbye
 * on `pagehide`, and every record is checked against its tab before use (the tab may be gone or
 * elsewhere, and a goodbye may never have arrived), so no `tabs.onRemoved` listener is needed to
 * wake the worker for every tab closed anywhere.
 */
import browser from 'webextension-polyfill';
import { consoleOf, type ConsoleName } from '../shared/consoles';
import type { PageStatus } from '../shared/messages';
import { readSession, updateSession, type TabPage } from './storage';

export interface Reporter {
  tabId: number;
  /** Chrome's id of the reporting document; Firefox has none. */
  documentId?: string | undefined;
}

export async function recordPage({ tabId, documentId }: Reporter, status: PageStatus, environment: string | null = null): Promise<void> {
  const page: TabPage = { ...status, tabId, at: Date.now(), ...(documentId ? { documentId } : {}), ...(environment ? { environment } : {}) };
  await updateSession('pages', (pages) => ({ ...pages, [tabId]: page }));
}

/** A page's goodbye removes its own record only: the next page in the tab may have reported already. */
export async function forgetPage({ tabId, documentId }: Reporter): Promise<void> {
  await updateSession('pages', (pages) => {
    const { [tabId]: record, ...rest } = pages;
    return record && (record.documentId === undefined || record.documentId === documentId) ? rest : pages;
  });
}

/** The tab's URL (`undefined` when the browser hides it from us); `null` when the tab is gone. */
async function urlOfTab(tabId: number): Promise<{ url: string | undefined } | null> {
  try {
    return { url: (await browser.tabs.get(tabId)).url };
  } catch {
    return null; // no such tab
  }
}

/**
 * The console a tab shows now, or `null`: gone, elsewhere, or hidden from us. Chrome shows a tab's
 * URL only on hosts the extension was granted (content-script hosts are not enough; the person's
 * click on our button grants the active tab).
 */
export async function consoleOfTab(tabId: number): Promise<ConsoleName | null> {
  return consoleOf((await urlOfTab(tabId))?.url);
}

/** A live content script answers in milliseconds. */
const PING_TIMEOUT_MS = 1_000;

/** The very page that reported (Chrome: its document; Firefox: the tab's top frame, where our script runs). */
export const addressOf = (page: TabPage) => (page.documentId ? { documentId: page.documentId } : { frameId: 0 });

/**
 * Whether a record still describes its tab: the tab exists and still shows the console that
 * reported. Where the URL is hidden, the reporting page itself is asked; a page that is gone
 * cannot answer.
 */
async function holds(page: TabPage): Promise<boolean> {
  const tab = await urlOfTab(page.tabId);
  if (tab === null) return false;
  if (tab.url !== undefined) return consoleOf(tab.url) === page.console;
  try {
    const answer: unknown = await Promise.race([
      browser.tabs.sendMessage(page.tabId, { type: 'content/ping' }, addressOf(page)),
      // A document kept in the back/forward cache never answers: it is not what the tab shows.
      new Promise((resolve) => setTimeout(resolve, PING_TIMEOUT_MS)),
    ]);
    return (answer as { console?: unknown } | undefined)?.console === page.console;
  } catch {
    return false;
  }
}

/** Records that no longer hold are dropped, lazily, when they are read. */
export async function currentPages(): Promise<TabPage[]> {
  const pages = Object.values(await readSession('pages'));
  const checks = await Promise.all(pages.map(holds));
  const stale = pages.filter((_page, index) => !checks[index]);
  if (stale.length > 0) {
    await updateSession('pages', (all) => {
      const kept = { ...all };
      for (const page of stale) if (kept[page.tabId]?.at === page.at) delete kept[page.tabId];
      return kept;
    });
  }
  return pages.filter((_page, index) => checks[index]);
}

export async function pageOfTab(tabId: number | undefined): Promise<TabPage | null> {
  if (tabId === undefined) return null;
  return (await currentPages()).find((page) => page.tabId === tabId) ?? null;
}

/** Whether the record is of Blackfire's PagerDuty channel form, recognised. */
export const showsRecognisedForm = (page: TabPage): boolean =>
  page.console === 'blackfire' && page.page === 'channel-form' && page.recognised;

/** Tabs showing Blackfire's PagerDuty channel form, most recently reported first. */
export async function channelFormTabs(): Promise<TabPage[]> {
  return (await currentPages()).filter(showsRecognisedForm).sort((a, b) => b.at - a.at);
}

/** Whether the sender is the very page that reported the form (in Chrome, the same document). */
export async function showsChannelForm({ tabId, documentId }: Partial<Reporter>): Promise<boolean> {
  return (await channelFormTabs()).some(
    (page) => page.tabId === tabId && (page.documentId === undefined || page.documentId === documentId),
  );
}
