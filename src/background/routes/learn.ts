/**
 * Learning fields by picking: a content script remembers the field the person picked (after a
 * trusted click) and asks for its console's learned fields as its page starts; the popup lists
 * and forgets them. The console is always the sender's own, never a field of the message.
 */
import { DESCRIPTION_PARTS, isStorable, PART_MAX } from '../../shared/learned';
import { exactShape, isString, stringUpTo } from '../../shared/shape';
import { forgetLearned, learnField, readLearned } from '../learned';
import type { Routes } from '../router';

const descriptionShape = exactShape(Object.fromEntries(DESCRIPTION_PARTS.map((part) => [part, stringUpTo(PART_MAX)])));

export const learnRoutes: Routes = {
  'learn/descriptions': {
    from: ['pagerduty', 'blackfire'],
    shape: {},
    async handle(_request, sender) {
      const descriptions = (await readLearned()).filter((field) => field.console === sender.audience).map((field) => field.description);
      return { ok: true, descriptions };
    },
  },
  'learn/remember': {
    from: ['pagerduty', 'blackfire'],
    shape: { description: descriptionShape },
    async handle({ description }, sender) {
      // The content script cleaned it already; the background trusts no sender's checks.
      if (sender.audience === 'extension-page' || !isStorable(description)) {
        return { ok: false, message: 'The extension refused to learn that field: its description may hold a key.' };
      }
      await learnField(sender.audience, description, Date.now());
      return { ok: true };
    },
  },
  'popup/forget-learned': {
    from: ['extension-page'],
    shape: { id: isString },
    async handle({ id }) {
      return (await forgetLearned(id)) ? { ok: true } : { ok: false, message: 'That field is no longer learned.' };
    },
  },
};
