/**
 * The in-page "Fill PagerDuty key" button next to the detected key field, and the chooser shown
 * when several keys are held. Only a trusted click (a person's, not a page script's) acts.
 */
import type { FillReport, KeyChoice } from '../../shared/messages';
import { ourElement, placeNextTo, STATUS_STYLE, trustedButton } from '../page-ui';

export interface FillActions {
  /** The held keys' labels (no secrets), or why there are none to offer. */
  listKeys(): Promise<KeyChoice[] | string>;
  fill(keyId: string): Promise<FillReport>;
}

function span(attributes: Record<string, string>): HTMLSpanElement {
  const element = document.createElement('span');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function placeFillButton(keyInput: HTMLInputElement, actions: FillActions, signal: AbortSignal): void {
  const { host, box } = ourElement(STATUS_STYLE);
  const chooser = span({ role: 'group', 'aria-label': 'Fill the key of which PagerDuty service?', class: 'box' });
  const status = span({ role: 'status', class: 'status' });

  const fill = async (keyId: string) => {
    chooser.replaceChildren();
    status.textContent = (await actions.fill(keyId)).message;
  };
  const button = trustedButton(
    'Fill PagerDuty key',
    async () => {
      status.textContent = '';
      const keys = await actions.listKeys();
      if (typeof keys === 'string') status.textContent = keys;
      else if (keys.length === 1 && keys[0]) void fill(keys[0].id);
      else chooser.replaceChildren(...keys.map((choice) => trustedButton(choice.label, () => void fill(choice.id), signal)));
    },
    signal,
  );
  box.append(button, chooser, status);
  // Outside a label that wraps the field: inside it, our text (service names such as "Search")
  // would become part of the field's label, for assistive technology and for the next scan.
  placeNextTo(keyInput.closest('label') ?? keyInput, host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
}
