/**
 * Reads the signals `qualify.ts` scores from the live page: every text-like input, grouped by the
 * form or dialog that holds it, with its labels and whether a person can see and edit it.
 */
import { fieldCaptions, idrefText, pageText } from '../captions';
import type { FieldSignals, FormSignals } from './qualify';

const CONTAINERS = 'form, dialog, [role="dialog"], [role="alertdialog"]';
const DIALOGS = 'dialog, [role="dialog"], [role="alertdialog"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
const TEXT_TYPES = new Set(['text', 'password', 'search']);
const PAGERDUTY = /pager\s*-?duty/i;

export interface CollectedForm {
  signals: FormSignals;
  inputs: HTMLInputElement[];
}


function isVisible(input: HTMLInputElement): boolean {
  if (input.hidden || input.closest('[hidden], [aria-hidden="true"]')) return false;
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

/** A form's heading is its own, else its dialog's (Blackfire's modal titles the form). */
function headingOf(container: Element): string {
  const dialog = container.closest(DIALOGS);
  const named = idrefText(container.ownerDocument, (dialog ?? container).getAttribute('aria-labelledby'));
  return named || pageText(container.querySelector(HEADINGS) ?? dialog?.querySelector(HEADINGS));
}

export function collectForms(doc: Document): CollectedForm[] {
  const byContainer = new Map<Element, HTMLInputElement[]>();
  for (const input of doc.querySelectorAll('input')) {
    if (!TEXT_TYPES.has(input.type)) continue;
    const container = input.closest(CONTAINERS) ?? doc.body;
    byContainer.set(container, [...(byContainer.get(container) ?? []), input]);
  }
  return [...byContainer].map(([container, inputs]) => {
    const heading = headingOf(container);
    return {
      inputs,
      signals: {
        heading,
        mentionsPagerDuty: PAGERDUTY.test(heading) || PAGERDUTY.test(pageText(container)),
        fields: inputs.map(fieldSignals),
      },
    };
  });
}
