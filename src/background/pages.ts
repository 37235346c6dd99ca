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
