/**
 * Filling Blackfire's PagerDuty channel form. The key leaves the background only to a Blackfire
 * tab that reported the form, and only for a fill the person asked for: the in-page button's
 * trusted click (`blackfire/*`) or the popup's Fill (`popup/fill` → `content/fill`).
 */
import browser from 'webextension-polyfill';
import { environmentOf } from '../../shared/blackfire-pages';
import { NAME_MAX } from '../../shared/limits';
import type { FillReport } from '../../shared/messages';
import { exactShape, isBoolean, isFiniteNumber, isString, optional, stringUpTo } from '../../shared/shape';
import { readVault, updateVault } from '../key-store';
import { addressOf, channelFormTabs, showsChannelForm } from '../pages';
import type { TabPage } from '../storage';
import { keyById, keyChoices, recordFill, selectedKey, type HeldKey } from '../vault';
import type { Routes } from '../router';

const isFillReport = exactShape({
  ok: isBoolean,
  message: stringUpTo(500),
  keyFilled: optional(isBoolean),
  nameFilled: optional(isBoolean),
  channelName: optional(stringUpTo(NAME_MAX)),
});

const NO_FORM =
  'No Blackfire PagerDuty channel form is open. In Blackfire, open an environment → Settings → ' +
  'Notification Channels → Add Notification Channel → Pager duty, then Fill again.';
const unknownKey = { ok: false as const, message: 'That key is no longer held.' };

/** A pasted key has no service to name its channel after; captured and REST API keys do. */
export const channelNameFor = (held: HeldKey) => (held.source === 'pasted' ? 'PagerDuty' : `PagerDuty – ${held.serviceName}`);

const keepFill = (report: FillReport, environment: string | null) =>
  updateVault((vault) => recordFill(vault, report, environment, Date.now()));

/** The active tab if it shows the form, else the tab that most recently reported one. */
async function fillTarget(activeTabId: number | undefined): Promise<TabPage | undefined> {
  const tabs = await channelFormTabs();
  return tabs.find((tab) => tab.tabId === activeTabId) ?? tabs[0];
}

/** Fills in the target tab; the report comes with the environment of the page that was filled. */
async function fillInTab(held: HeldKey, activeTabId: number | undefined): Promise<{ report: FillReport; environment: string | null }> {
  const target = await fillTarget(activeTabId);
  if (target === undefined) return { report: { ok: false, message: NO_FORM }, environment: null };
  const environment = target.environment ?? null;
  try {
    const request = { type: 'content/fill', key: held.key, channelName: channelNameFor(held) };
    const answer: unknown = await browser.tabs.sendMessage(target.tabId, request, addressOf(target));
    if (isFillReport(answer)) return { report: answer as FillReport, environment };
  } catch {
    // The tab was closed or navigated away since it reported the form.
  }
  return { report: { ok: false, message: 'The Blackfire tab with the form did not answer: reload it and try again.' }, environment };
}

export const fillRoutes: Routes = {
  'blackfire/held-keys': {
    from: ['blackfire'],
    shape: {},
    async handle(_request, sender) {
      // Even the names of held keys are for the page that shows the form, not any Blackfire page.
      if (!(await showsChannelForm(sender))) return { ok: false, message: NO_FORM };
      return { ok: true, keys: keyChoices(await readVault()) };
    },
  },
  'blackfire/key-for-fill': {
    from: ['blackfire'],
    shape: { keyId: optional(isString) },
    async handle({ keyId }, sender) {
      // Only the page that showed the form gets a key: a Blackfire page elsewhere has nothing to fill.
      if (!(await showsChannelForm(sender))) return { ok: false, message: NO_FORM };
      const vault = await readVault();
      const held = keyId === undefined ? selectedKey(vault) : keyById(vault, keyId);
      return held ? { ok: true, key: held.key, channelName: channelNameFor(held) } : unknownKey;
    },
  },
  'blackfire/fill-report': {
    from: ['blackfire'],
    shape: { report: isFillReport },
    async handle({ report }, sender) {
      await keepFill(report as FillReport, environmentOf(sender.url));
      return { ok: true };
    },
  },
  'popup/fill': {
    from: ['extension-page'],
    shape: { id: isString, activeTabId: optional(isFiniteNumber) },
    async handle({ id, activeTabId }) {
      const held = keyById(await readVault(), id);
      const { report, environment } = held ? await fillInTab(held, activeTabId) : { report: unknownKey, environment: null };
      await keepFill(report, environment);
      return report;
    },
  },
};
