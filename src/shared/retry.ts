/**
 * When to try an Events API request again, and how long to wait first. Pure apart from the
 * injected sleep, random and clock, so tests drive it with fake timers.
 *
 * Retried: network errors, 429 and 5xx (transient by PagerDuty's docs). Never retried: 400 (the
 * event or key is wrong; the same request fails the same way) and timeouts: a request that hung
 * for the full 10 s has already made the person wait, and three of them would keep the popup
 * busy for over 30 s; they can press the button again.
 */
export const MAX_ATTEMPTS = 3;
export const REQUEST_TIMEOUT_MS = 10_000;
export const BASE_BACKOFF_MS = 500;
/** A longer `Retry-After` than this is not waited out at a popup: the outcome says "rate limit". */
export const MAX_RETRY_AFTER_MS = 10_000;

/** What one request came to, before any interpretation. */
export type Attempt =
  | { kind: 'response'; status: number; body: string; retryAfter: string | null }
  | { kind: 'timed-out' }
  | { kind: 'network-error' };

export interface RetryClock {
  sleep(ms: number): Promise<void>;
  /** In [0, 1), as Math.random. */
  random(): number;
  now(): number;
}

export const realClock: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** Only a 429 says for sure that PagerDuty did nothing: the one retry safe for a request that creates. */
export const isRateLimited = (attempt: Attempt): boolean => attempt.kind === 'response' && attempt.status === 429;

export function isRetryable(attempt: Attempt): boolean {
  if (attempt.kind === 'network-error') return true;
  if (attempt.kind === 'timed-out') return false;
  return attempt.status === 429 || attempt.status >= 500;
}

/** `Retry-After` as delay-seconds or an HTTP-date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with jitter: retry n waits between half and all of BASE × 2^(n-1). */
export function backoffMs(retry: number, random: number): number {
  const ceiling = BASE_BACKOFF_MS * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** How long to wait after `attempt` (the `attemptsMade`th) before the next one, or null to stop. */
export function delayBeforeRetry(
  attempt: Attempt,
  attemptsMade: number,
  clock: RetryClock,
  retryable: (attempt: Attempt) => boolean = isRetryable,
): number | null {
  if (!retryable(attempt) || attemptsMade >= MAX_ATTEMPTS) return null;
  const backoff = backoffMs(attemptsMade, clock.random());
  const asked = attempt.kind === 'response' ? retryAfterMs(attempt.retryAfter, clock.now()) : null;
  if (asked === null) return backoff;
  return asked > MAX_RETRY_AFTER_MS ? null : Math.max(asked, backoff);
}

/**
 * Sends until an answer is final or MAX_ATTEMPTS are spent. Returns the count and the attempt
 * that explains the result best: the last one PagerDuty answered, else the last one. A network
 * error right after PagerDuty answered 500 or 503 is most likely Chrome refusing the request
 * itself (it backs off an extension's requests to a URL that keeps failing so).
 */
export async function withRetries(
  send: () => Promise<Attempt>,
  clock: RetryClock = realClock,
  retryable: (attempt: Attempt) => boolean = isRetryable,
): Promise<{ final: Attempt; attempts: number }> {
  let answered: Attempt | undefined;
  for (let attempts = 1; ; attempts += 1) {
    const last = await send();
    if (last.kind === 'response') answered = last;
    const delay = delayBeforeRetry(last, attempts, clock, retryable);
    if (delay === null) return { final: answered ?? last, attempts };
    await clock.sleep(delay);
  }
}
