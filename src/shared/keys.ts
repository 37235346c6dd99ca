/**
 * Integration Key parsing: pure, shared by the content script (what it recognises on PagerDuty
 * pages), the background (which re-checks everything it is sent) and the popup's paste field.
 * PagerDuty accepts a `routing_key` of exactly 32 ASCII letters and digits.
 */
import type { Region } from './consoles';

export const KEY_LENGTH = 32;

export type KeyProblem = 'empty' | 'rest-api-token' | 'forbidden-character' | 'wrong-length';

export type ParsedKey =
  | {
      ok: true;
      key: string;
      /** `R…` keys route into a ruleset (Event Orchestration), not straight to one service. */
      isRuleset: boolean;
      /** Only known when the key came out of an Integration URL. */
      region?: Region;
      note?: string;
    }
  | { ok: false; problem: KeyProblem; message: string };

/**
 * `https://events[.eu].pagerduty.com/integration/<key>/enqueue`, the Integration URL PagerDuty
 * shows next to the key. Unanchored, so it also finds the URL inside a page's text.
 */
export const INTEGRATION_URL = /https:\/\/events(\.eu)?\.pagerduty\.com\/integration\/([^/?#\s]*)\/enqueue/i;
/** The whole text as an Integration URL. A function, so that code which never needs it (the content scripts) carries none of it. */
const wholeIntegrationUrl = (text: string) => new RegExp(`^${INTEGRATION_URL.source}/?$`, 'i').exec(text);

/**
 * Characters that ride along when text is copied from a web page or a chat but are no part of
 * a key: soft hyphen, zero-width spaces and joiners, word joiner, direction marks and
 * embeddings, invisible operators, variation selectors, the byte-order mark.
 */
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** What a person meant to paste: without invisible characters and surrounding whitespace. */
export const cleanPaste = (input: string): string => input.replace(INVISIBLE, '').trim();

/** PagerDuty REST API tokens: 20 characters, with `+`, `_` or `-` among letters and digits. */
export const REST_API_TOKEN = /^[A-Za-z0-9+_-]{20}$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/** The bare check, for where no message is needed (the content script's scans: it keeps them small). */
export const isKey = (value: string): boolean => value.length === KEY_LENGTH && ALPHANUMERIC.test(value);

export const RULESET_NOTE =
  'This is a ruleset (Event Orchestration) routing key: it takes alerts, but not change events.';

export function describeCharacter(character: string): string {
  if (character === ' ') return 'a space';
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  // Other whitespace and control characters are invisible in a message: name them by code.
  return /[\s\p{C}]/u.test(character) ? `the character ${code}` : `“${character}” (${code})`;
}

function problem(kind: KeyProblem, message: string): ParsedKey {
  return { ok: false, problem: kind, message };
}

/** Checks a pasted or scraped key (or Integration URL) and says precisely what is wrong with it. */
export function parseKey(input: string): ParsedKey {
  const cleaned = cleanPaste(input);
  if (cleaned === '') {
    return problem(
      'empty',
      "Paste the Integration Key (32 letters and digits) or the Integration URL from the service's Integrations tab in PagerDuty.",
    );
  }
  const url = wholeIntegrationUrl(cleaned);
  const key = url ? (url[2] ?? '') : cleaned;
  if (REST_API_TOKEN.test(key)) {
    return problem(
      'rest-api-token',
      'This looks like a PagerDuty REST API token (20 characters), not an Integration Key. ' +
        "The Integration Key has 32 characters: find it on the service's Integrations tab.",
    );
  }
  const forbidden = [...key].findIndex((character) => !ALPHANUMERIC.test(character));
  if (forbidden !== -1) {
    const character = [...key][forbidden] as string;
    return problem(
      'forbidden-character',
      `An Integration Key has only letters and digits; this contains ${describeCharacter(character)} at position ${forbidden + 1}.`,
    );
  }
  if (key.length !== KEY_LENGTH) {
    return problem(
      'wrong-length',
      `An Integration Key has exactly ${KEY_LENGTH} letters and digits; this has ${key.length}.`,
    );
  }
  const isRuleset = key.startsWith('R');
  return {
    ok: true,
    key,
    isRuleset,
    ...(url ? { region: url[1] ? ('eu' as const) : ('us' as const) } : {}),
    ...(isRuleset ? { note: RULESET_NOTE } : {}),
  };
}
