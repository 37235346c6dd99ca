/**
 * Calls `onSettled` after the page's DOM changed, at most once per burst of changes: Blackfire is
 * a single-page app whose modal (and the form in it) appears and goes without page loads. One
 * observer for the whole page, the work batched, everything torn down when `signal` aborts.
 */
const BATCH_MS = 150;
/** Attributes that show or hide content (modals often open by a class or style switch). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export function watchPage(root: Node, onSettled: () => void, signal: AbortSignal): void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      onSettled();
    }, BATCH_MS);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(pending);
    },
    { once: true },
  );
}
