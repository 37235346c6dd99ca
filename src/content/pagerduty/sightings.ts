/**
 * Finding Integration Keys in the PagerDuty console's DOM. The console is not ours and changes,
 * so this reads what a person reads: a field or text labelled "Integration Key" (by `<label>`,
 * `aria-label`, a `<dt>`/`<th>` or plain text just before it), or an Integration URL anywhere,
 * and then the name and type of the integration shown around it.
 */
import { INTEGRATION_URL, isKey } from '../../shared/keys';
import { OUR_UI, pageText } from '../page-ui';
import type { IntegrationFacts } from './qualify';

export interface KeySighting extends IntegrationFacts {
  key: string;
  /** The input, or the element whose text holds the key: our button goes right after it. */
  element: Element;
}

const KEY_LABEL = /integration key/i;
const BARE_KEY = /(?:^|[^A-Za-z0-9])([A-Za-z0-9]{32})(?![A-Za-z0-9])/;
/** A label is short; a longer text that mentions "Integration Key" is a paragraph, not a label. */
const LABEL_MAX = 60;

const text = (node: Node | null | undefined) => (node instanceof Element ? pageText(node) : (node?.textContent ?? '').trim());
const isShortLabel = (value: string, label: RegExp) => value.length <= LABEL_MAX && label.test(value);

/** A field's own label: `aria-label`, `aria-labelledby`, `<label for>`, a wrapping `<label>`, placeholder. */
export function fieldLabel(field: Element): string {
  const byIds = (field.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => text(id ? document.getElementById(id) : null));
  const forId = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
  return [field.getAttribute('aria-label'), ...byIds, text(forId), text(field.closest('label')), field.getAttribute('placeholder')]
    .filter(Boolean)
    .join(' ');
}

/** The element, or one of its three nearest ancestors, comes right after a short label matching `label`. */
function followsLabel(element: Element, label: RegExp): boolean {
  for (let node: Element | null = element, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    if (isShortLabel(text(node.previousElementSibling), label)) return true;
  }
  return false;
}

function keyIn(value: string, labelled: () => boolean): string | null {
  const url = INTEGRATION_URL.exec(value);
  const candidate = url ? url[2] : BARE_KEY.exec(value)?.[1];
  return candidate && isKey(candidate) && (url || labelled()) ? candidate : null;
}

function keyElements(root: Element): [string, Element][] {
  const found: [string, Element][] = [];
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    const key = keyIn(field.value, () => KEY_LABEL.test(fieldLabel(field)) || followsLabel(field, KEY_LABEL));
    if (key) found.push([key, field]);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest(`[${OUR_UI}], script, style`)) continue;
    const data = node.textContent ?? '';
    // "Integration Key: <key>" in one text, or the key alone next to its label (<dt>/<dd>, <th>/<td>).
    const key = keyIn(data, () => KEY_LABEL.test(data) || followsLabel(element, KEY_LABEL));
    if (key) found.push([key, element]);
  }
  return found;
}

/**
 * The part of the page about one integration: the largest ancestor of its key that shows no
 * other key. On a list of integrations that is one card or row; on a detail page, the page.
 */
function integrationArea(element: Element, others: Element[]): Element {
  let area = element;
  for (let parent = area.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    if (others.some((other) => parent.contains(other))) break;
    area = parent;
  }
  return area;
}

/**
 * The value shown next to a label inside `area`: a labelled field, "Type: Blackfire.io" in one
 * text, or the label's next sibling (`<dt>Type</dt><dd>…`). `label` is the label's words only.
 */
function labelledValue(area: Element, label: string): string {
  const inField = new RegExp(label, 'i');
  const alone = new RegExp(`^(?:${label}):?$`, 'i');
  const inline = new RegExp(`^(?:${label}):\\s*(.+)$`, 'i');
  for (const element of area.querySelectorAll('*')) {
    if (element.closest(`[${OUR_UI}]`)) continue;
    if (element.matches('input, textarea, select') && inField.test(fieldLabel(element))) {
      return (element as HTMLInputElement).value.trim();
    }
    const own = text(element);
    if (element.childElementCount > 0 || own.length > LABEL_MAX) continue;
    const value = inline.exec(own)?.[1];
    if (value) return value;
    if (!alone.test(own)) continue;
    for (let node: Element | null = element, depth = 0; node && node !== area && depth < 3; node = node.parentElement, depth++) {
      const next = text(node.nextElementSibling);
      if (next) return next;
    }
  }
  return '';
}

/** The nearest heading before the key inside its area: a card's or a detail page's title. */
function headingBefore(area: Element, element: Element): string {
  const headings = [...area.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(
    (heading) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return text(headings.at(-1));
}

/** Every distinct Integration Key on the page, with what the page says about its integration. */
export function findKeySightings(root: Element): KeySighting[] {
  const byKey = new Map<string, Element>();
  for (const [key, element] of keyElements(root)) if (!byKey.has(key)) byKey.set(key, element);
  const elements = [...byKey.values()];
  return [...byKey].map(([key, element]) => {
    const area = integrationArea(element, elements.filter((other) => other !== element));
    return {
      key,
      element,
      integrationName: labelledValue(area, '(?:integration )?name') || headingBefore(area, element),
      integrationType: labelledValue(area, '(?:integration )?type|vendor') || (area.querySelector('img[alt]')?.getAttribute('alt') ?? ''),
    };
  });
}
