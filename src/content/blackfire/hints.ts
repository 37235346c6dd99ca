/**
 * Blackfire's next step on the Notification Channels list while no PagerDuty form is open:
 * "Add Notification Channel", then, once the add dialog shows its tiles, the "Pager duty" tile.
 */
import { showHint, stepAt, type NextStep } from '../hint';

export const channelListNextStep = (doc: Document): NextStep | null =>
  stepAt(doc, /^pager ?duty$/i, (tile) => `Next: choose “${tile}”.`) ??
  stepAt(doc, /^\+? ?add notification channel$/i, (add) => `Next: click “${add}”, then “Pager duty”.`);

/** After each scan: a hint on the list, none anywhere else (the open form included). */
export function guideBlackfire(onList: boolean, signal: AbortSignal): void {
  showHint(onList ? channelListNextStep(document) : null, signal);
}
