/**
 * Calls `scan` with the whole page now and with what changed after (see `changes.ts`): Blackfire
 * is a single-page app whose modal (and the form in it) appears and goes without page loads.
 * Torn down when `signal` aborts.
 */
import { watchChanges } from '../changes';

/** Attributes that show or hide content (modals often open by a class or style switch), or lock a field. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'disabled', 'readonly'];

export function watchPage(doc: Document, scan: (scopes: readonly Element[]) => void, signal: AbortSignal): void {
  watchChanges(doc.documentElement, { childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES }, scan, signal);
}
