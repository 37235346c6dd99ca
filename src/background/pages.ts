/** What the content scripts reported about each tab, so the popup knows where the person is. */
import type { PageStatus } from '../shared/messages';
import { readSession, updateSession, type TabPage } from './storage';

export async function recordPage(tabId: number, status: PageStatus): Promise<void> {
  await updateSession('pages', (pages) => ({ ...pages, [tabId]: { ...status, tabId, at: Date.now() } }));
}

export async function forgetTab(tabId: number): Promise<void> {
  await updateSession('pages', (pages) => {
    const { [tabId]: _gone, ...rest } = pages;
    return rest;
  });
}

export async function pageOfTab(tabId: number | undefined): Promise<TabPage | null> {
  if (tabId === undefined) return null;
  return (await readSession('pages'))[tabId] ?? null;
}

/** Tabs showing Blackfire's PagerDuty channel form, most recently reported first. */
export async function channelFormTabs(): Promise<TabPage[]> {
  const pages = Object.values(await readSession('pages'));
  return pages
    .filter((page) => page.console === 'blackfire' && page.page === 'channel-form' && page.recognised)
    .sort((a, b) => b.at - a.at);
}

export async function hasChannelForm(): Promise<boolean> {
  return (await channelFormTabs()).length > 0;
}
