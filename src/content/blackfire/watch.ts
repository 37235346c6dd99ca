/**
 * Calls `scan` now and after the page's DOM changed (batched, see `batchedWork`): Blackfire is a
 * single-page app whose modal (and the form in it) appears and goes without page loads. One
 * observer for the whole page, everything torn down when `signal` aborts.
 */
import { batchedWork } from '../batch';

/** Modals animate (class and style changes) while they open: at most one scan per this many ms. */
const SCAN_GAP_MS = 150;
/** Attributes that show or hide content (modals often open by a class or style switch). */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden'];

export function watchPage(root: Node, scan: () => void, signal: AbortSignal): void {
  const scans = batchedWork(scan, SCAN_GAP_MS, signal);
  const observer = new MutationObserver(scans.soon);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: VISIBILITY_ATTRIBUTES });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  scans.now();
}
