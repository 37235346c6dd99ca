/**
 * How the content script's page watchers turn DOM changes into scans. A scan reads the whole
 * page, so a burst of changes (the console rendering, a modal animating) must not cost one scan
 * per change; but the person should see our button as soon as the key or form shows, within a
 * frame. So: the first change after a quiet moment is scanned in the next task, and during a
 * burst there is at most one scan per `gapMs` (the last change of a burst is always scanned).
 *
 * A fixed delay (this used to wait 150 ms after every first change) bounds the cost the same way
 * but made every detection take at least that long: `npm run bench` measures it.
 */
export interface BatchedWork {
  /** Runs the work now (a first scan). */
  now(): void;
  /** Runs the work in the next task, or once `gapMs` has passed since the last run. */
  soon(): void;
}

export function batchedWork(work: () => void, gapMs: number, signal: AbortSignal): BatchedWork {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  const now = () => {
    if (signal.aborted) return;
    lastRun = performance.now();
    work();
  };
  signal.addEventListener('abort', () => clearTimeout(pending), { once: true });
  return {
    now,
    soon() {
      pending ??= setTimeout(
        () => {
          pending = undefined;
          now();
        },
        Math.max(0, lastRun + gapMs - performance.now()),
      );
    },
  };
}
