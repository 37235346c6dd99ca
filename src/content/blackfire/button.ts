/**
 * The in-page "Fill PagerDuty key" button next to the detected key field, and the chooser shown
 * when several keys are held. It lives in a closed shadow root, so the page's styles and scripts
 * leave it alone, and only a trusted click (a person's, not a page script's) acts. Built with DOM
 * APIs only: no markup strings.
 */
import type { FillReport, KeyChoice } from '../../shared/messages';

export interface FillActions {
  /** The held keys' service names (no secrets), or why there are none to offer. */
  listKeys(): Promise<KeyChoice[] | string>;
  fill(keyId: string): Promise<FillReport>;
}

const STYLE = `
  :host { display: inline-flex; flex-wrap: wrap; gap: 4px; align-items: center; margin: 4px 0; font: 13px system-ui, sans-serif; }
  button { font: inherit; padding: 2px 8px; border: 1px solid #0a7; border-radius: 4px; background: #fff; color: #064; cursor: pointer; }
  [role="status"]:empty, [role="group"]:empty { display: none; }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, attributes: Record<string, string> = {}) {
  const created = document.createElement(tag);
  created.textContent = text;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

/** Runs `act` on a person's click only: a page script's synthetic `click()` is not trusted. */
function onTrustedClick(target: HTMLElement, signal: AbortSignal, act: () => void): void {
  target.addEventListener('click', (event) => event.isTrusted && act(), { signal });
}

export function placeFillButton(keyInput: HTMLInputElement, actions: FillActions, signal: AbortSignal): void {
  const host = document.createElement('span');
  const root = host.attachShadow({ mode: 'closed' });
  const button = element('button', 'Fill PagerDuty key', { type: 'button' });
  const status = element('span', '', { role: 'status' });
  const chooser = element('span', '', { role: 'group', 'aria-label': 'Fill the key of which PagerDuty service?' });
  root.append(element('style', STYLE), button, chooser, status);
  keyInput.after(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  const fill = async (keyId: string) => {
    chooser.replaceChildren();
    status.textContent = (await actions.fill(keyId)).message;
  };
  onTrustedClick(button, signal, async () => {
    status.textContent = '';
    const keys = await actions.listKeys();
    if (typeof keys === 'string') status.textContent = keys;
    else if (keys.length === 1 && keys[0]) void fill(keys[0].id);
    else chooser.replaceChildren(...keys.map((choice) => choiceButton(choice, signal, fill)));
  });
}

function choiceButton(choice: KeyChoice, signal: AbortSignal, fill: (keyId: string) => Promise<void>): HTMLButtonElement {
  const button = element('button', choice.serviceName, { type: 'button' });
  onTrustedClick(button, signal, () => void fill(choice.id));
  return button;
}
