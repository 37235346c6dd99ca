/**
 * The shape of a PagerDuty REST API key, checked before any request: 20 characters of letters,
 * digits, `_`, `+` and `-` (PagerDuty's own example is `y_NbAkKc66ryYTWUXYEu`, so the schema's
 * `[A-Za-z0-9]+` pattern is wrong). The most likely wrong paste here is an Integration Key.
 */
import { cleanPaste, describeCharacter, parseKey, REST_API_TOKEN } from '../keys';

export const API_KEY_LENGTH = 20;
const API_KEY_CHARACTER = /^[A-Za-z0-9+_-]$/;

export type ParsedApiKey = { ok: true; key: string } | { ok: false; message: string };

const WHERE_TO_FIND =
  'Account keys are under Integrations → API Access Keys in PagerDuty; user keys under My Profile → User Settings.';

export function parseApiKey(input: string): ParsedApiKey {
  const key = cleanPaste(input);
  if (key === '') return { ok: false, message: `Paste a PagerDuty REST API key (20 characters). ${WHERE_TO_FIND}` };
  if (REST_API_TOKEN.test(key)) return { ok: true, key };
  if (parseKey(key).ok) {
    return {
      ok: false,
      message:
        'This is an Integration Key (32 characters), not a REST API key: add it in the Integration Key field instead. ' +
        `A REST API key has 20 characters. ${WHERE_TO_FIND}`,
    };
  }
  const characters = [...key];
  const forbidden = characters.findIndex((character) => !API_KEY_CHARACTER.test(character));
  if (forbidden !== -1) {
    return {
      ok: false,
      message:
        'A REST API key has only letters, digits, “_”, “+” and “-”; this contains ' +
        `${describeCharacter(characters[forbidden] as string)} at position ${forbidden + 1}.`,
    };
  }
  return { ok: false, message: `A PagerDuty REST API key has exactly ${API_KEY_LENGTH} characters; this has ${characters.length}.` };
}
