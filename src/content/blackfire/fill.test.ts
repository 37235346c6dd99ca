import { beforeEach, describe, expect, it } from 'vitest';
import { fillChannelForm } from './fill';

const KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
const NAME = 'PagerDuty – Shopping Cart';

describe('fillChannelForm', () => {
  let form: HTMLFormElement;
  let keyInput: HTMLInputElement;
  let nameInput: HTMLInputElement;
  const events: string[] = [];

  beforeEach(() => {
    events.length = 0;
    form = document.createElement('form');
    keyInput = document.createElement('input');
    nameInput = document.createElement('input');
    form.append(nameInput, keyInput);
    document.body.replaceChildren(form);
    for (const type of ['input', 'change', 'submit']) {
      form.addEventListener(type, (event) => events.push(`${type}:${event.target === keyInput ? 'key' : 'name'}`));
    }
  });

  it('fills the key and an empty name with bubbling input and change events, and never submits', async () => {
    const report = await fillChannelForm({ keyInput, nameInput }, KEY, NAME);
    expect(report).toMatchObject({ ok: true, keyFilled: true, nameFilled: true });
    expect([keyInput.value, nameInput.value]).toEqual([KEY, NAME]);
    expect(events).toEqual(['input:name', 'change:name', 'input:key', 'change:key']);
  });

  it('leaves a name the person typed as it is, and says so', async () => {
    nameInput.value = 'Prod on-call';
    const report = await fillChannelForm({ keyInput, nameInput }, KEY, NAME);
    expect(report).toMatchObject({ ok: true, nameFilled: false, message: expect.stringContaining('"Prod on-call" was already there') });
    expect(nameInput.value).toBe('Prod on-call');
  });

  it('says what failed when the page puts the old value back', async () => {
    // A controlled input whose framework ignored the change re-renders its own state.
    keyInput.addEventListener('input', () => setTimeout(() => (keyInput.value = '')));
    const report = await fillChannelForm({ keyInput, nameInput }, KEY, NAME);
    expect(report).toMatchObject({ ok: false, keyFilled: false, message: expect.stringMatching(/did not keep the key/) });
  });

  it('says so when the form is gone', async () => {
    form.remove();
    expect(await fillChannelForm({ keyInput, nameInput: null }, KEY, NAME)).toMatchObject({ ok: false });
    expect(keyInput.value).toBe('');
  });

  it('asks for a name when the form has no name field', async () => {
    const report = await fillChannelForm({ keyInput, nameInput: null }, KEY, NAME);
    expect(report).toMatchObject({ ok: true, message: expect.stringMatching(/No channel name field/) });
  });
});
