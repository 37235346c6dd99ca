import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INCIDENT_WAITS_MS, incidentQuery, pollUntilFound, RESOLVE_WAITS_MS, totalSeconds } from './polling';

describe('pollUntilFound (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  /** Polls with a `look` that finds `value` from `foundAt` ms on; records when it looked. */
  async function poll(foundAt: number, waits = INCIDENT_WAITS_MS) {
    const started = Date.now();
    const lookedAt: number[] = [];
    const look = vi.fn(async () => {
      lookedAt.push(Date.now() - started);
      return Date.now() - started >= foundAt ? 'incident #42' : undefined;
    });
    const done = pollUntilFound(look, waits, sleep);
    await vi.runAllTimersAsync();
    return { found: await done, lookedAt, took: Date.now() - started };
  }

  it('looks after 1 s, then backs off, and stops at the first find', async () => {
    expect(await poll(2_500)).toEqual({ found: 'incident #42', lookedAt: [1_000, 3_000], took: 3_000 });
  });

  it('waits no longer than needed when the incident is there at the first look', async () => {
    expect(await poll(0)).toMatchObject({ lookedAt: [1_000], took: 1_000 });
  });

  it('gives up after about 30 s and 8 looks, never looking again', async () => {
    const { found, lookedAt, took } = await poll(Number.POSITIVE_INFINITY);
    expect(found).toBeUndefined();
    expect(lookedAt).toEqual([1_000, 3_000, 6_000, 10_000, 15_000, 20_000, 25_000, 30_000]);
    expect(took).toBe(30_000);
  });

  it('finds an incident that opens at 29 s, at the last look', async () => {
    expect(await poll(29_000)).toMatchObject({ found: 'incident #42', took: 30_000 });
  });

  it('waits at most 10 s for the resolve', async () => {
    expect(totalSeconds(RESOLVE_WAITS_MS)).toBe(10);
    expect((await poll(Number.POSITIVE_INFINITY, RESOLVE_WAITS_MS)).lookedAt).toEqual([1_000, 3_000, 6_000, 10_000]);
  });

  it('stops polling when a look fails, and passes the failure on', async () => {
    const look = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('401')).mockResolvedValue('late');
    const done = pollUntilFound(look, INCIDENT_WAITS_MS, sleep);
    const failed = expect(done).rejects.toThrow('401');
    await vi.runAllTimersAsync();
    await failed;
    expect(look).toHaveBeenCalledTimes(2);
  });
});

describe('incidentQuery', () => {
  it('asks for the incident of this dedup key on this service, at any date', () => {
    expect(incidentQuery('blackfire-setup-test-1', 'PSVC001')).toEqual([
      ['incident_key', 'blackfire-setup-test-1'],
      ['service_ids[]', 'PSVC001'],
      ['date_range', 'all'],
    ]);
  });

  it.each([
    ['an empty dedup key (PagerDuty would list every open incident)', '', 'PSVC001'],
    ['a blank dedup key', '  ', 'PSVC001'],
    ['no service', 'blackfire-setup-test-1', ''],
  ])('refuses %s', (_case, dedupKey, serviceId) => expect(() => incidentQuery(dedupKey, serviceId)).toThrow());
});
