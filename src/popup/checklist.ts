/** The three setup steps, derived from what the background knows. Pure, so it is unit-tested. */
import type { FillRecord, PopupState } from '../shared/messages';
import { regionLabel } from './format';
import { BLACKFIRE_ENVIRONMENTS, pagerDutyLink } from './links';
import { testPassed } from './test-verdict';

export interface Step {
  title: string;
  done: boolean;
  /** Begun but not done, said in words (e.g. "filled, not saved yet"). */
  partly?: string;
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
    channelStep(state.lastFill),
    {
      title: 'Send a test alert',
      done: testPassed(outcome),
      detail: outcome?.message ?? 'Proves that alerts reach PagerDuty; the test incident resolves itself.',
    },
  ];
}

/**
 * The truth about the Blackfire channel: a fill is not a save. Done only once the environment's
 * Notification Channels list showed a PagerDuty channel with the filled name.
 */
function channelStep(fill: FillRecord | null): Step {
  const step = { title: 'Add the PagerDuty channel in Blackfire', link: { href: BLACKFIRE_ENVIRONMENTS, label: 'Open Blackfire environments' } };
  const named = fill?.channelName ? ` “${fill.channelName}”` : '';
  if (fill?.saved) return { ...step, done: true, detail: `Saved: Blackfire lists the PagerDuty channel${named}.` };
  if (fill?.ok) {
    return {
      ...step,
      done: false,
      partly: 'filled, not saved yet',
      detail: `The channel${named} is filled but not saved yet: check the form in Blackfire and click Add. This step is done once Blackfire's channel list shows it.`,
    };
  }
  return {
    ...step,
    done: false,
    detail: fill?.message ?? 'Environment → Settings → Notification Channels → Add PagerDuty, then Fill. Save it yourself.',
  };
}
