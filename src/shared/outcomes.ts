/**
 * What a test alert came to, as one of a few kinds with a message a person can act on. Pure: it
 * reads the last attempt of the trigger (after retries) and of the resolve that follows a 202.
 */
import type { OutcomeKind, TestSeverity } from './messages';
import { testKindName } from './events';
import { REQUEST_TIMEOUT_MS, type Attempt } from './retry';

export interface OutcomeContext {
  serviceName: string;
  severity: TestSeverity;
  isRuleset: boolean;
  /** How many times the trigger was sent. */
  attempts: number;
}

export interface Verdict {
  kind: OutcomeKind;
  message: string;
}

/** PagerDuty's answer text is shown to the person; a page of HTML from a proxy is not. */
const MAX_REASON_LENGTH = 300;

export function kindOf(attempt: Attempt): OutcomeKind {
  if (attempt.kind !== 'response') return attempt.kind === 'timed-out' ? 'timed-out' : 'network-unreachable';
  if (attempt.status >= 200 && attempt.status < 300) return 'accepted';
  if (attempt.status === 429) return 'rate-limited';
  return attempt.status >= 500 ? 'unavailable' : 'rejected';
}

/** PagerDuty's own words: `errors[]` of a JSON answer, else its `message`, else the plain-text body. */
export function reasonOf(attempt: Attempt & { kind: 'response' }): string {
  let reason = attempt.body.trim();
  try {
    const parsed: unknown = JSON.parse(attempt.body);
    const { errors, message } = (parsed ?? {}) as { errors?: unknown; message?: unknown };
    const texts = Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
    if (texts.length > 0) reason = texts.join('; ');
    else if (typeof message === 'string') reason = message;
  } catch {
    // Not JSON: PagerDuty answers some 400s in plain text ("Invalid routing key").
  }
  if (reason === '') return `HTTP ${attempt.status}`;
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

export function failureNote(attempt: Attempt): string {
  if (attempt.kind === 'timed-out') return 'no answer in time';
  if (attempt.kind === 'network-error') return 'the network could not be reached';
  return `HTTP ${attempt.status}: ${reasonOf(attempt)}`;
}

export function describeOutcome(trigger: Attempt, resolve: Attempt | null, context: OutcomeContext): Verdict {
  const kind = kindOf(trigger);
  const tries = context.attempts === 1 ? '' : ` (after ${context.attempts} attempts)`;
  switch (kind) {
    case 'accepted':
      return { kind, message: acceptedMessage(resolve, context) };
    case 'rejected':
      return {
        kind,
        message:
          `PagerDuty rejected the test alert: ${reasonOf(trigger as Attempt & { kind: 'response' })}. ` +
          "Check the Integration Key. The integration's type may not accept Events API v2 events; " +
          'an "Events API v2" or "Blackfire.io" integration does.',
      };
    case 'rate-limited':
      return {
        kind,
        message: `PagerDuty's rate limit for this key was reached${tries} (about 120 events a minute). Wait a minute, then try again.`,
      };
    case 'unavailable':
      return {
        kind,
        message: `PagerDuty is unavailable right now (${failureNote(trigger)})${tries}. Try again in a few minutes.`,
      };
    case 'timed-out':
      return { kind, message: timedOutMessage(resolve) };
    case 'network-unreachable':
      return {
        kind,
        message: `The network could not be reached${tries}: PagerDuty's Events API did not connect. Check the connection, VPN or proxy, then try again.`,
      };
  }
}

/** A trigger that timed out may still have opened an incident: its resolve was sent anyway. */
function timedOutMessage(resolve: Attempt | null): string {
  const closed =
    resolve !== null && kindOf(resolve) === 'accepted'
      ? 'its resolve was sent and accepted, so any test incident it opened closes itself'
      : `resolving it failed too (${resolve === null ? 'not sent' : failureNote(resolve)}): if a test incident opened, resolve it in PagerDuty by hand`;
  return `PagerDuty did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds. The test alert may still have arrived; ${closed}. Try again in a moment.`;
}

function acceptedMessage(resolve: Attempt | null, { serviceName, severity, isRuleset }: OutcomeContext): string {
  const accepted = `PagerDuty accepted the ${testKindName(severity)} test alert for ${serviceName}`;
  const resolved =
    resolve !== null && kindOf(resolve) === 'accepted'
      ? ' and then its resolve, so the test incident closes itself.'
      : `, but resolving it failed (${resolve === null ? 'not sent' : failureNote(resolve)}): ` +
        'resolve the test incident in PagerDuty by hand.';
  const ruleset = isRuleset
    ? ' This is a ruleset (Event Orchestration) key: its rules decide whether an incident opens.'
    : '';
  return accepted + resolved + ruleset;
}
