/** Collect, then qualify: the PagerDuty channel form on this page, if there is one. */
import { collectForms } from './collect';
import { qualify } from './qualify';

export interface ChannelForm {
  keyInput: HTMLInputElement;
  nameInput: HTMLInputElement | null;
}

export function findChannelForm(doc: Document): ChannelForm | null {
  const forms = collectForms(doc);
  const chosen = qualify(forms.map((form) => form.signals));
  if (!chosen) return null;
  const inputs = forms[chosen.form]?.inputs ?? [];
  const keyInput = inputs[chosen.keyField];
  if (!keyInput) return null;
  return { keyInput, nameInput: chosen.nameField === null ? null : (inputs[chosen.nameField] ?? null) };
}
