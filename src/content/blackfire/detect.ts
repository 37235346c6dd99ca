/**
 * Collect, then qualify: the PagerDuty channel form on this page, if there is one. A field the
 * person picked here comes first; a learned field counts where qualifying finds nothing.
 */
import type { FieldDescription } from '../../shared/messages';
import { collectForms } from './collect';
import { learnedKeyField, pickedKeyField } from './learned';
import { qualify } from './qualify';

export interface ChannelForm {
  keyInput: HTMLInputElement;
  nameInput: HTMLInputElement | null;
}

/** What the person showed the extension: learned on this console, and picked on this page. */
export interface Taught {
  learned: readonly FieldDescription[];
  picked: HTMLInputElement | null;
}

export function findChannelForm(doc: Document, taught: Taught = { learned: [], picked: null }): ChannelForm | null {
  const forms = collectForms(doc);
  const chosen =
    pickedKeyField(forms, taught.picked) ?? qualify(forms.map((form) => form.signals)) ?? learnedKeyField(forms, taught.learned);
  if (!chosen) return null;
  const inputs = forms[chosen.form]?.inputs ?? [];
  const keyInput = inputs[chosen.keyField];
  if (!keyInput) return null;
  return { keyInput, nameInput: chosen.nameField === null ? null : (inputs[chosen.nameField] ?? null) };
}
