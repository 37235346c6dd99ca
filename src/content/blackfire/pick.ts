/**
 * Pick mode on Blackfire: the person clicks the key field that recognition missed. It becomes this
 * page's key field (and the selected key is filled into it), and its description is learned.
 */
import type { Result } from '../../shared/messages';
import { rememberPicked } from '../learned';
import { pickMode } from '../pick';
import type { FillActions } from './button';
import { collectForms, TEXT_TYPES } from './collect';
import { fieldCandidates } from './learned';

const editableField = (target: Element) =>
  target instanceof HTMLInputElement && TEXT_TYPES.has(target.type) && !target.disabled && !target.readOnly ? target : null;

function learn(input: HTMLInputElement): void {
  const candidates = fieldCandidates(collectForms(document));
  rememberPicked(candidates, candidates.findIndex((candidate) => candidate.input === input));
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
