/** Content scripts report what page they are on, so the popup knows where the person is. */
import { exactShape, isBoolean, isString, oneOf, optional } from '../../shared/shape';
import { recordPage } from '../pages';
import type { Routes } from '../router';

const pageStatusShape = exactShape({
  console: oneOf('pagerduty', 'blackfire'),
  page: isString,
  recognised: isBoolean,
  link: optional(isString),
});

export const pageRoutes: Routes = {
  'page/status': {
    from: ['pagerduty', 'blackfire'],
    shape: { status: pageStatusShape },
    async handle({ status }, sender) {
      // A PagerDuty tab cannot report a Blackfire form, and the other way round.
      if (sender.tabId === undefined || status.console !== sender.audience) {
        return { ok: false, message: 'Page status from an unexpected sender.' };
      }
      await recordPage(sender.tabId, status);
      return { ok: true };
    },
  },
};
