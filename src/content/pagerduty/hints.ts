/**
 * PagerDuty's next step on a service page that shows no Integration Key: its Integrations tab,
 * then, on that tab, the control that adds an integration.
 */
import type { PagerDutyPageKind } from '../../shared/pagerduty-pages';
import { showHint, stepAt, type NextStep } from '../hint';

export function servicePageNextStep(doc: Document, kind: PagerDutyPageKind): NextStep | null {
  if (kind === 'service') return stepAt(doc, /^integrations$/i, (tab) => `Next: open “${tab}”, then add a Blackfire.io integration.`);
  if (kind !== 'service-integrations') return null;
  return stepAt(doc, /^\+? ?(new integration|add (another )?integration)$/i, (add) => `Next: click “${add}” and choose Blackfire.io.`);
}

/** After each pass over a service page. Once it shows a key, the extension offers its own actions next to it: no hint. */
export function guidePagerDuty(kind: PagerDutyPageKind | undefined, keysSeen: boolean, signal: AbortSignal): void {
  showHint(kind && !keysSeen ? servicePageNextStep(document, kind) : null, signal);
}
