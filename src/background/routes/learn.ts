/**
 * Learning fields by picking: a content script remembers the field the person picked (after a
 * trusted click) and asks for its console's learned fields as its page starts; the popup lists
 * and forgets them. The console is always the sender's own, never a field of the message.
 */
import browser from 'webextension-polyfill';
import type { ConsoleName } from '../../shared/consoles';
import { isDescription, isStorable } from '../../shared/learned';
import type { FieldDescription, RequestOf } from '../../shared/messages';
import { isString } from '../../shared/shape';
import { forgetLearned, learnField, readLearned } from '../learned';
import { addressOf, currentPages } from '../pages';
import type { Routes } from '../router';

async function descriptionsOf(consoleName: ConsoleName): Promise<FieldDescription[]> {
  return (await readLearned()).filter((field) => field.console === consoleName).map((field) => field.description);
}

/** The console's open pages learn (or forget) at once, not at their next reload. */
async function tellPages(consoleName: ConsoleName): Promise<void> {
  const message: RequestOf<'content/learned'> = { type: 'content/learned', descriptions: await descriptionsOf(consoleName) };
  const pages = (await currentPages()).filter((page) => page.console === consoleName);
  // A page that went away meanwhile learns at its next start anyway.
  await Promise.all(pages.map((page) => browser.tabs.sendMessage(page.tabId, message, addressOf(page)).catch(() => undefined)));
}

export const learnRoutes: Routes = {
  'learn/descriptions': {
    from: ['pagerduty', 'blackfire'],
    shape: {},
    async handle(_request, sender) {
      if (sender.audience === 'extension-page') return { ok: false, message: 'Only a console page has learned fields.' };
      return { ok: true, descriptions: await descriptionsOf(sender.audience) };
    },
  },
  'learn/remember': {
    from: ['pagerduty', 'blackfire'],
    shape: { description: isDescription },
    async handle({ description }, sender) {
      // The content script cleaned it already; the background trusts no sender's checks.
      if (sender.audience === 'extension-page' || !isStorable(description)) {
        return { ok: false, message: 'The extension refused to learn that field: its description may hold a key.' };
      }
      await learnField(sender.audience, description, Date.now());
      await tellPages(sender.audience);
      return { ok: true };
    },
  },
  'popup/forget-learned': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      const forgotten = await forgetLearned(id);
      if (!forgotten) return { ok: false, message: 'That field is no longer learned.' };
      await tellPages(forgotten);
      return { ok: true };
    },
  },
};
