/**
 * The popup's Pick button (issue 13): starts pick mode in a console tab. Only this route sends
 * `content/start-pick`, and only the extension's own pages may call it, so a page script can
 * neither start pick mode nor steer it.
 */
import browser from 'webextension-polyfill';
import { exactShape, isBoolean, isFiniteNumber, optional, stringUpTo } from '../../shared/shape';
import { addressOf, currentPages, pageOfTab } from '../pages';
import type { TabPage } from '../storage';
import type { Routes } from '../router';

const isAnswer = exactShape({ ok: isBoolean, message: optional(stringUpTo(500)) });

const NO_CONSOLE = 'Open the PagerDuty or Blackfire page in this window first, then Pick again.';
const NO_ANSWER = 'The console tab did not answer: reload it and try again.';

/** When the tab was last in front; a tab the browser no longer has is the least recent. */
async function lastActive(page: TabPage): Promise<number> {
  try {
    return (await browser.tabs.get(page.tabId)).lastAccessed ?? page.at;
  } catch {
    return 0;
  }
}

/** The active tab's console page, or (the popup opened as a tab of its own) the most recently active one. */
async function pickTarget(activeTabId: number | undefined): Promise<TabPage | null> {
  if (activeTabId !== undefined) return pageOfTab(activeTabId);
  const pages = await currentPages();
  const times = await Promise.all(pages.map(lastActive));
  const byRecency = pages.map((page, index) => ({ page, time: times[index] ?? 0 })).sort((a, b) => b.time - a.time);
  return byRecency[0]?.page ?? null;
}

export const pickRoutes: Routes = {
  'popup/start-pick': {
    from: ['extension-page'],
    shape: { activeTabId: optional(isFiniteNumber) },
    async handle({ activeTabId }) {
      const target = await pickTarget(activeTabId);
      if (!target) return { ok: false, message: NO_CONSOLE };
      let answer: unknown;
      try {
        answer = await browser.tabs.sendMessage(target.tabId, { type: 'content/start-pick' }, addressOf(target));
      } catch {
        // The tab went away or navigated since it reported.
      }
      if (!isAnswer(answer)) return { ok: false, message: NO_ANSWER };
      const { ok, message } = answer as { ok: boolean; message?: string };
      if (!ok) return { ok, message: message ?? NO_ANSWER };
      // From the popup opened as a tab, the pick happens in another tab: bring it to the front.
      if (activeTabId === undefined) await browser.tabs.update(target.tabId, { active: true }).catch(() => undefined);
      return { ok: true, console: target.console };
    },
  },
};
