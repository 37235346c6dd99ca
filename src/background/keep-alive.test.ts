import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { KEEP_ALIVE_MS, keptAlive } = await import('./keep-alive');

describe('keptAlive (fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings every 10 s while the task runs, and stops with it', async () => {
    const ping = vi.fn(async () => undefined);
    const task = keptAlive(() => new Promise<string>((resolve) => setTimeout(resolve, 40_000, 'done')), ping);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(await task).toBe('done');
    expect(ping).toHaveBeenCalledTimes(40_000 / KEEP_ALIVE_MS);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ping).toHaveBeenCalledTimes(4);
  });

  it('stops pinging when the task fails, and passes the failure on', async () => {
    const ping = vi.fn(async () => undefined);
    const task = keptAlive(() => new Promise((_, reject) => setTimeout(reject, 15_000, new Error('no'))), ping);
    const failed = expect(task).rejects.toThrow('no');
    await vi.advanceTimersByTimeAsync(15_000);
    await failed;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ping).toHaveBeenCalledTimes(1);
  });
});
