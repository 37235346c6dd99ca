/**
 * PagerDuty's REST API: the only code that sends the REST API key, and only to
 * `api.pagerduty.com` / `api.eu.pagerduty.com` (by the connection's region, never a URL from a
 * message), with `Authorization: Token token=…` and PagerDuty's versioned Accept header. A 429
 * is waited out (`ratelimit-reset`), network errors and 5xx retried: at most 3 attempts.
 */
import { REST_API_HOSTS, type Region } from '../shared/consoles';
import { isRateLimited, isRetryable, withRetries, type Attempt } from '../shared/retry';
import { notUnderstoodMessage, restFailureMessage, type RestAction } from '../shared/rest/failures';
import { realDeps, type ClientDeps } from './events-client';
import { fetchAttempt } from './fetch-attempt';

export interface RestConnection {
  /** The REST API key: a stronger secret than an Integration Key. */
  key: string;
  region: Region;
}

export interface RestRequest {
  action: RestAction;
  method: 'GET' | 'POST';
  /** Path segments, each encoded here: ids never change the path's shape. */
  path: readonly string[];
  query?: readonly [string, string][];
  body?: object;
}

export const ACCEPT = 'application/vnd.pagerduty+json;version=2';

/** A REST request that did not succeed, with the message for the person. */
export class RestProblem extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** Whether trying again later may help (network, rate limit, 5xx, timeout). */
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'RestProblem';
  }
}

export function restUrl(region: Region, path: readonly string[], query: readonly [string, string][] = []): string {
  if (!Object.hasOwn(REST_API_HOSTS, region)) throw new Error(`Unknown PagerDuty region: ${String(region)}`);
  const url = new URL(`https://${REST_API_HOSTS[region]}/${path.map(encodeURIComponent).join('/')}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url.href;
}

function problemOf(attempt: Attempt, action: RestAction, attempts: number): RestProblem {
  const status = attempt.kind === 'response' ? attempt.status : null;
  const transient = attempt.kind === 'timed-out' || isRetryable(attempt);
  return new RestProblem(restFailureMessage(attempt, action, attempts), status, transient);
}

/** Sends one request (with retries) and gives PagerDuty's JSON answer, or throws a RestProblem. */
export async function restCall(connection: RestConnection, request: RestRequest, deps: ClientDeps = realDeps): Promise<unknown> {
  const url = restUrl(connection.region, request.path, request.query);
  const headers: Record<string, string> = { authorization: `Token token=${connection.key}`, accept: ACCEPT };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = { method: request.method, headers };
  if (request.body !== undefined) init.body = JSON.stringify(request.body);
  // A POST that failed otherwise may have created its integration: sending it again could make two.
  const retryable = request.method === 'POST' ? isRateLimited : isRetryable;
  const send = () => fetchAttempt(url, init, connection.key, deps);
  const { final, attempts } = await withRetries(send, deps.clock, retryable);
  if (final.kind !== 'response' || final.status < 200 || final.status >= 300) throw problemOf(final, request.action, attempts);
  try {
    return JSON.parse(final.body) as unknown;
  } catch {
    throw notUnderstood(request.action);
  }
}

/** PagerDuty answered, but not with what the extension reads. */
export const notUnderstood = (action: RestAction) => new RestProblem(notUnderstoodMessage(action), null, false);
