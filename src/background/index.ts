/** Background entry: wires browser events to the router and the stores. No logic lives here. */
import browser from 'webextension-polyfill';
import { forgetTab, pageOfTab, recordPage } from './pages';
import { createRouter, type Routes } from './router';
import { exactShape, isBoolean, isString, oneOf, optional, isFiniteNumber } from '../shared/shape';

const pageStatusShape = exactShape({
  console: oneOf('pagerduty', 'blackfire'),
  page: isString,
  recognised: isBoolean,
  link: optional(isString),
});

const routes: Routes = {
  'page/status': {
    from: ['pagerduty', 'blackfire'],
    shape: { status: pageStatusShape },
    async handle({ status }, sender) {
      if (sender.tabId === undefined || status.console !== sender.audience) {
        return { ok: false, message: 'Page status from an unexpected sender.' };
      }
      await recordPage(sender.tabId, status);
      return { ok: true };
    },
  },
  'popup/get-state': {
    from: ['extension-page'],
    shape: { activeTabId: optional(isFiniteNumber) },
    async handle({ activeTabId }) {
      return {
        keys: [],
        selectedKeyId: null,
        remember: false,
        outcomes: {},
        activePage: await pageOfTab(activeTabId),
        formAvailable: false,
        lastFill: null,
      };
    },
  },
};

browser.runtime.onMessage.addListener(
  createRouter(routes, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') }),
);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
