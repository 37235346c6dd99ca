import { describe, expect, it } from 'vitest';
import type { Attempt } from '../retry';
import { API_KEY_REJECTED, restFailureMessage, restReason } from './failures';

const answer = (status: number, body = '', retryAfter: string | null = null): Attempt => ({ kind: 'response', status, body, retryAfter });
const pagerDutyError = (message: string, errors: string[] = []) => JSON.stringify({ error: { code: 2010, message, errors } });

describe('restReason', () => {
  it.each([
    ['errors[] first', pagerDutyError('Access Denied', ['Token is read-only', 'Ask an admin']), 'Token is read-only; Ask an admin'],
    ['else the message', pagerDutyError('Access Denied'), 'Access Denied'],
    ['nothing from an empty body', '', null],
    ['nothing from HTML', '<html>Bad gateway</html>', null],
    ['nothing from another JSON shape', '{"message":"x"}', null],
  ])('reads %s', (_case, body, expected) => expect(restReason(body)).toBe(expected));

  it('cuts a long reason', () => expect(restReason(pagerDutyError('x'.repeat(1000)))).toHaveLength(300));
});

describe('restFailureMessage', () => {
  it('says a key was rejected on both regions when connecting', () => {
    expect(restFailureMessage(answer(401), 'connect')).toBe(API_KEY_REJECTED);
    expect(API_KEY_REJECTED).toMatch(/rejected this API key/);
  });

  it('says a 401 later means the key is no longer accepted', () => {
    expect(restFailureMessage(answer(401), 'list-services')).toMatch(/no longer accepts the API key/);
  });

  it('explains a 403 on create as a read-only key, with PagerDuty\'s reason', () => {
    const message = restFailureMessage(answer(403, pagerDutyError('Access Denied', ['The token is read-only'])), 'create-integration');
    expect(message).toMatch(/read-only/);
    expect(message).toContain('HTTP 403: The token is read-only');
  });

  it('names the action a 403 refused otherwise', () => {
    expect(restFailureMessage(answer(403, pagerDutyError('Access Denied')), 'find-incident')).toBe(
      'This API key has no permission to look up the test incident (HTTP 403: Access Denied).',
    );
  });

  it.each([
    ['ratelimit-reset in seconds', answer(429, '', '30'), 3, /rate limit was reached \(after 3 attempts\)\. Wait 30 seconds/],
    ['no headers and no body', answer(429), 1, /rate limit was reached\. Wait a minute/],
  ])('says "rate limit" for a 429 with %s', (_case, attempt, attempts, expected) =>
    expect(restFailureMessage(attempt, 'list-services', attempts)).toMatch(expected),
  );

  it.each([
    ['no network', { kind: 'network-error' } as Attempt, 'list-services', /network could not be reached \(after 3 attempts\)/],
    ['a timeout', { kind: 'timed-out' } as Attempt, 'list-services', /did not answer within 10 seconds/],
    ['a 503', answer(503), 'list-services', /unavailable right now \(HTTP 503\) \(after 3 attempts\)/],
    ['a 404 for a service', answer(404), 'read-service', /does not know this service/],
    [
      'a 400',
      answer(400, pagerDutyError('Invalid Input Provided', ['Name has already been taken'])),
      'create-integration',
      /refused to create the integration \(HTTP 400: Name has already been taken\)/,
    ],
  ] as const)('explains %s', (_case, attempt, action, expected) => {
    expect(restFailureMessage(attempt, action, 3)).toMatch(expected);
  });
});
