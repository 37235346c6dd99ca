/**
 * Reads the signals `qualify.ts` scores from the live page: every text-like input, grouped by the
 * form or dialog that holds it, with its labels and whether a person can see and edit it.
 */
import { fieldCaptions, idrefText, pageText } from '../captions';
import type { FieldSignals, FormSignals } from './qualify';

/** What holds a form's fields: a form, or a dialog. */
export const CONTAINERS = 'form, dialog, [role=dialog], [role=alertdialog]';
const DIALOGS = 'dialog, [role=dialog], [role=alertdialog]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';
export const TEXT_TYPES = new Set(['text', 'password', 'search']);
const PAGERDUTY = /pager\s*-?duty/i;

export interface CollectedForm {
  signals: FormSignals;
  inputs: HTMLInputElement[];
}

function isVisible(input: HTMLInputElement): boolean {
  if (input.hidden || input.closest('[hidden], [aria-hidden=true]')) return false;
  if (!input.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  // Off-screen or 1-pixel inputs are a classic way to hide a field from people but not from scripts.
  const { width, height } = input.getBoundingClientRect();
  return width >= 4 && height >= 4;
}

function fieldSignals(input: HTMLInputElement): FieldSignals {
  const { label, ariaLabel, labelledBy, placeholder } = fieldCaptions(input);
  return {
    label,
    ariaLabel,
    labelledBy,
    placeholder,
    name: input.name,
    id: input.id,
    type: input.type,
    visible: isVisible(input),
    editable: !input.disabled && !input.readOnly,
  };
}

/** How far up a heading before the form is looked for: the form, then its wrapper (a modal's body). */
const HEADING_BEFORE_DEPTH = 2;

/** The heading right before `container` in its wrapper: a plain modal's header outside its form. */
function headingBefore(container: Element): Element | undefined {
  for (let node: Element | null = container, depth = 0; node && depth < HEADING_BEFORE_DEPTH; node = node.parentElement, depth++) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const heading = sibling.matches(HEADINGS) ? sibling : [...sibling.querySelectorAll(HEADINGS)].at(-1);
      if (heading) return heading;
    }
  }
  return undefined;
}

/**
 * A form's heading is its own, else its dialog's (Blackfire's modal titles the form), else the one
 * just before it (a server-rendered modal without dialog markup, its title in a header above the form).
 */
function headingOf(container: Element): string {
  const dialog = container.closest(DIALOGS);
  const named = idrefText(container.ownerDocument, (dialog ?? container).getAttribute('aria-labelledby'));
  const inside = container.querySelector(HEADINGS) ?? dialog?.querySelector(HEADINGS);
  return named || pageText(inside ?? (container === container.ownerDocument.body ? undefined : headingBefore(container)));
}

const isTextInput = (input: HTMLInputElement) => TEXT_TYPES.has(input.type);

/** The form or dialog that holds `input`; the page's body for the inputs outside any. */
const containerOf = (input: HTMLInputElement): Element => input.closest(CONTAINERS) ?? input.ownerDocument.body;

/** The form that `container` holds: its own text inputs (not those of a form nested in it), with their signals. */
export function collectForm(container: Element): CollectedForm | null {
  const inputs = [...container.querySelectorAll('input')].filter((input) => isTextInput(input) && containerOf(input) === container);
  if (inputs.length === 0) return null;
  const heading = headingOf(container);
  return {
    inputs,
    signals: {
      heading,
      mentionsPagerDuty: PAGERDUTY.test(heading) || PAGERDUTY.test(pageText(container)),
      fields: inputs.map(fieldSignals),
    },
  };
}

/**
 * The containers whose forms a change in `scope` can alter: those of the text inputs in the
 * dialog or form around it (its title, its fields) or in `scope` itself, and those of the fields
 * that labels in `scope` name.
 */
export function containersAround(scope: Element): Set<Element> {
  const area = scope.closest(DIALOGS) ?? scope.closest(CONTAINERS) ?? scope;
  const inputs = [...area.querySelectorAll('input'), ...(area instanceof HTMLInputElement ? [area] : [])];
  const labels = [...scope.querySelectorAll('label')];
  const wrapping = scope.closest('label');
  if (wrapping) labels.push(wrapping);
  for (const label of labels) if (label.control instanceof HTMLInputElement) inputs.push(label.control);
  return new Set(inputs.filter(isTextInput).map(containerOf));
}

/** Every form on the page, by the form or dialog that holds it. */
export function collectForms(doc: Document): CollectedForm[] {
  return [...containersAround(doc.documentElement)].flatMap((container) => collectForm(container) ?? []);
}
