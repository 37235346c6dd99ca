/**
 * Watching one PagerDuty service page: one MutationObserver, its scans batched, torn down when
 * `signal` aborts (the person left the service). Each pass collects the keys shown, qualifies
 * them, and acts: captures a Blackfire integration's key, offers a button next to any other key,
 * and offers the conventional name on an add-integration form.
 */
import { conventionalIntegrationName } from '../../shared/integration-name';
import { batchedWork } from '../batch';
import { fieldCaptionText } from '../captions';
import { addButton, setFieldValue, showNotice } from '../page-ui';
import { captureKey, serviceNameOf, type ServicePage } from './capture';
import { collectKeys } from './collect';
import { sightingAgain, withLearned } from './learned';
import { actionFor } from './qualify';

/** Mutations come in bursts while the console renders: at most one pass per this many ms. */
const PASS_GAP_MS = 150;

/** An empty, editable "Integration Name" field: where the conventional name is offered. */
function emptyIntegrationNameFields(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>('input:not([type]), input[type="text"]')].filter(
    (field) => field.value === '' && !field.readOnly && !field.disabled && /integration name/i.test(fieldCaptionText(field)),
  );
}

/** `onPass` learns after each pass whether the page shows any Integration Key. */
export function watchServicePage(page: ServicePage, signal: AbortSignal, onPass: (keysSeen: boolean) => void): void {
  const autoCaptured = new Set<string>();

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
      const sighting = sightingAgain(element);
      if (!sighting) {
        showNotice('Blackfire helper: that Integration Key is no longer shown here.');
        return;
      }
      void captureKey(page, sighting, signal).then((held) => {
        if (held) button.textContent = 'Held for Blackfire ✓';
      });
    };
  }

  function pass(): void {
    const keys = withLearned(collectKeys(document.body));
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
        void captureKey(page, sighting, signal);
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
