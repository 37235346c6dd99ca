/** Content scripts report what page they are on, so the popup knows where the person is. */
import { environmentOf } from '../../shared/blackfire-pages';
import { parseHttpsUrl } from '../../shared/consoles';
import { NAME_MAX } from '../../shared/limits';
import type { PageStatus } from '../../shared/messages';
import { pagerDutyPageOf } from '../../shared/pagerduty-pages';
import { arrayOf, exactShape, isBoolean, oneOf, optional, stringUpTo } from '../../shared/shape';
import { readVault, updateVault } from '../key-store';
import { forgetPage, recordPage } from '../pages';
import { listShowsFill } from '../vault';
import type { Routes, SenderContext } from '../router';

const pageStatusShape = exactShape({
  console: oneOf('pagerduty', 'blackfire'),
  page: oneOf('service', 'service-integrations', 'other', 'channel-form', 'channel-list'),
  recognised: isBoolean,
  link: optional(stringUpTo(500)),
  pagerDutyChannels: optional(arrayOf(stringUpTo(NAME_MAX), 50)),
});

const PAGES_OF = { pagerduty: ['service', 'service-integrations', 'other'], blackfire: ['channel-form', 'channel-list', 'other'] };

/**
 * A report is believed only as far as the sender can know it: its own console, a page kind of that
 * console, and a link (the popup opens it) to the Integrations tab of a service on its own host.
 */
export function isBelievable(status: PageStatus, sender: SenderContext): boolean {
  if (status.console !== sender.audience || !PAGES_OF[status.console].includes(status.page)) return false;
  if (status.pagerDutyChannels !== undefined && status.page !== 'channel-list') return false;
  if (status.link === undefined) return true;
  const host = parseHttpsUrl(sender.url)?.hostname;
  return parseHttpsUrl(status.link)?.hostname === host && pagerDutyPageOf(status.link)?.kind === 'service-integrations';
}

/** The channel list is reported on every change: the vault is written only when it proves the fill saved. */
async function noteChannelList(environment: string | null, rows: string[]): Promise<void> {
  if (!listShowsFill((await readVault()).lastFill, environment, rows)) return;
  await updateVault((vault) => {
    if (vault.lastFill && listShowsFill(vault.lastFill, environment, rows)) vault.lastFill.saved = true;
  });
}

export const pageRoutes: Routes = {
  'page/status': {
    from: ['pagerduty', 'blackfire'],
    shape: { status: pageStatusShape },
    async handle({ status }, sender) {
      if (sender.tabId === undefined || !isBelievable(status as PageStatus, sender)) {
        return { ok: false, message: 'The extension refused the page report: it does not match this page.' };
      }
      const environment = environmentOf(sender.url);
      await recordPage({ tabId: sender.tabId, documentId: sender.documentId }, status as PageStatus, environment);
      if (status.pagerDutyChannels) await noteChannelList(environment, status.pagerDutyChannels);
      return { ok: true };
    },
  },
  'page/leaving': {
    from: ['pagerduty', 'blackfire'],
    shape: {},
    sentWhileLeaving: true,
    async handle(_request, sender) {
      if (sender.tabId !== undefined) await forgetPage({ tabId: sender.tabId, documentId: sender.documentId });
      return { ok: true };
    },
  },
};
