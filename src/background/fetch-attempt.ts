/**
 * One HTTPS request to PagerDuty, as an Attempt (src/shared/retry.ts): the Events API client and
 * the REST client both send through here, so both get the same guards.
 */
import { REQUEST_TIMEOUT_MS, type Attempt } from '../shared/retry';

export interface FetchDeps {
  fetch: typeof fetch;
}

/**
 * Sends `init` to `url` with a 10 s timeout over the whole exchange (body included), no cookies
 * and no redirects (a redirect could aim a key elsewhere; PagerDuty's APIs never redirect). The
 * answer's text never carries `secret` back: it may be shown to the person.
 */
export async function fetchAttempt(url: string, init: RequestInit, secret: string, deps: FetchDeps): Promise<Attempt> {
  try {
    const response = await deps.fetch(url, {
      ...init,
      redirect: 'error',
      credentials: 'omit',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return {
      kind: 'response',
      status: response.status,
      body: (await response.text()).replaceAll(secret, '…'),
      // The Events API says Retry-After; the REST API says ratelimit-reset (seconds), or nothing.
      retryAfter: response.headers.get('retry-after') ?? response.headers.get('ratelimit-reset'),
    };
  } catch (error) {
    return { kind: error instanceof DOMException && error.name === 'TimeoutError' ? 'timed-out' : 'network-error' };
  }
}
