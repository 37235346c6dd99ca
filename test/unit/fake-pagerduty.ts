/**
 * PagerDuty behind a fake fetch, for the background's REST code under unit test: the REST API
 * stand-in of the end-to-end tests answers api.* requests, and the Events API hosts accept every
 * event (telling the stand-in, which then opens incidents on its timers: use fake timers).
 */
import type { ClientDeps } from '../../src/background/events-client';
import { RestApiStandIn } from '../e2e/harness/rest-api';

export interface SentRequest {
  host: string;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

export function fakePagerDuty(standIn = new RestApiStandIn()) {
  const sent: SentRequest[] = [];
  let uuids = 0;
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body = typeof init.body === 'string' ? init.body : '';
    const method = init.method ?? 'GET';
    sent.push({ host: url.hostname, method, path: url.pathname, query: url.searchParams, headers, body });
    if (url.hostname.startsWith('events.')) {
      const event = JSON.parse(body) as Record<string, unknown>;
      standIn.eventAccepted(url.hostname, event);
      return new Response(JSON.stringify({ status: 'success', message: 'Event processed', dedup_key: event.dedup_key }), { status: 202 });
    }
    const answer = standIn.answer({ host: url.hostname, method, url: url.pathname + url.search, headers, body });
    return new Response(answer.body === '' ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
  const deps: ClientDeps = {
    fetch: fetch as typeof globalThis.fetch,
    clock: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: () => 0.5, now: () => Date.now() },
    uuid: () => `uuid-${++uuids}`,
  };
  /** The REST requests (not the Events API's), in order. */
  const restRequests = () => sent.filter((request) => request.host.startsWith('api.'));
  return { standIn, deps, sent, restRequests };
}
