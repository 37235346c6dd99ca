import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffMs, isRateLimited, isRetryable, MAX_RETRY_AFTER_MS, retryAfterMs, withRetries, type Attempt, type RetryClock } from './retry';

const answer = (status: number, retryAfter: string | null = null): Attempt => ({ kind: 'response', status, body: '', retryAfter });
const timedOut: Attempt = { kind: 'timed-out' };
const networkError: Attempt = { kind: 'network-error' };

describe('isRetryable', () => {
  it.each([
    ['a network error', networkError, true],
    ['a 429', answer(429), true],
    ['a 500', answer(500), true],
    ['a 503', answer(503), true],
    ['a 400', answer(400), false],
    ['a 202', answer(202), false],
    ['a timeout (the person has waited 10 s already)', timedOut, false],
  ] as const)('%s: %s', (_name, attempt, expected) => expect(isRetryable(attempt)).toBe(expected));
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-03-04T05:06:07Z');
  it.each([
    ['1', 1000],
    [' 30 ', 30_000],
    ['Wed, 04 Mar 2026 05:06:09 GMT', 2000],
    ['Wed, 04 Mar 2026 05:06:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ] as const)('reads %j as %j ms', (header, expected) => expect(retryAfterMs(header, now)).toBe(expected));
});

describe('backoffMs', () => {
  it('doubles per retry, with jitter between half and all of it', () => {
    expect([backoffMs(1, 0), backoffMs(1, 0.999)]).toEqual([250, 500]);
    expect([backoffMs(2, 0), backoffMs(2, 0.999)]).toEqual([500, 1000]);
  });
});

describe('withRetries (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock: RetryClock = {
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => 0.5,
    now: () => Date.now(),
  };

  /** Runs withRetries over these answers; returns how long it took in fake time. */
  async function run(...answers: Attempt[]) {
    const send = vi.fn(async () => answers.shift() ?? answer(202));
    const started = Date.now();
    const done = withRetries(send, clock);
    await vi.runAllTimersAsync();
    const result = await done;
    return { ...result, sends: send.mock.calls.length, waited: Date.now() - started };
  }

  it('never retries a 400', async () => {
    expect(await run(answer(400))).toMatchObject({ attempts: 1, sends: 1, waited: 0, final: { status: 400 } });
  });

  it('never retries a timeout', async () => {
    expect(await run(timedOut)).toMatchObject({ attempts: 1, final: timedOut });
  });

  it('stops after three attempts of 500, backing off exponentially', async () => {
    expect(await run(answer(500), answer(500), answer(500), answer(202))).toMatchObject({
      attempts: 3,
      sends: 3,
      waited: 375 + 750,
      final: { status: 500 },
    });
  });

  it('retries network errors until an answer comes', async () => {
    expect(await run(networkError, networkError)).toMatchObject({ attempts: 3, final: { status: 202 } });
  });

  it("reports PagerDuty's last answer when later attempts could not connect", async () => {
    expect(await run(answer(503), networkError, networkError)).toMatchObject({ attempts: 3, final: { status: 503 } });
  });

  it('waits out Retry-After when it is longer than the backoff', async () => {
    const send = vi.fn().mockResolvedValueOnce(answer(429, '1')).mockResolvedValue(answer(202));
    const done = withRetries(send, clock);
    await vi.advanceTimersByTimeAsync(999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await done).toMatchObject({ attempts: 2, final: { status: 202 } });
  });

  it('retries only what the caller allows (a request that creates: only a 429)', async () => {
    const send = vi.fn().mockResolvedValueOnce(answer(500)).mockResolvedValue(answer(201));
    const done = withRetries(send, clock, isRateLimited);
    await vi.runAllTimersAsync();
    expect(await done).toMatchObject({ attempts: 1, final: { status: 500 } });
    const limited = vi.fn().mockResolvedValueOnce(answer(429, '1')).mockResolvedValue(answer(201));
    const retried = withRetries(limited, clock, isRateLimited);
    await vi.runAllTimersAsync();
    expect(await retried).toMatchObject({ attempts: 2, final: { status: 201 } });
  });

  it('gives up at once when Retry-After asks for longer than a person waits at a popup', async () => {
    const seconds = String(MAX_RETRY_AFTER_MS / 1000 + 1);
    expect(await run(answer(429, seconds))).toMatchObject({ attempts: 1, waited: 0, final: { status: 429 } });
  });
});
