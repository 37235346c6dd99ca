/** Qualify: what to do with an Integration Key seen on a PagerDuty page. Pure decisions over plain data. */
import type { KeySighting } from './collect';

const BLACKFIRE = /blackfire/i;

/**
 * `capture` right away only when the key is tied to the Blackfire integration: shown as a key
 * (not inside a sentence) and its own record's name or type says Blackfire. Anything less certain
 * only gets an `offer`: a button, and the person decides.
 */
export function actionFor({ shownAs, integrationName, integrationType }: KeySighting): 'capture' | 'offer' {
  if (shownAs === 'prose') return 'offer';
  return BLACKFIRE.test(integrationName) || BLACKFIRE.test(integrationType) ? 'capture' : 'offer';
}

/**
 * The name the key is held under. Keys are held per integration name, so an unnamed one falls
 * back to its type, then to its last four characters, rather than replacing another unnamed key.
 */
export function integrationLabel({ integrationName, integrationType, key }: KeySighting): string {
  return integrationName || integrationType || `Integration …${key.slice(-4)}`;
}
