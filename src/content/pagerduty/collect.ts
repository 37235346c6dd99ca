/**
 * Collect: the plain facts about each Integration Key a PagerDuty page shows. The console is not
 * ours and changes, so this reads what a person reads: a key in a box or text captioned
 * "Integration Key" (by label, ARIA, nearby caption, `<dt>` or column header), or inside an
 * Integration URL; then, from the integration's own record (its table row, card or panel, never
 * the rest of the page), that integration's name and type. `qualify.ts` decides what to do.
 */
import { INTEGRATION_URL, isKey } from '../../shared/keys';
import { allCaptions, CAPTION_MAX, captionBefore, columnHeader, fieldCaptionText, pageText, ROWS } from '../captions';
import { OUR_UI } from '../page-ui';

export type KeyShownAs =
  /** In a form field (the console's read-only key box). */
  | 'field'
  /** As an element's whole text, or "Integration Key: <key>", under an Integration Key caption. */
  | 'labelled-text'
  /** Inside an Integration URL. */
  | 'integration-url'
  /** Inside a sentence (a description, an incident title): never enough to capture. */
  | 'prose';

export interface KeySighting {
  key: string;
  shownAs: KeyShownAs;
  /** Facts read inside the integration's own record only; empty when the record does not say. */
  integrationName: string;
  integrationType: string;
}

const KEY_CAPTION = /integration key/i;
export const KEY_TOKEN = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g;
/** "Integration Key: <key>": the whole text (a labelled value), or inside a sentence. */
const SAID_KEY = /integration key\s*:?\s*([A-Za-z0-9]{32})(?![A-Za-z0-9])/i;
const SKIP = `[${OUR_UI}], script, style, template, noscript`;

const HEADINGS = 'h2, h3, h4, h5, h6, [role=heading]:not(h1)';
const NAME_CAPTION = /^(?:integration )?name:?$/i;
const TYPE_CAPTION = /^(?:integration )?type:?$|^vendor:?$/i;

/** What an element shows: the key, and how. */
export type Found = [key: string, shownAs: KeyShownAs];

/** The key a form field holds, if its value is one (or an Integration URL) and it is captioned so. */
export function keyInField(field: HTMLInputElement | HTMLTextAreaElement): Found | null {
  const value = field.value.trim();
  const url = INTEGRATION_URL.exec(value);
  if (url?.[2] && isKey(url[2])) return [url[2], 'integration-url'];
  return isKey(value) && KEY_CAPTION.test(fieldCaptionText(field)) ? [value, 'field'] : null;
}

/**
 * The key an element's own text shows. Only one 32-character token per text: a text with several
 * (a key and a trace id) is ambiguous. Prose counts only right after the words "integration key".
 */
export function keyInText(element: Element, data: string): Found | null {
  const url = INTEGRATION_URL.exec(data);
  if (url?.[2] && isKey(url[2])) return [url[2], 'integration-url'];
  const tokens = data.match(KEY_TOKEN) ?? [];
  if (tokens.length !== 1) return null;
  const said = SAID_KEY.exec(data);
  if (said?.[1]) return [said[1], said[0] === data.trim() ? 'labelled-text' : 'prose'];
  return data.trim() === tokens[0] && KEY_CAPTION.test(captionBefore(element)) ? [tokens[0], 'labelled-text'] : null;
}

/** A field that can show a key as its value. */
export const isField = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

/**
 * Every element of `root` (`root` included) that shows a key, in document order: fields, then
 * texts (by default, those captioned as keys).
 */
export function keysIn(root: Element, inField = keyInField, inText = keyInText): [Element, Found][] {
  const found: [Element, Found][] = [];
  const fields = isField(root) ? [root] : root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  for (const field of fields) {
    const key = field.closest(SKIP) ? null : inField(field);
    if (key) found.push([field, key]);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest(SKIP)) continue;
    const key = inText(element, node.textContent ?? '');
    if (key) found.push([element, key]);
  }
  return found;
}

/** Short texts in `area` that caption a value (e.g. "Type"), without reading our elements. */
function captionsIn(area: Element, caption: RegExp): Element[] {
  return [...area.querySelectorAll('*')].filter((element) => {
    if (element.childElementCount > 0 || element.closest(SKIP)) return false;
    const own = pageText(element);
    return own.length <= CAPTION_MAX && (caption.test(own) || caption.test(own.split(':')[0] ?? ''));
  });
}

/** How many integrations `area` seems to describe, by the facts each shows once. */
function describesOneIntegration(area: Element): boolean {
  return (
    area.querySelectorAll(HEADINGS).length <= 1 &&
    area.querySelectorAll('img[alt]:not([alt=""])').length <= 1 &&
    captionsIn(area, TYPE_CAPTION).length <= 1 &&
    captionsIn(area, NAME_CAPTION).length <= 1
  );
}

