/**
 * This page's copy of the fields learned on its console: asked from the background once, as the
 * page starts, added to at once when the person picks a field here, and replaced when the
 * background says the console's fields changed (picked in another tab, forgotten in the popup).
 */
import { cleanDescription, isDescription, LEARNED_MAX, learnedMatch, type Candidate } from '../shared/learned';
import type { FieldDescription } from '../shared/messages';
import { arrayOf, exactShape } from '../shared/shape';
import { onBackgroundMessage, send } from './runtime';

let known: readonly FieldDescription[] = [];
const watchers = new Set<() => void>();

const isLearnedChange = exactShape({ type: (value) => value === 'content/learned', descriptions: arrayOf(isDescription, LEARNED_MAX) });

/**
 * Resolves once the background answered (or did not: then nothing was learned, as far as this
 * page knows); from then on, follows the background's news of the console's learned fields.
 */
export async function loadLearned(): Promise<void> {
  const answer = await send({ type: 'learn/descriptions' });
  if (answer?.ok) known = answer.descriptions;
  onBackgroundMessage((message) => {
    if (!isLearnedChange(message)) return undefined;
    known = (message as { descriptions: FieldDescription[] }).descriptions;
    for (const watcher of watchers) watcher();
    return Promise.resolve({ ok: true });
  });
}

/** Calls `rescan` whenever the learned fields change, until `signal` aborts. */
export function onLearnedChange(rescan: () => void, signal: AbortSignal): void {
  watchers.add(rescan);
  signal.addEventListener('abort', () => watchers.delete(rescan), { once: true });
}

export const learnedDescriptions = (): readonly FieldDescription[] => known;

/**
 * Remembers the picked candidate (`candidates[index]`), to recognise it from now on, here and (once
 * the background stored it) on the console's other pages; only when its description finds exactly
 * it again among the page's candidates, and it is usable (visible, no decoy).
 */
export function rememberPicked(candidates: readonly Candidate[], index: number): void {
  const picked = candidates[index];
  const description = picked && cleanDescription(picked.description);
  if (!description || learnedMatch([description], candidates) !== index) return;
  known = [...known, description];
  void send({ type: 'learn/remember', description });
}
