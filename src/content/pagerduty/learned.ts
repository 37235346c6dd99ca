/**
 * PagerDuty keys shown where recognition does not look (a caption other than "Integration Key"):
 * the element the person picked is described, and a learned description that points at exactly
 * one visible element holding a key makes that key recognised like any other.
 */
import { learnedMatch } from '../../shared/learned';
import { INTEGRATION_URL, isKey } from '../../shared/keys';
import type { FieldDescription } from '../../shared/messages';
import { captionBefore, fieldCaptions, idrefText } from '../captions';
import { learnedDescriptions } from '../learned';
import { isField, KEY_TOKEN, keysIn, sightingOf, sightingWith, type Found, type KeyShownAs, type KeySighting } from './collect';

/** The one key a value or text holds (or its Integration URL's), whatever captions it. */
function anyKeyIn(text: string, shownAs: KeyShownAs): Found | null {
  const url = INTEGRATION_URL.exec(text)?.[2];
  if (url && isKey(url)) return [url, 'integration-url'];
  const tokens = text.match(KEY_TOKEN) ?? [];
  return tokens.length === 1 && tokens[0] ? [tokens[0], shownAs] : null;
}

export const anyKeyInField = (field: HTMLInputElement | HTMLTextAreaElement) => anyKeyIn(field.value, 'field');
export const anyKeyInText = (_element: Element, text: string) => anyKeyIn(text, 'labelled-text');

/** What the page calls the element that shows a key: never its text or value, which hold the key. */
export function describeKeyElement(element: Element): FieldDescription {
  const field = isField(element) ? element : null;
  const captions = field && fieldCaptions(field);
  const labelledBy = idrefText(element.ownerDocument, element.getAttribute('aria-labelledby'));
  return {
    label: captions?.label || labelledBy || captionBefore(element),
    ariaLabel: element.getAttribute('aria-label')?.trim() ?? '',
    placeholder: captions?.placeholder ?? '',
    name: field?.name ?? '',
    id: element.id,
    heading: '',
  };
}

/** Every element of `root` that shows a key, whatever captions it. */
export const anyKeysIn = (root: Element) => keysIn(root, anyKeyInField, anyKeyInText);

/** Elements showing a key, each with its description; usable when a person can see it. */
const candidatesOf = (shown: Iterable<[Element, Found]>) =>
  [...shown].map(([element, found]) => ({ element, found, description: describeKeyElement(element), usable: element.checkVisibility() }));

export const keyCandidates = (root: Element) => candidatesOf(anyKeysIn(root));

/** The one element among `shown` (elements showing any key) that a learned description points at. */
export function learnedKey(shown: Iterable<[Element, Found]>): [Element, Found] | null {
  const learned = learnedDescriptions();
  if (learned.length === 0) return null;
  const candidates = candidatesOf(shown);
  const match = candidates[learnedMatch(learned, candidates) ?? -1];
  return match ? [match.element, match.found] : null;
}

/** The key `element` shows now, read again when the person acts: recognised, or learned. */
export function sightingAgain(element: Element): KeySighting | null {
  const recognised = sightingOf(element);
  if (recognised) return recognised;
  const learned = learnedKey(anyKeysIn(document.body));
  return learned?.[0] === element ? sightingWith(element, learned[1]) : null;
}
