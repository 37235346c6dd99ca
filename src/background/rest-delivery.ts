/**
 * Verified delivery: when connected, an accepted test alert is followed through PagerDuty's REST
 * API until its incident shows up on the key's service (and later resolves), or the time is up.
 */
import type { Delivery, IncidentSeen } from '../shared/messages';
import { findInPages } from '../shared/rest/pagination';
import { INCIDENT_WAITS_MS, pollUntilFound, RESOLVE_WAITS_MS } from '../shared/rest/polling';
import type { PdIncident, PdService } from '../shared/rest/resources';
import { realDeps, type ClientDeps, type DeliveryWatch } from './events-client';
import type { HeldKey } from './vault';
import { RestProblem, type RestConnection } from './rest-client';
import { findTestIncident, getService, listServices } from './rest-operations';
import { readRestSession } from './rest-session';

const holdsKey = (key: string) => (service: PdService) => service.integrations.some((integration) => integration.key === key);

/**
 * The service the key belongs to, in the connected account: the one the key came with when it
 * is really there (one request), else found by listing services with their integrations.
 */
async function serviceOfKey(connection: RestConnection, held: HeldKey, deps: ClientDeps): Promise<PdService | undefined> {
  if (held.serviceId !== '') {
    try {
      const service = await getService(connection, held.serviceId, deps);
      if (holdsKey(held.key)(service)) return service;
    } catch (error) {
      if (!(error instanceof RestProblem && error.status === 404)) throw error;
    }
  }
  return findInPages((offset, limit) => listServices(connection, '', offset, limit, deps), holdsKey(held.key));
}

const seen = (incident: PdIncident, service: PdService): IncidentSeen => ({
  number: incident.number,
  urgency: incident.urgency,
  status: incident.status,
  serviceName: incident.serviceName || service.name,
});

/** A problem as the end of a "Not confirmed: …" sentence. */
const reasonOf = (problem: RestProblem) => problem.message.replace(/\.$/, '');

/**
 * Polls with `waits` until `until` holds for the incident. A passing problem (network, rate
 * limit) is one look fewer; it counts only when no look ever got an answer.
 */
async function pollIncident(
  look: () => Promise<PdIncident | undefined>,
  until: (incident: PdIncident) => boolean,
  waits: readonly number[],
  deps: ClientDeps,
): Promise<{ incident?: PdIncident; unanswered?: RestProblem }> {
  let answered = false;
  let lastProblem: RestProblem | undefined;
  let last: PdIncident | undefined;
  const found = await pollUntilFound(
    async () => {
      try {
        last = (await look()) ?? last;
        answered = true;
        return last && until(last) ? last : undefined;
      } catch (error) {
        if (!(error instanceof RestProblem && error.transient)) throw error;
        lastProblem = error;
        return undefined;
      }
    },
    waits,
    deps.clock.sleep,
  );
  return { incident: found ?? last, ...(answered ? {} : { unanswered: lastProblem }) };
}

/** The watch for a test of `held`, when connected to PagerDuty's REST API; undefined otherwise. */
export async function deliveryWatchFor(held: HeldKey, deps: ClientDeps = realDeps): Promise<DeliveryWatch | undefined> {
  const session = await readRestSession();
  if (!session) return undefined;
  const { connection } = session;
  let service: PdService | undefined;

  async function opened(dedupKey: string): Promise<Delivery> {
    if (connection.region !== held.region) {
      return { state: 'unchecked', reason: `the API key is for a ${connection.region.toUpperCase()} account, this Integration Key for an ${held.region.toUpperCase()} one` };
    }
    try {
      service = await serviceOfKey(connection, held, deps);
      if (!service) return { state: 'unchecked', reason: 'no service of the connected PagerDuty account has this Integration Key' };
      const on = service;
      const { incident, unanswered } = await pollIncident(() => findTestIncident(connection, dedupKey, on.id, deps), () => true, INCIDENT_WAITS_MS, deps);
      if (incident) return { state: 'incident', incident: seen(incident, on) };
      return unanswered ? { state: 'unchecked', reason: reasonOf(unanswered) } : { state: 'no-incident', serviceName: on.name };
    } catch (error) {
      if (error instanceof RestProblem) return { state: 'unchecked', reason: reasonOf(error) };
      throw error;
    }
  }

  async function resolved(dedupKey: string, delivery: Delivery & { state: 'incident' }): Promise<Delivery> {
    if (!service) return delivery;
    const on = service;
    try {
      const { incident } = await pollIncident(
        () => findTestIncident(connection, dedupKey, on.id, deps),
        (found) => found.status === 'resolved',
        RESOLVE_WAITS_MS,
        deps,
      );
      return incident ? { state: 'incident', incident: seen(incident, on) } : delivery;
    } catch (error) {
      if (error instanceof RestProblem) return delivery; // the incident was seen: that stands
      throw error;
    }
  }

  return { opened, resolved };
}
