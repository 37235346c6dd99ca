/**
 * Watching one PagerDuty service page: one MutationObserver, its scans batched, torn down when
 * `signal` aborts (the person left the service). Each pass collects the keys shown, qualifies
 * them, and acts: captures a Blackfire integration's key, offers a button next to any other key,
 * and offers the conventional name on an add-integration form.
 */
import { conventionalIntegrationName } from '../../shared/integration-name';
import { NAME_MAX } from '../../shared/limits';
import type { PagerDutyPage } from '../../shared/pagerduty-pages';
import { batchedWork } from '../batch';
import { fieldCaptionText, pageText } from '../captions';
import { addButton, setFieldValue, showNotice } from '../page-ui';
import { send } from '../runtime';
import { collectKeys, sightingOf, type KeySighting } from './collect';
import { actionFor, integrationLabel } from './qualify';

/** Mutations come in bursts while the console renders: at most one pass per this many ms. */
const PASS_GAP_MS = 150;

type ServicePage = PagerDutyPage & { serviceId: string };

/** The page's service name, cut to what the background accepts (an `<h1>` has no limit). */
function serviceNameOf(page: ServicePage): string {
  const heading = pageText(document.querySelector('h1'));
  const name = heading || document.title.split(/ [-|·] /)[0]?.trim() || page.serviceId;
  return name.slice(0, NAME_MAX);
}

/** An empty, editable "Integration Name" field: where the conventional name is offered. */
function emptyIntegrationNameFields(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')].filter(
    (field) => field.value === '' && !field.readOnly && !field.disabled && /integration name/i.test(fieldCaptionText(field)),
  );
}

/** `onPass` learns after each pass whether the page shows any Integration Key. */
export function watchServicePage(page: ServicePage, signal: AbortSignal, onPass: (keysSeen: boolean) => void): void {
  const autoCaptured = new Set<string>();

  async function capture(sighting: KeySighting): Promise<boolean> {
    const integrationName = integrationLabel(sighting).slice(0, NAME_MAX);
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

  /**
   * Our buttons' hosts, by the element they stand next to, each with the condition for keeping it,
   * given the keys the page shows now (by the element that shows each).
   */
  type Wanted = (shown: ReadonlyMap<Element, string>) => boolean;
  const buttons = new Map<Element, { host: HTMLElement; wanted: Wanted }>();
  function offer(anchor: Element, label: string, onClick: (button: HTMLButtonElement) => void, wanted: Wanted): void {
    if (!buttons.get(anchor)?.host.isConnected) buttons.set(anchor, { host: addButton(anchor, label, onClick), wanted });
  }

  /** "Use for Blackfire" reads the key when clicked: the console may have reused the element since. */
  function useForBlackfire(element: Element) {
    return (button: HTMLButtonElement) => {
      const sighting = sightingOf(element);
      if (!sighting) {
        showNotice('Blackfire helper: that Integration Key is no longer shown here.');
        return;
      }
      void capture(sighting).then((held) => {
        if (held) button.textContent = 'Held for Blackfire ✓';
      });
    };
  }

  function pass(): void {
    const keys = collectKeys(document.body);
    const shown = new Map(keys.map(({ element, sighting }) => [element, sighting.key]));
    // The console re-renders: drop buttons whose key went away or whose field got filled.
    for (const [anchor, { host, wanted }] of buttons) {
      if (wanted(shown)) continue;
      host.remove();
      buttons.delete(anchor);
    }
    for (const { element, sighting } of keys) {
      if (actionFor(sighting) === 'offer') {
        offer(element, 'Use for Blackfire', useForBlackfire(element), (now) => now.get(element) === sighting.key);
      } else if (!autoCaptured.has(sighting.key)) {
        autoCaptured.add(sighting.key);
        void capture(sighting);
      }
    }
    const name = conventionalIntegrationName(serviceNameOf(page));
    for (const field of emptyIntegrationNameFields()) {
      offer(field, `Name it ${name}`, () => setFieldValue(field, name), () => field.isConnected && field.value === '');
    }
    onPass(keys.length > 0);
  }

  const passes = batchedWork(pass, PASS_GAP_MS, signal);
  const observer = new MutationObserver(passes.soon);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  // Typing changes a field's value without any mutation.
  document.addEventListener('input', passes.soon, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const { host } of buttons.values()) host.remove();
  });
  passes.now();
}
