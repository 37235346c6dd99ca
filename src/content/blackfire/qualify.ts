/**
 * Which of a page's inputs is the Integration Key field of Blackfire's PagerDuty channel form,
 * and which is its channel name field. Pure: it scores plain signals that `collect.ts` read from
 * the DOM, so it is unit-tested without a page. Blackfire's DOM is not ours and changes, so no
 * single signal decides; hidden, disabled and decoy fields (search boxes, other services' API
 * keys) never qualify.
 */
export interface FieldSignals {
  /** Text of the field's `<label>`s (by `for` or by wrapping). */
  label: string;
  ariaLabel: string;
  /** Text of the elements named by `aria-labelledby`. */
  labelledBy: string;
  placeholder: string;
  name: string;
  id: string;
  type: string;
  visible: boolean;
  /** Neither disabled nor read-only: a person could type into it. */
  editable: boolean;
}

export interface FormSignals {
  /** The form's or its dialog's heading. */
  heading: string;
  /** Whether the form (or its heading) mentions PagerDuty: other channels' forms are decoys. */
  mentionsPagerDuty: boolean;
  fields: FieldSignals[];
}

export interface Qualified {
  form: number;
  keyField: number;
  nameField: number | null;
}

/** How much each signal says: what a person reads counts more than what only code reads. */
const WEIGHTS = { label: 10, ariaLabel: 10, labelledBy: 10, placeholder: 8, name: 6, id: 6 } as const;
const KEY_THRESHOLD = 6;
const NAME_THRESHOLD = 5;

const KEY_WORDS = /\b(integration|routing|service|pager ?duty) key\b/;
const BARE_KEY = /\bkey\b/;
const NAME_WORDS = /\b(name|title)\b/;
const CHANNEL_NAME = /\bchannel name\b/;
/** Fields that hold something else: another kind of secret, an address, a search. */
const DECOY_WORDS = /\b(search|filter|find|api|token|password|secret|email|url|webhook)\b/;
/** Between two PagerDuty forms, the one titled for PagerDuty wins (e.g. over a list's filter form). */
const HEADING_BONUS = 2;
const PAGERDUTY_HEADING = /\bpager ?duty\b/;

/** `integration_key`, `integrationKey` and "Integration Key" all read "integration key". */
export function words(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

function score(field: FieldSignals, value: (text: string) => number): number {
  let total = 0;
  for (const [source, weight] of Object.entries(WEIGHTS) as [keyof typeof WEIGHTS, number][]) {
    total += weight * value(words(field[source]));
  }
  return total;
}

/** A field that holds something else: a search, another kind of secret, an address. */
export function isDecoy(field: FieldSignals): boolean {
  return field.type === 'search' || Object.keys(WEIGHTS).some((s) => DECOY_WORDS.test(words(field[s as keyof typeof WEIGHTS])));
}

export function keyScore(field: FieldSignals): number {
  if (!field.visible || !field.editable || isDecoy(field)) return 0;
  // A bare "Key" counts half: in a PagerDuty form it is most likely the Integration Key.
  return score(field, (text) => (KEY_WORDS.test(text) ? 1 : BARE_KEY.test(text) ? 0.5 : 0));
}

/** Whether the field reads like a key field, whatever it shows now: it may become visible or editable. */
export const couldBeKeyField = (field: FieldSignals): boolean => keyScore({ ...field, visible: true, editable: true }) > 0;

export function nameScore(field: FieldSignals): number {
  if (!field.visible || !field.editable || isDecoy(field) || BARE_KEY.test(words(field.label + ' ' + field.name))) return 0;
  return score(field, (text) => (CHANNEL_NAME.test(text) ? 1.5 : NAME_WORDS.test(text) ? 1 : 0));
}

function best(scores: number[], threshold: number): number | null {
  let found: number | null = null;
  scores.forEach((value, index) => {
    if (value >= threshold && (found === null || value > (scores[found] ?? 0))) found = index;
  });
  return found;
}

/** The channel name field of `form`, whose key field is `keyField`, if it has one. */
export function nameFieldOf(form: FormSignals, keyField: number): number | null {
  return best(
    form.fields.map((field, i) => (i === keyField ? 0 : nameScore(field))),
    NAME_THRESHOLD,
  );
}

/** The PagerDuty form whose key field scores highest, or null when no form qualifies. */
export function qualify(forms: readonly FormSignals[]): Qualified | null {
  let chosen: Qualified | null = null;
  let chosenScore = 0;
  forms.forEach((form, index) => {
    if (!form.mentionsPagerDuty) return;
    const keyScores = form.fields.map(keyScore);
    const keyField = best(keyScores, KEY_THRESHOLD);
    if (keyField === null) return;
    const formScore = (keyScores[keyField] ?? 0) + (PAGERDUTY_HEADING.test(words(form.heading)) ? HEADING_BONUS : 0);
    if (formScore <= chosenScore) return;
    chosen = { form: index, keyField, nameField: nameFieldOf(form, keyField) };
    chosenScore = formScore;
  });
  return chosen;
}