/**
 * The integration's own record: its table row; otherwise the largest ancestor that holds no other
 * key and describes one integration. On a list that is one card or panel (an expanded accordion
 * panel with its row header); on an integration's own page, the page.
 */
export function integrationRecord(element: Element, otherKeys: Element[]): Element {
  const row = element.closest(ROWS);
  if (row) return row;
  let record = element;
  for (let parent = record.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
    if (otherKeys.some((other) => parent.contains(other)) || !describesOneIntegration(parent)) break;
    record = parent;
  }
  return accordionItem(record, otherKeys) ?? record;
}

const EXPANDED = '[aria-expanded=true]';
/** How far above an expanded panel its row header (with the toggle) may be. */
const ACCORDION_DEPTH = 3;

/**
 * An expanded accordion panel belongs with the row header whose toggle expanded it (logo, name),
 * even when a vendor guide's screenshots in the panel look like more integrations: the smallest
 * ancestor that holds exactly one expanded toggle and no other key.
 */
function accordionItem(panel: Element, otherKeys: Element[]): Element | null {
  if (panel.querySelector(EXPANDED)) return null;
  let node = panel.parentElement;
  for (let depth = 0; node && node !== document.body && depth < ACCORDION_DEPTH; node = node.parentElement, depth++) {
    if (otherKeys.some((other) => node?.contains(other))) return null;
    const toggles = node.querySelectorAll(EXPANDED).length;
    if (toggles === 1) return node;
    if (toggles > 1) return null;
  }
  return null;
}

/** The value a caption names inside a record: a captioned field, "Type: x", or the caption's neighbour. */
function captionedValue(record: Element, caption: RegExp): string {
  for (const field of record.querySelectorAll<HTMLInputElement>('input, textarea')) {
    if (!field.closest(SKIP) && allCaptions(field).some((text) => caption.test(text))) return field.value.trim();
  }
  for (const cell of record.matches(ROWS) ? record.children : []) {
    if (caption.test(columnHeader(cell))) return pageText(cell);
  }
  for (const element of captionsIn(record, caption)) {
    const inline = /:\s*(.+)$/.exec(pageText(element))?.[1];
    if (inline) return inline.trim();
    for (let node: Element | null = element, depth = 0; node && node !== record && depth < 3; node = node.parentElement, depth++) {
      const next = pageText(node.nextElementSibling);
      if (next) return next;
    }
  }
  return '';
}

/** The nearest heading before the key inside its record: a card's or a detail page's title. */
function headingBefore(record: Element, element: Element): string {
  const headings = [...record.querySelectorAll(HEADINGS)].filter(
    (heading) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return pageText(headings.at(-1));
}

/** The facts about the key that `element` shows, read from `record`, its integration's own record only. */
export function sightingIn(record: Element, element: Element, [key, shownAs]: Found): KeySighting {
  return {
    key,
    shownAs,
    integrationName: captionedValue(record, NAME_CAPTION) || headingBefore(record, element),
    integrationType: captionedValue(record, TYPE_CAPTION) || (record.querySelector('img[alt]')?.getAttribute('alt') ?? '').trim(),
  };
}

const sightingAt = (element: Element, found: Found, otherKeys: Element[]): KeySighting =>
  sightingIn(integrationRecord(element, otherKeys), element, found);

/**
 * One element per distinct key, the first seen, except that a key shown as a key (a field, its
 * Integration URL) speaks for it rather than a sentence that mentions it.
 */
export function distinctKeys(found: Iterable<[Element, Found]>): Map<Element, Found> {
  const byKey = new Map<string, [Element, Found]>();
  for (const entry of found) {
    const seen = byKey.get(entry[1][0]);
    if (!seen || (seen[1][1] === 'prose' && entry[1][1] !== 'prose')) byKey.set(entry[1][0], entry);
  }
  return new Map(byKey.values());
}

export interface KeyOnPage {
  /** The field, or the element whose text shows the key: our button goes next to it. */
  element: Element;
  sighting: KeySighting;
}

/** Every distinct Integration Key in `root`, with what its own record says about its integration. */
export function collectKeys(root: Element): KeyOnPage[] {
  const keys = distinctKeys(keysIn(root));
  const elements = [...keys.keys()];
  return [...keys].map(([element, found]) => ({ element, sighting: sightingAt(element, found, elements.filter((other) => other !== element)) }));
}

/**
 * The sighting an element shows now, read again at the moment the person acts: the console may
 * have reused the element for another integration since our button was placed.
 */
export function sightingOf(element: Element): KeySighting | null {
  const found = element.isConnected && keysIn(element).find(([shownBy]) => shownBy === element)?.[1];
  return found ? sightingWith(element, found) : null;
}

/** The facts about the key `element` shows (however it was found), read from its own record only. */
export function sightingWith(element: Element, found: Found): KeySighting {
  const others = [...distinctKeys(keysIn(document.body)).keys()].filter((other) => other !== element);
  return sightingAt(element, found, others);
}
