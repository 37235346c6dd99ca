/**
 * Learned fields (pick mode): a picked field is remembered as the page names it, so that it is
 * recognised again after a re-render or a reload. Pure: the content script builds and matches
 * descriptions with it, and the background checks with the same rule what it is asked to store.
 */
import type { FieldDescription } from './messages';
import { exactShape, stringUpTo } from './shape';

export const DESCRIPTION_PARTS = ['label', 'ariaLabel', 'placeholder', 'name', 'id', 'heading'] as const;
/** What identifies a field on its own: a heading alone names a whole form. */
const IDENTIFYING = ['label', 'ariaLabel', 'placeholder', 'name', 'id'] as const;
/** Each part is cut to this many characters at the source; the background refuses longer ones. */
export const PART_MAX = 120;
/** Learned fields kept per console: the oldest goes first. */
export const LEARNED_MAX = 20;

/** A field description as messages carry it: each part a string of at most `PART_MAX`, nothing else. */
export const isDescription = exactShape(Object.fromEntries(DESCRIPTION_PARTS.map((part) => [part, stringUpTo(PART_MAX)])));

/** Any run of 32 letters and digits could be a key (or hold one): never part of a description. */
const KEY_LIKE = /[A-Za-z0-9]{32}/;
/** Ids that frameworks number afresh (React's `:r1:` or `«r1»`, counters): they do not survive a re-render. */
const GENERATED_ID = /[:«»]|\d{3,}/;

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The description worth remembering: parts that could hold a key, and generated ids, left out;
 * each part cut to `PART_MAX`. `null` when nothing that identifies the field is left.
 */
export function cleanDescription(raw: FieldDescription): FieldDescription | null {
  const clean = { ...raw };
  for (const part of DESCRIPTION_PARTS) {
    const text = normal(raw[part]);
    clean[part] = KEY_LIKE.test(text) || (part === 'id' && GENERATED_ID.test(text)) ? '' : text.slice(0, PART_MAX);
  }
  return IDENTIFYING.some((part) => clean[part] !== '') ? clean : null;
}

/** Whether the background may store `description`: exactly what `cleanDescription` gives for it. */
export function isStorable(description: FieldDescription): boolean {
  const clean = cleanDescription(description);
  return clean !== null && DESCRIPTION_PARTS.every((part) => clean[part] === description[part]);
}

const comparable = (text: string) => normal(text).slice(0, PART_MAX).toLowerCase();

/** A field fits a description when it says everything the description says (case aside). */
export function fits(learned: FieldDescription, field: FieldDescription): boolean {
  return DESCRIPTION_PARTS.every((part) => learned[part] === '' || comparable(learned[part]) === comparable(field[part]));
}

export interface Candidate {
  description: FieldDescription;
  /** Visible, and not a decoy (a search box, a token or password field…): a field the learned one may be. */
  usable: boolean;
}

/**
 * The one candidate the learned descriptions point at, or `null`. A description that fits several
 * candidates, or fits an unusable one, is not used; two descriptions pointing at different
 * candidates cancel out.
 */
export function learnedMatch(learned: readonly FieldDescription[], candidates: readonly Candidate[]): number | null {
  const chosen = new Set<number>();
  for (const description of learned) {
    const fitting = candidates.flatMap((candidate, index) => (fits(description, candidate.description) ? [index] : []));
    const [only] = fitting;
    if (fitting.length === 1 && only !== undefined && candidates[only]?.usable) chosen.add(only);
  }
  const [found] = chosen;
  return chosen.size === 1 && found !== undefined ? found : null;
}
