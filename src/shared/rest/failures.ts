/**
 * What a failed REST request means to the person, per action. Pure: it reads the final attempt
 * (after retries) as src/shared/retry.ts records it, and PagerDuty's error body
 * `{"error": {"code", "message", "errors": [...]}}`.
 */
import { isPlainObject } from '../shape';
import { REQUEST_TIMEOUT_MS, type Attempt } from '../retry';

export type RestAction =
  | 'connect'
  | 'list-services'
  | 'read-service'
  | 'find-vendor'
  | 'create-integration'
  | 'read-integration'
  | 'find-incident';

const ACTION: Record<RestAction, string> = {
  connect: 'connect',
  'list-services': 'list the services',
  'read-service': 'read the service',
  'find-vendor': 'look up the Blackfire.io integration type',
  'create-integration': 'create the integration',
  'read-integration': "read the integration's key",
  'find-incident': 'look up the test incident',
};

/** PagerDuty's answer text is shown; a page of HTML from a proxy is not. */
const MAX_REASON_LENGTH = 300;

/** PagerDuty's own words: `error.errors[]`, else `error.message`; null when the body has neither. */
export function restReason(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = isPlainObject(parsed) && isPlainObject(parsed.error) ? parsed.error : {};
    const errors = Array.isArray(error.errors) ? error.errors.filter((e): e is string => typeof e === 'string') : [];
    const reason = errors.length > 0 ? errors.join('; ') : typeof error.message === 'string' ? error.message : '';
    if (reason.trim() === '') return null;
    return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
  } catch {
    return null; // a 429 may come without a body; a proxy may answer HTML
  }
}

const withReason = (status: number, body: string) => {
  const reason = restReason(body);
  return reason === null ? `HTTP ${status}` : `HTTP ${status}: ${reason}`;
};

export const notUnderstoodMessage = (action: RestAction) =>
  `PagerDuty answered, but not as expected, when asked to ${ACTION[action]}. Try again; if it persists, take the key from PagerDuty's site instead.`;

export const API_KEY_REJECTED =
  "PagerDuty rejected this API key (401) on both its US and EU service regions. Check that you copied the whole key and that it wasn't deleted or revoked.";

export function restFailureMessage(attempt: Attempt, action: RestAction, attempts = 1): string {
  const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
  if (attempt.kind === 'network-error') {
    return `The network could not be reached${tries}: PagerDuty's REST API did not connect. Check the connection, VPN or proxy, then try again.`;
  }
  if (attempt.kind === 'timed-out') return `PagerDuty's REST API did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds. Try again.`;
  const { status, body } = attempt;
  if (status === 401) {
    return action === 'connect' ? API_KEY_REJECTED : 'PagerDuty no longer accepts the API key (401): disconnect, then connect with a valid key.';
  }
  if (status === 403 && action === 'create-integration') {
    return (
      `PagerDuty did not let this API key create the integration (${withReason(status, body)}). A read-only account key, or a user ` +
      "whose role may not change this service, can list services but not add integrations: use a full-access key, or add the " +
      "Blackfire.io integration on PagerDuty's site."
    );
  }
  if (status === 403) return `This API key has no permission to ${ACTION[action]} (${withReason(status, body)}).`;
  if (status === 404 && (action === 'read-service' || action === 'create-integration')) {
    return 'PagerDuty does not know this service (404): it may have been deleted. Search again.';
  }
  if (status === 429) {
    const wait = attempt.retryAfter !== null && /^\d+$/.test(attempt.retryAfter.trim()) ? `${attempt.retryAfter.trim()} seconds` : 'a minute';
    return `PagerDuty's REST API rate limit was reached${tries}. Wait ${wait}, then try again.`;
  }
  if (status >= 500) return `PagerDuty is unavailable right now (HTTP ${status})${tries}. Try again in a few minutes.`;
  return `PagerDuty refused to ${ACTION[action]} (${withReason(status, body)}).`;
}
