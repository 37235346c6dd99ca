/**
 * What a person reads as the caption of a field or a value, on either console. One reader for
 * both: Blackfire's form fields and PagerDuty's key boxes are named the same ways, by a real
 * `<label>`, by ARIA, by a placeholder, or only by text that sits next to them (a caption element
 * above a read-only box, a `<dt>` before its `<dd>`, a table's column header).
 */
import { OUR_UI } from './page-ui';

/** A caption is short: a longer text that mentions the same words is a paragraph, not a caption. */
export const CAPTION_MAX = 60;

/** An element's text without our own elements': our words must never read as the page's. */
export function pageText(element: Element | null | undefined): string {
  if (!element || element.closest(`[${OUR_UI}]`)) return '';
  if (!element.querySelector(`[${OUR_UI}]`)) return element.textContent?.trim() ?? '';
  const copy = element.cloneNode(true) as Element;
  for (const ours of copy.querySelectorAll(`[${OUR_UI}]`)) ours.remove();
  return copy.textContent?.trim() ?? '';
}

/** How a field's markup names it. */
export interface FieldCaptions {
  /** Text of the field's `<label>`s (by `for` or by wrapping). */
  label: string;
  ariaLabel: string;
  /** Text of the elements named by `aria-labelledby`. */
  labelledBy: string;
  placeholder: string;
}

/** The text of the elements an `aria-labelledby`-style attribute names. */
export function idrefText(doc: Document, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .map((id) => pageText(id ? doc.getElementById(id) : null))
    .join(' ')
    .trim();
}

/** Every way the field's markup names `field`. */
export function fieldCaptions(field: HTMLInputElement | HTMLTextAreaElement): FieldCaptions {
  return {
    label: [...(field.labels ?? [])].map(pageText).join(' ').trim(),
    ariaLabel: field.getAttribute('aria-label')?.trim() ?? '',
    labelledBy: idrefText(field.ownerDocument, field.getAttribute('aria-labelledby')),
    placeholder: field.getAttribute('placeholder')?.trim() ?? '',
  };
}

/** Every caption of `field`: its markup's, then the short text right before it, when nothing else names it. */
export const allCaptions = (field: HTMLInputElement | HTMLTextAreaElement): string[] => [
  ...Object.values(fieldCaptions(field)),
  captionBefore(field),
];

/** All of a field's captions as one text, for matching words. */
export const fieldCaptionText = (field: HTMLInputElement | HTMLTextAreaElement): string => allCaptions(field).filter(Boolean).join(' ');

const CELLS = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]';
/** Table rows, as markup or ARIA. */
export const ROWS = 'tr, [role=row]';

/** The header text of the column that `cell` is in, when it is a table cell. */
export function columnHeader(cell: Element): string {
  const row = cell.closest(ROWS);
  const table = row?.closest('table, [role=table], [role=grid], [role=treegrid]');
  if (!row || !table) return '';
  const index = [...row.children].filter((child) => child.matches(CELLS)).indexOf(cell);
  if (index < 0) return '';
  const headerRow = [...table.querySelectorAll(ROWS)].find(
    (candidate) => candidate !== row && candidate.querySelector('th, [role=columnheader]'),
  );
  const headers = headerRow ? [...headerRow.children].filter((child) => child.matches(CELLS)) : [];
  return pageText(headers[index]);
}

/**
 * The short text that captions `element` without being its label: a column header for a table
 * cell, else the previous sibling of the element or of one of its three nearest ancestors (a
 * `<dt>` before a `<dd>`, a caption `<div>` above a read-only box's wrapper).
 */
export function captionBefore(element: Element): string {
  const cell = element.closest(CELLS);
  if (cell) return columnHeader(cell);
  for (let node: Element | null = element, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const previous = node.previousElementSibling;
    if (!previous) continue;
    const caption = pageText(previous);
    if (caption) return caption.length <= CAPTION_MAX ? caption : '';
  }
  return '';
}
