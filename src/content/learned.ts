/**
 * This page's copy of the fields learned on its console: asked from the background once, as the
 * page starts, and added to at once when the person picks a field here.
 */
import { cleanDescription, learnedMatch, type Candidate } from '../shared/learned';
import type { FieldDescription } from '../shared/messages';
import { send } from './runtime';

let known: readonly FieldDescription[] = [];

/** Resolves once the background answered (or did not: then nothing was learned, as far as this page knows). */
export async function loadLearned(): Promise<void> {
  const answer = await send({ type: 'learn/descriptions' });
  if (answer?.ok) known = answer.descriptions;
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
