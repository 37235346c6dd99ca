import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { inOrder } = await import('./first-answers');

/** A promise with its resolve at hand. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('inOrder', () => {
  it('never lets a slow early answer overwrite a newer one', async () => {
    const shown: string[] = [];
    const show = inOrder<string>((value) => shown.push(value));
    const early = later<string>();
    const first = show(early.promise);
    await show(Promise.resolve('after the change'));
    early.resolve('before the change');
    await first;
    expect(shown).toEqual(['after the change']);
  });

  it('shows each answer that is the newest when it arrives', async () => {
    const shown: string[] = [];
    const show = inOrder<string>((value) => shown.push(value));
    await show(Promise.resolve('one'));
    await show(Promise.resolve('two'));
    expect(shown).toEqual(['one', 'two']);
  });
});
