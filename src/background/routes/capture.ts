/** Keys arriving in the vault: captured on a PagerDuty page, or pasted into the popup. */
import { parseHttpsUrl, regionOfPagerDutyHost, subdomainOfPagerDutyHost } from '../../shared/consoles';
import { parseKey } from '../../shared/keys';
import { NAME_MAX } from '../../shared/limits';
import type { KeyOrigin } from '../../shared/messages';
import { exactShape, oneOf, stringUpTo } from '../../shared/shape';
import { updateVault } from '../key-store';
import { capturedKeyId, holdKey, keyById, nextPastedName, type HeldKey } from '../vault';
import type { Routes } from '../router';

const originShape = exactShape({
  serviceId: stringUpTo(40),
  serviceName: stringUpTo(NAME_MAX),
  integrationName: stringUpTo(NAME_MAX),
  subdomain: stringUpTo(100),
  region: oneOf('us', 'eu'),
});

/** A capture must name the account of the page that sent it: a tab cannot file keys for another. */
export function isFromAccount(pageUrl: string | undefined, origin: KeyOrigin): boolean {
  const host = parseHttpsUrl(pageUrl)?.hostname;
  return host !== undefined && subdomainOfPagerDutyHost(host) === origin.subdomain && regionOfPagerDutyHost(host) === origin.region;
}

/**
 * A pasted key carries no service. Its region comes from an Integration URL when one was pasted;
 * a bare key is assumed to be a US account's (PagerDuty's default service region): EU accounts
 * paste the Integration URL, or capture the key on their `*.eu.pagerduty.com` page. It is named
 * "Pasted key N", never after any part of the key: names reach console pages (Blackfire's
 * chooser), keys' characters never.
 */
function pastedOrigin(serviceName: string, region: KeyOrigin['region'] = 'us'): KeyOrigin {
  return { serviceId: '', serviceName, integrationName: '', subdomain: '', region };
}

export const captureRoutes: Routes = {
  'pagerduty/capture-key': {
    from: ['pagerduty'],
    shape: { key: stringUpTo(200), origin: originShape },
    async handle({ key, origin }, sender) {
      // The content script checked the key already; the background trusts no sender's checks.
      const parsed = parseKey(key);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      if (!isFromAccount(sender.url, origin) || (parsed.region && parsed.region !== origin.region)) {
        return { ok: false, message: "That key does not belong to this page's PagerDuty account." };
      }
      const id = capturedKeyId(origin);
      await updateVault((vault) => {
        // Pages are re-scanned as they change: seeing the held key again is not a newer capture.
        if (keyById(vault, id)?.key === parsed.key) return;
        holdKey(vault, { ...origin, id, key: parsed.key, isRuleset: parsed.isRuleset, capturedAt: Date.now(), source: 'captured' });
      });
      return { ok: true, id };
    },
  },
  'popup/add-key': {
    from: ['extension-page'],
    shape: { input: stringUpTo(2000) },
    async handle({ input }) {
      const parsed = parseKey(input);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const id = await updateVault((vault) => {
        // A key already held (captured, with its service) keeps its richer entry: just select it.
        const same = Object.values(vault.keys).find((held) => held.key === parsed.key);
        if (same) {
          vault.selectedKeyId = same.id;
          return same.id;
        }
        const held: HeldKey = {
          ...pastedOrigin(nextPastedName(vault), parsed.region),
          id: `pasted:${crypto.randomUUID()}`,
          key: parsed.key,
          isRuleset: parsed.isRuleset,
          capturedAt: Date.now(),
          source: 'pasted',
        };
        holdKey(vault, held);
        return held.id;
      });
      return parsed.note ? { ok: true, id, note: parsed.note } : { ok: true, id };
    },
  },
};
