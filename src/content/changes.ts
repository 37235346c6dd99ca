/**
 * How the content script's page watchers learn what changed. One MutationObserver per watcher;
 * the browser already hands its records over in one batch per microtask checkpoint, so each batch
 * is turned right away into the few elements worth reading again, its scopes:
 *
 * - a change of children: the parent element, which holds the added subtrees and their siblings
 *   (a caption rendered next to a value, the row a console re-rendered in place);
 * - a change of text: the element that holds the text;
 * - a change of attribute: the element itself.
 *
 * Scopes inside another scope of the same batch are dropped. Changes that are only ours (our
 * hosts added or removed, see `page-ui.ts`) are ignored, so our own insertions never cause work;
 * what happens inside our shadow roots is not seen at all. So no throttle is needed: the work
 * follows the size of the change, not of the page.
 */
import { OUR_UI } from './page-ui';

const OURS = `[${OUR_UI}]`;
/** Whether every node is one of our hosts: stops at the first that is not (a page may add thousands at once). */
function allOurs(nodes: NodeList): boolean {
  for (const node of nodes) if (!(node instanceof Element && node.matches(OURS))) return false;
  return true;
}

/** The scopes of a batch of records: each changed element once, none inside another. */
export function scopesOf(records: readonly MutationRecord[]): Element[] {
  const changed = new Set<Element>();
  for (const { type, target, addedNodes, removedNodes } of records) {
    // The observed roots are elements: a target is one, or a text node inside one.
    const element = target instanceof Element ? target : target.parentElement;
    if (element && !element.closest(OURS) && !(type === 'childList' && allOurs(addedNodes) && allOurs(removedNodes))) changed.add(element);
  }
  return [...changed].filter((scope) => {
    for (let parent = scope.parentElement; parent; parent = parent.parentElement) if (changed.has(parent)) return false;
    return true;
  });
}

/** Calls `scan` with `[root]` now, then with the scopes of each batch of changes under `root`, until `signal` aborts. */
export function watchChanges(root: Element, options: MutationObserverInit, scan: (scopes: readonly Element[]) => void, signal: AbortSignal): void {
  const observer = new MutationObserver((records) => {
    const scopes = scopesOf(records);
    if (scopes.length > 0 && !signal.aborted) scan(scopes);
  });
  observer.observe(root, { ...options, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  scan([root]);
}
