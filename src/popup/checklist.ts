/** The three setup steps, derived from what the background knows. Pure, so it is unit-tested. */
import type { PopupState } from '../shared/messages';
import { regionLabel } from './format';
import { BLACKFIRE_ENVIRONMENTS, pagerDutyLink } from './links';
import { testPassed } from './test-verdict';

export interface Step {
  title: string;
  done: boolean;
  detail: string;
  link?: { href: string; label: string };
}

export function checklistSteps(state: PopupState): Step[] {
  const selected = state.keys.find((key) => key.id === state.selectedKeyId);
  const outcome = selected ? state.outcomes[selected.id] : undefined;
  return [
    {
      title: 'Hold the Blackfire.io integration key from PagerDuty',
      done: selected !== undefined,
      detail: selected
        ? `Holding the key of ${selected.serviceName} (${regionLabel(selected)}).`
        : 'On the service\'s Integrations tab, add a "Blackfire.io" integration; its key is picked up.',
      link: { href: pagerDutyLink(selected), label: selected ? 'Open its integrations' : 'Open PagerDuty services' },
    },
    {
      title: 'Add the PagerDuty channel in Blackfire',
      done: state.lastFill?.ok === true,
      detail:
        state.lastFill?.message ??
        'Environment → Settings → Notification Channels → Add PagerDuty, then Fill. Save it yourself.',
      link: { href: BLACKFIRE_ENVIRONMENTS, label: 'Open Blackfire environments' },
    },
    {
      title: 'Send a test alert',
      done: testPassed(outcome),
      detail: outcome?.message ?? 'Proves that alerts reach PagerDuty; the test incident resolves itself.',
    },
  ];
}
