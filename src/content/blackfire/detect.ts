/**
 * Collect, then qualify: the PagerDuty channel form on this page, if there is one, kept up to date
 * from what changed (see `changes.ts`) rather than by reading the whole page again. A field the
 * person picked here comes first; a learned field counts where qualifying finds nothing.
 */
import type { FieldDescription } from '../../shared/messages';
import { collectForm, containersAround, type CollectedForm } from './collect';
import { fitsLearned, learnedKeyField, pickedKeyField } from './learned';
import { couldBeKeyField, qualify } from './qualify';

export interface ChannelForm {
  keyInput: HTMLInputElement;
  nameInput: HTMLInputElement | null;
}

/** What the person showed the extension: learned on this console, and picked on this page. */
export interface Taught {
  learned: readonly FieldDescription[];
  picked: HTMLInputElement | null;
}

const NOTHING_TAUGHT: Taught = { learned: [], picked: null };

function chooseChannelForm(forms: readonly CollectedForm[], taught: Taught): ChannelForm | null {
  const chosen =
    pickedKeyField(forms, taught.picked) ?? qualify(forms.map((form) => form.signals)) ?? learnedKeyField(forms, taught.learned);
  if (!chosen) return null;
  const inputs = forms[chosen.form]?.inputs ?? [];
  const keyInput = inputs[chosen.keyField];
  if (!keyInput) return null;
  return { keyInput, nameInput: chosen.nameField === null ? null : (inputs[chosen.nameField] ?? null) };
}

/** Whether `form` may hold the key field: one that reads like it, fits a learned description, or was picked. */
const isCandidate = (form: CollectedForm, taught: Taught): boolean =>
  form.signals.fields.some(couldBeKeyField) || (taught.picked !== null && form.inputs.includes(taught.picked)) || fitsLearned(form, taught.learned);

/**
 * Returns a finder to call with the scopes of each change (the whole page first), and what the
 * person taught. It re-reads the forms around each scope, and on every call the candidates (forms
 * with a field that reads like a key field, or that was taught): whether those are visible or
 * titled for PagerDuty can change anywhere on the page (a backdrop's class, a stylesheet), and
 * there is rarely more than one.
 */
export function channelFormFinder(): (scopes: readonly Element[], taught?: Taught) => ChannelForm | null {
  const forms = new Map<Element, CollectedForm>();
  return (scopes, taught = NOTHING_TAUGHT) => {
    const stale = new Set(scopes.flatMap((scope) => [...containersAround(scope)]));
    for (const [container, form] of forms) {
      if (!container.isConnected) forms.delete(container);
      else if (isCandidate(form, taught)) stale.add(container);
    }
    for (const container of stale) {
      const form = collectForm(container);
      if (form) forms.set(container, form);
      else forms.delete(container);
    }
    return chooseChannelForm([...forms.values()], taught);
  };
}
