/**
 * The in-page "Fill PagerDuty key" button next to the detected key field, and the chooser shown
 * when several keys are held. Only a trusted click (a person's, not a page script's) acts.
 */
import type { FillReport, KeyChoice } from '../../shared/messages';
import { OUR_UI, trustedButton } from '../page-ui';

export interface FillActions {
  /** The held keys' service names (no secrets), or why there are none to offer. */
  listKeys(): Promise<KeyChoice[] | string>;
  fill(keyId: string): Promise<FillReport>;
}

function ourSpan(attributes: Record<string, string>): HTMLSpanElement {
  const span = document.createElement('span');
  for (const [name, value] of Object.entries(attributes)) span.setAttribute(name, value);
  return span;
}

export function placeFillButton(keyInput: HTMLInputElement, actions: FillActions, signal: AbortSignal): void {
  const box = ourSpan({ [OUR_UI]: '', style: 'display:inline-flex;flex-wrap:wrap;gap:4px;align-items:center;margin:4px 0' });
  const chooser = ourSpan({ role: 'group', 'aria-label': 'Fill the key of which PagerDuty service?' });
  const status = ourSpan({ role: 'status', style: 'font:12px system-ui,sans-serif' });

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
      else chooser.replaceChildren(...keys.map((choice) => trustedButton(choice.serviceName, () => void fill(choice.id), signal)));
    },
    signal,
  );
  box.append(button, chooser, status);
  // Outside a label that wraps the field: inside it, our text (service names such as "Search")
  // would become part of the field's label, for assistive technology and for the next scan.
  (keyInput.closest('label') ?? keyInput).after(box);
  signal.addEventListener('abort', () => box.remove(), { once: true });
}
