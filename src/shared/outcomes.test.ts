import { describe, expect, it } from 'vitest';
import { describeOutcome, type OutcomeContext } from './outcomes';
import type { Attempt } from './retry';

const answer = (status: number, body = ''): Attempt => ({ kind: 'response', status, body, retryAfter: null });
const accepted = answer(202, '{"status":"success","message":"Event processed","dedup_key":"x"}');
const context: OutcomeContext = { serviceName: 'Shopping Cart', severity: 'warning', isRuleset: false, attempts: 1 };

describe('describeOutcome', () => {
  it('says "accepted" when PagerDuty took the trigger and its resolve', () => {
    const { kind, message } = describeOutcome(accepted, accepted, context);
    expect(kind).toBe('accepted');
    expect(message).toMatch(/accepted the warning test alert for Shopping Cart/);
    expect(message).not.toMatch(/by hand|ruleset/);
  });

  it('names the alarm kind for a critical test', () => {
    expect(describeOutcome(accepted, accepted, { ...context, severity: 'critical' }).message).toMatch(/alarm test alert/);
  });

  it('asks for a manual resolve when the resolve failed', () => {
    const { kind, message } = describeOutcome(accepted, answer(503), context);
    expect(kind).toBe('accepted');
    expect(message).toMatch(/resolving it failed \(HTTP 503.*resolve the test incident in PagerDuty by hand/);
  });

  it('explains ruleset keys', () => {
    expect(describeOutcome(accepted, accepted, { ...context, isRuleset: true }).message).toMatch(/ruleset/);
  });

  it("shows PagerDuty's errors[] for a 400 and hints at the integration type", () => {
    const body = JSON.stringify({ status: 'invalid event', message: 'Event object is invalid', errors: ['First', 'Second'] });
    const { kind, message } = describeOutcome(answer(400, body), null, context);
    expect(kind).toBe('rejected');
    expect(message).toContain('First; Second');
    expect(message).toMatch(/integration's type may not accept Events API v2 events/);
  });

  it.each([
    ['a plain-text 400', answer(400, 'Invalid routing key\n'), 'rejected the test alert: Invalid routing key.'],
    ['a JSON 400 without errors[]', answer(400, '{"message":"Event object is invalid"}'), ': Event object is invalid.'],
    ['an empty 404', answer(404), ': HTTP 404.'],
  ])('shows the reason of %s', (_name, attempt, expected) => {
    expect(describeOutcome(attempt, null, context)).toMatchObject({ kind: 'rejected' });
    expect(describeOutcome(attempt, null, context).message).toContain(expected);
  });

  it("shortens a proxy's HTML page to a readable reason", () => {
    const { message } = describeOutcome(answer(400, `<html>${'x'.repeat(5000)}</html>`), null, context);
    expect(message.length).toBeLessThan(600);
  });

  it.each([
    ['rate-limited', answer(429), /rate limit .*after 3 attempts/],
    ['unavailable', answer(500, '{"status":"error","message":"Internal Server Error"}'), /unavailable.*HTTP 500.*after 3 attempts/],
    ['timed-out', { kind: 'timed-out' } as Attempt, /did not answer within 10 seconds/],
    ['network-unreachable', { kind: 'network-error' } as Attempt, /network could not be reached \(after 3 attempts\)/],
  ] as const)('reports %s', (kind, attempt, message) => {
    const verdict = describeOutcome(attempt, null, { ...context, attempts: 3 });
    expect(verdict.kind).toBe(kind);
    expect(verdict.message).toMatch(message);
  });
});
