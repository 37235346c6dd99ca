/**
 * Sends the test alert: a trigger (with retries), then after a 202 or a timeout the resolve with
 * the same dedup key (when connected to the REST API, only once its incident was looked for). The only
 * code that sends an Integration Key anywhere; it never logs, and never lets a request leave for
 * any host but PagerDuty's two Events API hosts.
 */
import { EVENTS_API_HOSTS } from '../shared/consoles';
import { buildResolveEvent, buildTriggerEvent, enqueueUrl, newDedupKey } from '../shared/events';
import type { Delivery, TestOutcome, TestSeverity } from '../shared/messages';
import { deliveryMessage } from '../shared/rest/delivery';
import { describeOutcome, kindOf } from '../shared/outcomes';
import { realClock, withRetries, type Attempt, type RetryClock } from '../shared/retry';
import { fetchAttempt } from './fetch-attempt';
import type { HeldKey } from './vault';

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

/** One POST of an event, as an Attempt. */
export async function postEvent(url: string, event: object, secret: string, deps: ClientDeps): Promise<Attempt> {
  // Belt and braces: `url` comes from enqueueUrl, but nothing else may ever receive a key.
  if (!ALLOWED_HOSTS.has(new URL(url).hostname)) throw new Error('Refusing to send a key outside the Events API');
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) };
  return fetchAttempt(url, init, secret, deps);
}

/** Follows an accepted test alert through PagerDuty (the REST path, src/background/rest-delivery.ts). */
export interface DeliveryWatch {
  /** After the trigger's 202: waits for its incident. */
  opened(dedupKey: string): Promise<Delivery>;
  /** After the resolve's 202, for an incident seen: waits for it to resolve. */
  resolved(dedupKey: string, delivery: Delivery & { state: 'incident' }): Promise<Delivery>;
}

export interface TestOptions {
  watch?: DeliveryWatch | undefined;
  /** Called with each intermediate outcome while the test is followed, so it can be shown. */
  progress?: (outcome: TestOutcome) => Promise<void>;
}

export async function sendTestAlert(
  held: HeldKey,
  severity: TestSeverity,
  deps: ClientDeps = realDeps,
  { watch, progress }: TestOptions = {},
): Promise<TestOutcome> {
  const url = enqueueUrl(held.region);
  const dedupKey = newDedupKey(deps.uuid());
  const sentAt = new Date(deps.clock.now());
  const trigger = buildTriggerEvent({ routingKey: held.key, serviceName: held.serviceName, severity, dedupKey, sentAt });
  const sent = await withRetries(() => postEvent(url, trigger, held.key, deps), deps.clock);
  const context = { serviceName: held.serviceName, severity, isRuleset: held.isRuleset, attempts: sent.attempts };
  const outcomeOf = (message: string, delivery?: Delivery): TestOutcome => ({
    kind: kindOf(sent.final),
    message,
    severity,
    at: sentAt.getTime(),
    attempts: sent.attempts,
    ...(delivery ? { delivery } : {}),
  });
  const sendResolve = async () =>
    (await withRetries(() => postEvent(url, buildResolveEvent(held.key, dedupKey), held.key, deps), deps.clock)).final;

  // A trigger that timed out may have opened an incident all the same: resolve it (same dedup key, harmless otherwise).
  if (kindOf(sent.final) === 'timed-out') return outcomeOf(describeOutcome(sent.final, await sendResolve(), context).message);
  if (kindOf(sent.final) !== 'accepted') return outcomeOf(describeOutcome(sent.final, null, context).message);
  if (!watch) return outcomeOf(describeOutcome(sent.final, await sendResolve(), context).message);

  const accepted = (resolve: Attempt | null) => describeOutcome(sent.final, resolve, context).message;
  const say = (delivery: Delivery, resolve: Attempt | null | 'pending') =>
    outcomeOf(deliveryMessage(delivery, resolve, { serviceName: held.serviceName, severity, accepted: accepted(resolve === 'pending' ? null : resolve) }), delivery);
  await progress?.(say({ state: 'waiting', serviceName: held.serviceName }, 'pending'));
  let delivery = await watch.opened(dedupKey);
  if (delivery.state === 'incident') await progress?.(say(delivery, 'pending'));
  // Resolved only now, whatever was seen: a late incident still closes itself.
  const resolve = await sendResolve();
  if (delivery.state === 'incident' && kindOf(resolve) === 'accepted') delivery = await watch.resolved(dedupKey, delivery);
  return say(delivery, resolve);
}
