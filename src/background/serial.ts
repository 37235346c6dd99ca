/**
 * Runs tasks one after another. Storage updates are read-modify-write across awaits: two quick
 * messages (two captures, a capture and a page report, a key added while Remember is turned on)
 * would otherwise lose one another's change.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = tail.then(task);
    tail = next.catch(() => undefined); // one failed task must not block the ones after it
    return next;
  };
}

/**
 * The one queue for every read-modify-write of the extension's storage (vault, tab records, REST
 * session, running tests): one queue cannot be raced by another.
 */
export const inTurn = serialQueue();
