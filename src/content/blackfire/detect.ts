/**
 * Collect, then qualify: the PagerDuty channel form on this page, if there is one, kept up to date
 * from what changed (see `changes.ts`) rather than by reading the whole page again.
 */
import { collectForm, containersAround, type CollectedForm } from './collect';
import { couldBeKeyField, qualify } from './qualify';

export interface ChannelForm {
  keyInput: HTMLInputElement;
  nameInput: HTMLInputElement | null;
}

function chooseChannelForm(forms: readonly CollectedForm[]): ChannelForm | null {
  const chosen = qualify(forms.map((form) => form.signals));
  if (!chosen) return null;
  const inputs = forms[chosen.form]?.inputs ?? [];
  const keyInput = inputs[chosen.keyField];
  if (!keyInput) return null;
  return { keyInput, nameInput: chosen.nameField === null ? null : (inputs[chosen.nameField] ?? null) };
}

/**
 * Returns a finder to call with the scopes of each change (the whole page first). It re-reads the
 * forms around each scope, and on every call the candidates (forms with a field that reads like a
 * key field): whether those are visible or titled for PagerDuty can change anywhere on the page
 * (a backdrop's class, a stylesheet), and there is rarely more than one.
 */
export function channelFormFinder(): (scopes: readonly Element[]) => ChannelForm | null {
  const forms = new Map<Element, CollectedForm>();
  return (scopes) => {
    const stale = new Set(scopes.flatMap((scope) => [...containersAround(scope)]));
    for (const [container, form] of forms) {
      if (!container.isConnected) forms.delete(container);
      else if (form.signals.fields.some(couldBeKeyField)) stale.add(container);
    }
    for (const container of stale) {
      const form = collectForm(container);
      if (form) forms.set(container, form);
      else forms.delete(container);
    }
    return chooseChannelForm([...forms.values()]);
  };
}
