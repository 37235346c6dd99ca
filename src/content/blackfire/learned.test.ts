import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { cleanDescription } from '../../shared/learned';
import type { FieldDescription } from '../../shared/messages';
import { collectForms } from './collect';
import { channelFormFinder, type Taught } from './detect';
import { fieldCandidates, learnedKeyField } from './learned';

/** A first look at the whole page, as the content script takes when it starts. */
const findChannelForm = (taught?: Taught) => channelFormFinder()([document.documentElement], taught);

const KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

/** A form that recognition misses: no PagerDuty words, the key field captioned unusually. */
const DESTINATION = `<form><h2>New alert destination</h2>
  <label>Destination name <input id="destination-name" name="destination[name]"></label>
  <label>Routing code <input id="routing-code" name="destination[code]"></label>
  <input type="search" placeholder="Search destinations"></form>`;

const routingCode: FieldDescription = {
  label: 'Routing code',
  ariaLabel: '',
  placeholder: '',
  name: 'destination[code]',
  id: 'routing-code',
  heading: 'New alert destination',
};
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('learned Blackfire fields', () => {
  // A layout engine gives laid-out fields a size; hidden ones have none.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect(this.closest('[hidden]') ? {} : { width: 200, height: 24 });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("describes a field by what the page calls it and its form's heading, never its value or position", () => {
    showPage(DESTINATION);
    byId('routing-code').value = KEY;
    const [, code] = fieldCandidates(collectForms(document));
    expect(code?.description).toEqual(routingCode);
    expect(JSON.stringify(cleanDescription(code!.description))).not.toContain(KEY);
  });

  it('makes the one field a learned description fits the key field, with the name field beside it', () => {
    showPage(DESTINATION);
    expect(findChannelForm()).toBeNull();
    expect(findChannelForm({ learned: [routingCode], picked: null })).toEqual({
      keyInput: byId('routing-code'),
      nameInput: byId('destination-name'),
    });
  });

  it('finds the field again after a re-render replaced it', () => {
    showPage(DESTINATION);
    showPage(DESTINATION.replace('Routing code', 'Routing  code'));
    expect(findChannelForm({ learned: [routingCode], picked: null })?.keyInput).toBe(byId('routing-code'));
  });

  it.each([
    ['hidden', DESTINATION.replace('<label>Routing code', '<label hidden>Routing code'), routingCode],
    ['a search box', DESTINATION.replace('name="destination[code]"', 'name="destination[code]" type="search"'), routingCode],
    ['a token field', DESTINATION.replace('Routing code', 'Routing token'), { ...routingCode, label: 'Routing token' }],
    ['one of two fields it fits', DESTINATION.replace('</form>', '<label>Routing code <input></label></form>'), { ...routingCode, name: '', id: '' }],
  ])('uses no learned description that fits %s', (_case, markup, learned) => {
    showPage(markup);
    expect(learnedKeyField(collectForms(document), [learned])).toBeNull();
  });

  it('reads the learned field again on every change, wherever it was: a field shown by a change above its form counts at once', () => {
    showPage(`<div id="backdrop" hidden>${DESTINATION}</div><p id="elsewhere"></p>`);
    const find = channelFormFinder();
    const taught = { learned: [{ ...routingCode, id: '' }], picked: null };
    expect(find([document.documentElement], taught)).toBeNull();
    byId('backdrop').hidden = false;
    expect(find([byId('elsewhere')], taught)?.keyInput).toBe(byId('routing-code'));
  });

  it('lets a form that recognition finds win over a learned field', () => {
    showPage(`${DESTINATION}<form><h2>Add PagerDuty</h2><label>Integration Key <input id="key"></label></form>`);
    expect(findChannelForm({ learned: [routingCode], picked: null })?.keyInput).toBe(byId('key'));
  });

  it('lets the field picked on this page win over everything, while a person can type into it', () => {
    showPage(`${DESTINATION}<form><h2>Add PagerDuty</h2><label>Integration Key <input id="key"></label></form>`);
    const picked = byId('destination-name');
    expect(findChannelForm({ learned: [routingCode], picked })?.keyInput).toBe(picked);
    picked.readOnly = true;
    expect(findChannelForm({ learned: [routingCode], picked })?.keyInput).toBe(byId('key'));
  });
});
