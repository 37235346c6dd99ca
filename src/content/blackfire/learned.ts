/**
 * Blackfire's key field when recognition misses it: the field the person picked on this page,
 * else the one field that a learned description points at (visible, editable, and no decoy).
 */
import { fits, learnedMatch, type Candidate } from '../../shared/learned';
import type { FieldDescription } from '../../shared/messages';
import type { CollectedForm } from './collect';
import { isDecoy, nameFieldOf, type FieldSignals, type Qualified } from './qualify';

export interface FieldCandidate extends Candidate {
  input: HTMLInputElement;
  signals: FieldSignals;
  form: number;
  field: number;
}

/** What the page calls the field, and the heading of its form. */
const describe = (field: FieldSignals, heading: string): FieldDescription => ({
  label: field.label || field.labelledBy,
  ariaLabel: field.ariaLabel,
  placeholder: field.placeholder,
  name: field.name,
  id: field.id,
  heading,
});

/** Whether a field of `form` fits a learned description, whether or not it is usable now. */
export const fitsLearned = (form: CollectedForm, learned: readonly FieldDescription[]): boolean =>
  learned.length > 0 && form.signals.fields.some((field) => learned.some((description) => fits(description, describe(field, form.signals.heading))));

export function fieldCandidates(forms: readonly CollectedForm[]): FieldCandidate[] {
  return forms.flatMap(({ signals: form, inputs }, formIndex) =>
    form.fields.flatMap((signals, field) => {
      const input = inputs[field];
      if (!input) return [];
      const usable = signals.visible && signals.editable && !isDecoy(signals);
      return [{ input, signals, form: formIndex, field, description: describe(signals, form.heading), usable }];
    }),
  );
}

function chosen(forms: readonly CollectedForm[], candidate: FieldCandidate | undefined): Qualified | null {
  const form = candidate && forms[candidate.form];
  return form ? { form: candidate.form, keyField: candidate.field, nameField: nameFieldOf(form.signals, candidate.field) } : null;
}

/** The picked field while it is on the page and a person can type into it (the person chose it: decoy words do not count). */
export function pickedKeyField(forms: readonly CollectedForm[], picked: HTMLInputElement | null): Qualified | null {
  if (!picked) return null;
  const found = fieldCandidates(forms).find(({ input, signals }) => input === picked && signals.visible && signals.editable);
  return chosen(forms, found);
}

export function learnedKeyField(forms: readonly CollectedForm[], learned: readonly FieldDescription[]): Qualified | null {
  if (learned.length === 0) return null;
  const candidates = fieldCandidates(forms);
  const index = learnedMatch(learned, candidates);
  return chosen(forms, index === null ? undefined : candidates[index]);
}
