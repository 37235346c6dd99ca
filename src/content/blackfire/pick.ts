/**
 * Pick mode on Blackfire: the person clicks the key field that recognition missed. It becomes this
 * page's key field (and the selected key is filled into it), and its description is learned.
 */
import { cleanDescription, learnedMatch } from '../../shared/learned';
import type { Result } from '../../shared/messages';
import { remember } from '../learned';
import { pickMode } from '../pick';
import type { FillActions } from './button';
import { collectForms, TEXT_TYPES } from './collect';
import { fieldCandidates } from './learned';

const editableField = (target: Element) =>
  target instanceof HTMLInputElement && TEXT_TYPES.has(target.type) && !target.disabled && !target.readOnly ? target : null;

/** Learns the picked field only when its description finds it again: exactly it, and not a decoy. */
function learn(input: HTMLInputElement): void {
  const candidates = fieldCandidates(collectForms(document));
  const index = candidates.findIndex((candidate) => candidate.input === input);
  const picked = candidates[index];
  const description = picked && cleanDescription(picked.description);
  if (description && learnedMatch([description], candidates) === index) remember(description);
}

export function pickKeyField(onPicked: (input: HTMLInputElement) => void): Result {
  pickMode('Click the Integration Key field (Esc to cancel).', editableField, (input) => {
    learn(input);
    onPicked(input);
  });
  return { ok: true };
}

/** Fills the selected key (the popup's choice) into the shown form; says what happened. */
export async function fillSelected(actions: FillActions): Promise<string> {
  const keys = await actions.listKeys();
  if (typeof keys === 'string') return keys;
  // Selected first; `listKeys` says why when there is none.
  const [selected] = keys;
  return selected ? (await actions.fill(selected.id)).message : '';
}
