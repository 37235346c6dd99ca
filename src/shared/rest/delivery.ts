/**
 * What the status region says while and after a test alert is followed through PagerDuty's REST
 * API. Only an incident seen on the service says "Confirmed"; an accepted event without one says
 * so, and names the usual causes.
 */
import { testKindName } from '../events';
import type { Delivery, IncidentSeen, TestSeverity } from '../messages';
import { failureNote, kindOf } from '../outcomes';
import type { Attempt } from '../retry';
import { INCIDENT_WAITS_MS, RESOLVE_WAITS_MS, totalSeconds } from './polling';

export interface DeliveryContext {
  serviceName: string;
  severity: TestSeverity;
  /** The message the test would have without the REST API: what the Events API said. */
  accepted: string;
}

export const incidentPhrase = (incident: IncidentSeen) =>
  `incident #${incident.number} opened on ${incident.serviceName} (${incident.urgency} urgency)`;

export const isConfirmed = (delivery: Delivery | undefined) => delivery?.state === 'incident';

const acceptedTest = (severity: TestSeverity) => `PagerDuty accepted the ${testKindName(severity)} test alert`;

export function waitingMessage(serviceName: string, severity: TestSeverity): string {
  return `${acceptedTest(severity)}; waiting up to ${totalSeconds(INCIDENT_WAITS_MS)} seconds for the incident on ${serviceName}…`;
}

/**
 * The message for `delivery`, given the resolve that followed it: `'pending'` before it is sent,
 * else its final attempt (null when it was not sent).
 */
export function deliveryMessage(delivery: Delivery, resolve: Attempt | null | 'pending', context: DeliveryContext): string {
  switch (delivery.state) {
    case 'waiting':
      return waitingMessage(delivery.serviceName, context.severity);
    case 'incident': {
      const { incident } = delivery;
      const seen = `Confirmed: ${acceptedTest(context.severity)} and ${incidentPhrase(incident)}`;
      if (resolve === 'pending') return `${seen}. Resolving it…`;
      if (incident.status === 'resolved') return `${seen}; it was then resolved.`;
      if (resolve === null || kindOf(resolve) !== 'accepted') {
        const why = resolve === null ? 'not sent' : failureNote(resolve);
        return `${seen}, but resolving it failed (${why}): resolve incident #${incident.number} in PagerDuty by hand.`;
      }
      return (
        `${seen}. PagerDuty accepted the resolve, but the incident was still open ${totalSeconds(RESOLVE_WAITS_MS)} seconds ` +
        `later: resolve incident #${incident.number} in PagerDuty if it stays open.`
      );
    }
    case 'no-incident':
      return (
        `${acceptedTest(context.severity)}, but no incident was opened on ${delivery.serviceName} within ` +
        `${totalSeconds(INCIDENT_WAITS_MS)} seconds. Usual causes: the service is disabled or in maintenance, an event rule ` +
        'suppresses or drops the event, or the key belongs to another service.'
      );
    case 'unchecked':
      return `${context.accepted} Not confirmed: ${delivery.reason}.`;
  }
}
