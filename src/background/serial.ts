/**
 * Runs tasks one after another. Storage updates are read-modify-write across awaits: two quick
 * messages (two captures, a capture and a page report) would otherwise lose one another's change.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = tail.then(task);
    tail = next.catch(() => undefined); // one failed task must not block the ones after it
    return next;
  };
}
