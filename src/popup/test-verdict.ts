/**
 * What a test outcome proves, in one word the popup's parts share: only an incident seen through
 * the REST API is "confirmed"; an accepted event without one is not a success.
 */
import type { TestOutcome } from '../shared/messages';

export type TestVerdict = 'confirmed' | 'accepted' | 'waiting' | 'no-incident' | 'failed';

export function testVerdict(outcome: TestOutcome): TestVerdict {
  if (outcome.kind !== 'accepted') return 'failed';
  switch (outcome.delivery?.state) {
    case 'incident':
      return 'confirmed';
    case 'waiting':
      return 'waiting';
    case 'no-incident':
      return 'no-incident';
    default:
      return 'accepted'; // not followed (no REST connection), or it could not be checked
  }
}

/** Whether the checklist's test step is done: PagerDuty took the event, and no check says otherwise. */
export const testPassed = (outcome: TestOutcome | undefined) =>
  outcome !== undefined && (testVerdict(outcome) === 'confirmed' || testVerdict(outcome) === 'accepted');

export const VERDICT_LABEL: Record<TestVerdict, string> = {
  confirmed: 'test confirmed',
  accepted: 'test accepted',
  waiting: 'test running',
  'no-incident': 'no incident opened',
  failed: 'last test failed',
};
