/**
 * Watching one PagerDuty service page, torn down when `signal` aborts (the person left the
 * service). The page is read once, then only where it changed (`changes.ts`): the keys it shows
 * are kept up to date element by element, and each key is decided when it appears and again when
 * its integration's record changes. A Blackfire integration's key is captured, any other key gets
 * a button, and an add-integration form gets the conventional name offered.
 */
import { conventionalIntegrationName } from '../../shared/integration-name';
import type { FieldDescription } from '../../shared/messages';
import { fieldCaptionText } from '../captions';
import { watchChanges } from '../changes';
import { learnedDescriptions, onLearnedChange } from '../learned';
import { addButton, setFieldValue, showNotice } from '../page-ui';
import { captureKey, serviceNameOf, type ServicePage } from './capture';
import { distinctKeys, integrationRecord, keysIn, sightingIn, type Found, type KeySighting } from './collect';
import { anyKeysIn, learnedKey, sightingAgain } from './learned';
import { actionFor } from './qualify';

const TEXT_FIELDS = 'input:not([type]), input[type=text]';

/** The empty, editable "Integration Name" fields in `scope`: where the conventional name is offered. */
function emptyIntegrationNameFields(scope: Element): HTMLInputElement[] {
  const fields = scope.matches(TEXT_FIELDS) ? [scope as HTMLInputElement] : [...scope.querySelectorAll<HTMLInputElement>(TEXT_FIELDS)];
  return fields.filter(
    (field) => field.value === '' && !field.readOnly && !field.disabled && /integration name/i.test(fieldCaptionText(field)),
  );
}

interface Shown {
  found: Found;
  decided?: { record: Element; sighting: KeySighting };
}

const touches = (scopes: readonly Element[], element: Element) =>
  scopes.some((scope) => scope.contains(element) || element.contains(scope));

/** `onPass` learns after each pass whether the page shows any Integration Key. */
export function watchServicePage(page: ServicePage, signal: AbortSignal, onPass: (keysSeen: boolean) => void): void {
  const autoCaptured = new Set<string>();

  /**
   * Our buttons' hosts, by the element they stand next to, each with the condition for keeping it,
   * given the keys the page shows now (by the element that shows each).
   */
  type Wanted = (shown: ReadonlyMap<Element, Found>) => boolean;
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

  /** Every element that shows a key, in the order they appeared, with its record and sighting once decided. */
  const shown = new Map<Element, Shown>();

  /** Reads the keys in `scopes` again; says whether an element came, went or shows something else. */
  function readKeys(scopes: readonly Element[]): boolean {
    const read = new Map(scopes.flatMap((scope) => keysIn(scope)));
    let changed = false;
    for (const [element, { found }] of shown) {
      const now = read.get(element);
      read.delete(element);
      if (!element.isConnected || (!now && scopes.some((scope) => scope.contains(element)))) shown.delete(element);
      else if (now && now.join() !== found.join()) shown.set(element, { found: now });
      else continue;
      changed = true;
    }
    for (const [element, found] of read) shown.set(element, { found });
    return changed || read.size > 0;
  }

  /**
   * Elements showing any key, however captioned, kept only while something was learned (read
   * afresh when the learned list changes): where a learned description may point. That one key,
   * if any, is decided like a recognised one.
   */
  let loose = new Map<Element, Found>();
  /** The learned descriptions `loose` was read for: a new list (learned or forgotten elsewhere) reads all afresh. */
  let looseFor: readonly FieldDescription[] = [];
  let learned: { element: Element; entry: Shown } | null = null;

  /** Reads the learned key again; says whether it changed. */
  function readLearned(scopes: readonly Element[]): boolean {
    const descriptions = learnedDescriptions();
    if (descriptions !== looseFor) {
      looseFor = descriptions;
      loose = new Map(descriptions.length > 0 ? anyKeysIn(document.body) : []);
    } else if (descriptions.length > 0) {
      for (const element of loose.keys()) if (!element.isConnected || scopes.some((scope) => scope.contains(element))) loose.delete(element);
      for (const scope of scopes) for (const [element, found] of anyKeysIn(scope)) loose.set(element, found);
    }
    const now = learnedKey(loose);
    if (now?.[0] === learned?.element && now?.[1].join() === learned?.entry.found.join()) return false;
    learned = now && { element: now[0], entry: { found: now[1] } };
    return true;
  }

  /**
   * A key is decided when it appears, and again when its record changed or keys came or went
   * (records end where another key's begin); a key once captured needs nothing more.
   */
  function update(scopes: readonly Element[]): void {
    const recognisedChanged = readKeys(scopes);
    const keysChanged = readLearned(scopes) || recognisedChanged;
    const keys = distinctKeys([
      ...[...shown].map(([element, { found }]): [Element, Found] => [element, found]),
      ...(learned ? [[learned.element, learned.entry.found] as [Element, Found]] : []),
    ]);
    const elements = [...keys.keys()];
    // The console re-renders: drop buttons whose key went away or whose field got filled.
    for (const [anchor, { host, wanted }] of buttons) {
      if (wanted(keys)) continue;
      host.remove();
      buttons.delete(anchor);
    }
    for (const [element, [key]] of keys) {
      const entry = (shown.get(element) ?? learned?.entry) as Shown; // `keys` are `shown`'s and the learned one
      if (!entry.decided || (!autoCaptured.has(key) && (keysChanged || touches(scopes, entry.decided.record)))) {
        const record = integrationRecord(element, elements.filter((other) => other !== element));
        entry.decided = { record, sighting: sightingIn(record, element, entry.found) };
      }
      const { sighting } = entry.decided;
      if (actionFor(sighting) === 'offer') {
        offer(element, 'Use for Blackfire', useForBlackfire(element), (now) => now.get(element)?.[0] === key);
      } else if (!autoCaptured.has(key)) {
        autoCaptured.add(key);
        void captureKey(page, sighting, signal);
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
  onLearnedChange(() => update([document.body]), signal);
}
