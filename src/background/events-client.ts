/**
 * Sends the test alert: a trigger (with retries), then after a 202 the resolve with the same
 * dedup key. The only code that sends a key anywhere; it never logs, and never lets a request
 * leave for any host but PagerDuty's two Events API hosts.
 */
import { EVENTS_API_HOSTS } from '../shared/consoles';
import { buildResolveEvent, buildTriggerEvent, enqueueUrl, newDedupKey } from '../shared/events';
import type { TestOutcome, TestSeverity } from '../shared/messages';
import { describeOutcome, kindOf } from '../shared/outcomes';
import { REQUEST_TIMEOUT_MS, realClock, withRetries, type Attempt, type RetryClock } from '../shared/retry';
import type { HeldKey } from './key-store';

export interface ClientDeps {
  fetch: typeof fetch;
  clock: RetryClock;
  uuid(): string;
}

export const realDeps: ClientDeps = {
  // Wrapped: fetch called as a method of another object throws "Illegal invocation".
  fetch: (input, init) => fetch(input, init),
  clock: realClock,
  uuid: () => crypto.randomUUID(),
};

const ALLOWED_HOSTS = new Set(Object.values(EVENTS_API_HOSTS));

/** One POST, as an Attempt. The whole exchange (body included) runs under the 10 s timeout. */
export async function postEvent(url: string, event: object, secret: string, deps: ClientDeps): Promise<Attempt> {
  // Belt and braces: `url` comes from enqueueUrl, but nothing else may ever receive a key.
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) throw new Error('Refusing to send a key outside the Events API');
  try {
    const response = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      // A redirect could aim the key elsewhere; PagerDuty's Events API never redirects.
      redirect: 'error',
      credentials: 'omit',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return {
      kind: 'response',
      status: response.status,
      // PagerDuty's answer is shown to the person, whose popup never shows the full key.
      body: (await response.text()).replaceAll(secret, '…'),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    return { kind: error instanceof DOMException && error.name === 'TimeoutError' ? 'timed-out' : 'network-error' };
  }
}

export async function sendTestAlert(held: HeldKey, severity: TestSeverity, deps: ClientDeps = realDeps): Promise<TestOutcome> {
  const url = enqueueUrl(held.region);
  const dedupKey = newDedupKey(deps.uuid());
  const sentAt = new Date(deps.clock.now());
  const trigger = buildTriggerEvent({ routingKey: held.key, serviceName: held.serviceName, severity, dedupKey, sentAt });
  const sent = await withRetries(() => postEvent(url, trigger, held.key, deps), deps.clock);
  const resolve =
    kindOf(sent.final) === 'accepted'
      ? (await withRetries(() => postEvent(url, buildResolveEvent(held.key, dedupKey), held.key, deps), deps.clock)).final
      : null;
  const context = { serviceName: held.serviceName, severity, isRuleset: held.isRuleset, attempts: sent.attempts };
  return { ...describeOutcome(sent.final, resolve, context), severity, at: sentAt.getTime(), attempts: sent.attempts };
}
