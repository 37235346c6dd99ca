import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchedWork } from './batch';

describe('batchedWork', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs the first change after a quiet moment in the next task, then at most once per gap', () => {
    const work = vi.fn();
    const batch = batchedWork(work, 150, new AbortController().signal);
    batch.now();
    vi.advanceTimersByTime(200);
    batch.soon();
    batch.soon();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(2);

    // A burst right after a run: one run, when the gap is over.
    batch.soon();
    vi.advanceTimersByTime(100);
    batch.soon();
    expect(work).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(50);
    expect(work).toHaveBeenCalledTimes(3);
  });

  it('runs nothing after the signal aborted', () => {
    const work = vi.fn();
    const stop = new AbortController();
    const batch = batchedWork(work, 150, stop.signal);
    batch.soon();
    stop.abort();
    vi.advanceTimersByTime(1_000);
    batch.now();
    expect(work).not.toHaveBeenCalled();
  });
});
