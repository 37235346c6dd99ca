/** The popup's typed door to the background. */
import browser from 'webextension-polyfill';
import type { MessageType, RequestOf, ResponseOf } from '../shared/messages';

export async function ask<T extends MessageType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf<T>;
}

/** The active tab of this window, unless that is the popup itself opened as a tab. */
export async function activeTabId(): Promise<number | undefined> {
  const [[tab], self] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), browser.tabs.getCurrent()]);
  return tab?.id !== undefined && tab.id !== self?.id ? tab.id : undefined;
}
