/**
 * Watching one PagerDuty service page, torn down when `signal` aborts (the person left the
 * service). The page is read once, then only where it changed (`changes.ts`): the keys it shows
 * are kept up to date element by element, and each key is decided when it appears and again when
 * its integration's record changes. A Blackfire integration's key is captured, any other key gets
 * a button, and an add-integration form gets the conventional name offered.
 */
import { NAME_MAX } from '../../shared/limits';
import type { PagerDutyPage } from '../../shared/pagerduty-pages';
import { fieldCaptionText, pageText } from '../captions';
import { watchChanges } from '../changes';
import { addButton, setFieldValue, showNotice } from '../page-ui';
import { send } from '../runtime';
import { distinctKeys, integrationRecord, keysIn, sightingIn, sightingOf, type Found, type KeySighting } from './collect';
import { actionFor, conventionalIntegrationName, integrationLabel } from './qualify';

type ServicePage = PagerDutyPage & { serviceId: string };

/** The page's service name, cut to what the background accepts (an `<h1>` has no limit). */
function serviceNameOf(page: ServicePage): string {
  const heading = pageText(document.querySelector('h1'));
  const name = heading || document.title.split(/ [-|·] /)[0]?.trim() || page.serviceId;
  return name.slice(0, NAME_MAX);
}

const TEXT_FIELDS = 'input:not([type]), input[type="text"]';

/** The empty, editable "Integration Name" fields in `scope`: where the conventional name is offered. */
function emptyIntegrationNameFields(scope: Element): HTMLInputElement[] {
  const fields = scope.matches(TEXT_FIELDS) ? [scope as HTMLInputElement] : [...scope.querySelectorAll<HTMLInputElement>(TEXT_FIELDS)];
  return fields.filter(
    (field) => field.value === '' && !field.readOnly && !field.disabled && /integration name/i.test(fieldCaptionText(field)),
  );
}

const touches = (scopes: readonly Element[], element: Element) =>
  scopes.some((scope) => scope.contains(element) || element.contains(scope));

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

  /** Every element that shows a key, in the order they appeared. */
  const shown = new Map<Element, Found>();
  /** What was decided for each key element, and the record it was decided from. */
  const decided = new Map<Element, { record: Element; sighting: KeySighting }>();
  let lastKeys: Element[] = [];

  /** Reads the keys in `scopes` again; an element that still shows the same key keeps its place. */
  function readKeys(scopes: readonly Element[]): void {
    const read = new Map(scopes.flatMap(keysIn));
    for (const [element, [key, shownAs]] of shown) {
      const inScope = scopes.some((scope) => scope.contains(element));
      const now = read.get(element);
      if (!element.isConnected || (inScope && (now?.[0] !== key || now[1] !== shownAs))) shown.delete(element);
      else read.delete(element);
    }
    for (const entry of read) shown.set(...entry);
  }

  /**
   * Decides each key anew when it is new, when its record changed, or when the set of keys changed
   * (records end where another key's begin); a key once captured needs nothing more.
   */
  function decide(scopes: readonly Element[], keys: Map<Element, Found>): void {
    const elements = [...keys.keys()];
    const keysChanged = elements.length !== lastKeys.length || elements.some((element, index) => element !== lastKeys[index]);
    lastKeys = elements;
    for (const element of decided.keys()) if (!keys.has(element)) decided.delete(element);
    for (const [element, found] of keys) {
      const known = decided.get(element);
      if (known && (autoCaptured.has(found[0]) || (!keysChanged && !touches(scopes, known.record)))) continue;
      const record = integrationRecord(element, elements.filter((other) => other !== element));
      decided.set(element, { record, sighting: sightingIn(record, element, found) });
    }
  }

  function update(scopes: readonly Element[]): void {
    readKeys(scopes);
    const keys = distinctKeys(shown);
    decide(scopes, keys);
    const keyShownBy = new Map([...keys].map(([element, [key]]) => [element, key]));
    // The console re-renders: drop buttons whose key went away or whose field got filled.
    for (const [anchor, { host, wanted }] of buttons) {
      if (wanted(keyShownBy)) continue;
      host.remove();
      buttons.delete(anchor);
    }
    for (const [element, { sighting }] of decided) {
      if (actionFor(sighting) === 'offer') {
        offer(element, 'Use for Blackfire', useForBlackfire(element), (now) => now.get(element) === sighting.key);
      } else if (!autoCaptured.has(sighting.key)) {
        autoCaptured.add(sighting.key);
        void capture(sighting);
      }
    }
    const fields = scopes.flatMap(emptyIntegrationNameFields);
    const name = fields.length > 0 ? conventionalIntegrationName(serviceNameOf(page)) : '';
    for (const field of fields) {
      offer(field, `Name it ${name}`, () => setFieldValue(field, name), () => field.isConnected && field.value === '');
    }
    onPass(keys.size > 0);
  }

  signal.addEventListener('abort', () => {
    for (const { host } of buttons.values()) host.remove();
  });
  // Typing changes a field's value without any mutation.
  document.addEventListener('input', ({ target }) => target instanceof Element && !signal.aborted && update([target]), { capture: true, signal });
  watchChanges(document.body, { childList: true, characterData: true, attributes: true, attributeFilter: ['value'] }, update, signal);
}
