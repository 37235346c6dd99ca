/**
 * Watching one PagerDuty service page: one MutationObserver, its scans batched, torn down when
 * `signal` aborts (the person left the service). Each pass collects the keys shown, qualifies
 * them, and acts: captures a Blackfire integration's key, offers a button next to any other key,
 * and offers the conventional name on an add-integration form.
 */
import type { PagerDutyPage } from '../../shared/pagerduty-pages';
import { batchedWork } from '../batch';
import { send } from '../runtime';
import { addButton, OUR_UI, setFieldValue, showNotice } from '../page-ui';
import { actionFor, conventionalIntegrationName, integrationLabel } from './qualify';
import { fieldLabel, findKeySightings, type KeySighting } from './sightings';

/** Mutations come in bursts while the console renders: at most one pass per this many ms. */
const PASS_GAP_MS = 150;

type ServicePage = PagerDutyPage & { serviceId: string };

function serviceNameOf(page: ServicePage): string {
  const heading = document.querySelector(`h1:not([${OUR_UI}])`)?.textContent?.trim();
  return heading || document.title.split(/ [-|·] /)[0]?.trim() || page.serviceId;
}

/** An empty, editable "Integration Name" field: where the conventional name is offered. */
function emptyIntegrationNameFields(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')].filter(
    (field) => field.value === '' && !field.readOnly && !field.disabled && /integration name/i.test(fieldLabel(field)),
  );
}

/** `onPass` learns after each pass whether the page shows any Integration Key. */
export function watchServicePage(page: ServicePage, signal: AbortSignal, onPass: (keysSeen: boolean) => void): void {
  const autoCaptured = new Set<string>();

  async function capture(sighting: KeySighting): Promise<boolean> {
    const integrationName = integrationLabel(sighting, sighting.key);
    const answer = await send({
      type: 'pagerduty/capture-key',
      key: sighting.key,
      origin: { serviceId: page.serviceId, serviceName: serviceNameOf(page), integrationName, subdomain: page.subdomain, region: page.region },
    });
    if (signal.aborted) return false;
    showNotice(
      answer?.ok
        ? `Blackfire helper: the Integration Key of “${integrationName}” is held. Open the extension to fill it into Blackfire.`
        : `Blackfire helper: ${answer?.message ?? 'the extension could not be reached; reload the page and try again.'}`,
    );
    return answer?.ok === true;
  }

  /** Our buttons, by the element they stand next to, each with the condition for keeping it. */
  const buttons = new Map<Element, { button: HTMLButtonElement; wanted: () => boolean }>();
  function offer(anchor: Element, label: string, onClick: (button: HTMLButtonElement) => void, wanted = () => anchor.isConnected): void {
    if (!buttons.get(anchor)?.button.isConnected) buttons.set(anchor, { button: addButton(anchor, label, onClick), wanted });
  }

  function pass(): void {
    // The console re-renders: drop buttons whose key went away or whose field got filled.
    for (const [anchor, { button, wanted }] of buttons) {
      if (wanted()) continue;
      button.remove();
      buttons.delete(anchor);
    }
    const sightings = findKeySightings(document.body);
    for (const sighting of sightings) {
      if (actionFor(sighting) === 'offer') {
        offer(sighting.element, 'Use for Blackfire', (button) => {
          void capture(sighting).then((held) => {
            if (held) button.textContent = 'Held for Blackfire ✓';
          });
        });
      } else if (!autoCaptured.has(sighting.key)) {
        autoCaptured.add(sighting.key);
        void capture(sighting);
      }
    }
    const name = conventionalIntegrationName(serviceNameOf(page));
    for (const field of emptyIntegrationNameFields()) {
      offer(field, `Name it ${name}`, () => setFieldValue(field, name), () => field.isConnected && field.value === '');
    }
    onPass(sightings.length > 0);
  }

  const passes = batchedWork(pass, PASS_GAP_MS, signal);
  const observer = new MutationObserver(passes.soon);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  // Typing changes a field's value without any mutation.
  document.addEventListener('input', passes.soon, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const { button } of buttons.values()) button.remove();
  });
  passes.now();
}
