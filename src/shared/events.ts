/**
 * The test alert's two Events API v2 events: a trigger that reads well as a PagerDuty incident,
 * and the resolve that closes it. Pure: the caller supplies the key, the dedup key and the time.
 */
import { EVENTS_API_HOSTS, type Region } from './consoles';
import type { TestSeverity } from './messages';

export const CLIENT_NAME = 'Blackfire → PagerDuty setup helper (browser extension)';
/** Shown as the incident's "View in" link: where Blackfire's notification channels are managed. */
export const CLIENT_URL = 'https://blackfire.io/my/environments';
/** PagerDuty's limit on `payload.summary`. */
export const MAX_SUMMARY_LENGTH = 1024;

export interface TriggerEvent {
  routing_key: string;
  event_action: 'trigger';
  dedup_key: string;
  client: string;
  client_url: string;
  payload: {
    summary: string;
    source: string;
    severity: TestSeverity;
    component: string;
    timestamp: string;
    custom_details: Record<string, string>;
  };
}

export interface ResolveEvent {
  routing_key: string;
  event_action: 'resolve';
  dedup_key: string;
}

export interface TestAlertInput {
  routingKey: string;
  serviceName: string;
  severity: TestSeverity;
  dedupKey: string;
  sentAt: Date;
}

/** The URL comes from the key's region only: no message or page ever names where a key goes. */
export function enqueueUrl(region: Region): string {
  if (!Object.hasOwn(EVENTS_API_HOSTS, region)) throw new Error(`Unknown PagerDuty region: ${String(region)}`);
  return `https://${EVENTS_API_HOSTS[region]}/v2/enqueue`;
}

/** Unique per test, so a repeated test never merges into an earlier (still open) incident. */
export function newDedupKey(uuid: string): string {
  return `blackfire-setup-test-${uuid}`;
}

/** Blackfire sends warnings as `warning` and alarms as `critical`; the person knows the Blackfire words. */
export const testKindName = (severity: TestSeverity) => (severity === 'critical' ? 'alarm' : 'warning');

export function buildTriggerEvent({ routingKey, serviceName, severity, dedupKey, sentAt }: TestAlertInput): TriggerEvent {
  const summary =
    `Blackfire setup test (${testKindName(severity)}) for ${serviceName}: Blackfire alerts can reach this service. ` +
    'No action needed; this test resolves itself.';
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    client: CLIENT_NAME,
    client_url: CLIENT_URL,
    payload: {
      summary: truncate(summary, MAX_SUMMARY_LENGTH),
      source: 'blackfire-setup-test',
      severity,
      component: 'Blackfire Monitoring',
      timestamp: sentAt.toISOString(),
      custom_details: {
        service: serviceName,
        sent_at: sentAt.toISOString(),
        test_kind: testKindName(severity),
        why: 'Sent by the Blackfire → PagerDuty setup helper to check the Integration Key.',
      },
    },
  };
}

export function buildResolveEvent(routingKey: string, dedupKey: string): ResolveEvent {
  return { routing_key: routingKey, event_action: 'resolve', dedup_key: dedupKey };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
