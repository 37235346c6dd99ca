/**
 * Fields learned by picking, in `storage.local`: descriptions of fields (no secret, checked by
 * `isStorable` before they get here), so they outlive the browser session. Every change goes
 * through the one storage queue.
 */
import browser from 'webextension-polyfill';
import type { ConsoleName } from '../shared/consoles';
import { fits, LEARNED_MAX } from '../shared/learned';
import type { FieldDescription, LearnedField } from '../shared/messages';
import { inTurn } from './serial';

const LEARNED = 'learned';

/** Newest first. */
export async function readLearned(): Promise<LearnedField[]> {
  return ((await browser.storage.local.get(LEARNED))[LEARNED] as LearnedField[] | undefined) ?? [];
}

function updateLearned(change: (fields: LearnedField[]) => LearnedField[]): Promise<void> {
  return inTurn(async () => {
    await browser.storage.local.set({ [LEARNED]: change(await readLearned()) });
  });
}

const same = (a: FieldDescription, b: FieldDescription) => fits(a, b) && fits(b, a);

/** The same field picked again is learned once (as the newest); past `LEARNED_MAX` per console, the oldest goes. */
export function learnField(console: ConsoleName, description: FieldDescription, at: number): Promise<void> {
  return updateLearned((fields) => {
    const others = fields.filter((field) => field.console !== console || !same(field.description, description));
    const learned: LearnedField = { id: crypto.randomUUID(), console, description, at };
    const kept = [learned, ...others];
    const ofConsole = kept.filter((field) => field.console === console);
    return ofConsole.length > LEARNED_MAX ? kept.filter((field) => field !== ofConsole.at(-1)) : kept;
  });
}

/** The console of the field of that id, now forgotten; `null` when no such field was learned. */
export async function forgetLearned(id: string): Promise<ConsoleName | null> {
  let forgotten: ConsoleName | null = null;
  await updateLearned((fields) => {
    forgotten = fields.find((field) => field.id === id)?.console ?? null;
    return fields.filter((field) => field.id !== id);
  });
  return forgotten;
}
