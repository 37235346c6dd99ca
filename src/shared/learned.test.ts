import { described } from '../../test/unit/descriptions';
import { describe, expect, it } from 'vitest';
import { cleanDescription, isStorable, learnedMatch, PART_MAX, type Candidate } from './learned';
import type { FieldDescription } from './messages';

const KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

const routingCode = described({ label: 'Routing code', name: 'destination[code]', id: 'routing-code', heading: 'New alert destination' });

describe('cleanDescription', () => {
  it('keeps what the page calls the field, with its spaces tidied', () => {
    expect(cleanDescription({ ...routingCode, label: '  Routing \n code ' })).toEqual(routingCode);
  });

  it('never keeps a part that holds a key, wherever the key sits in it', () => {
    const raw = described({ label: `Integration Key ${KEY}`, placeholder: `e.g.${KEY}x`, name: 'key', heading: KEY });
    const clean = cleanDescription(raw);
    expect(clean).toEqual(described({ name: 'key' }));
    expect(JSON.stringify(clean)).not.toMatch(/[A-Za-z0-9]{32}/);
  });

  it.each([':r5:', '«r1»', 'field-10293'])('leaves out the generated id %s, which a re-render changes', (id) => {
    expect(cleanDescription(described({ id, label: 'Routing code' }))).toEqual(described({ label: 'Routing code' }));
  });

  it('is null when nothing but the heading is left: that would name the whole form, not a field', () => {
    expect(cleanDescription(described({ heading: 'New alert destination', id: ':r2:', label: KEY }))).toBeNull();
  });

  it(`cuts each part to ${PART_MAX} characters`, () => {
    expect(cleanDescription(described({ label: 'Routing code '.repeat(20) }))?.label).toHaveLength(PART_MAX);
  });

  it('has no place for a position in the page: only what the page names the field', () => {
    expect(Object.keys(cleanDescription(routingCode) ?? {}).sort()).toEqual(['ariaLabel', 'heading', 'id', 'label', 'name', 'placeholder']);
  });
});

describe('isStorable', () => {
  it('accepts a clean description', () => expect(isStorable(routingCode)).toBe(true));

  it.each([
    ['a key in a part', { ...routingCode, placeholder: KEY }],
    ['a key inside a longer part', { ...routingCode, name: `x${KEY}y` }],
    ['an over-long part', { ...routingCode, label: 'x'.repeat(PART_MAX + 1) }],
    ['a generated id', { ...routingCode, id: ':r5:' }],
    ['untidy spaces', { ...routingCode, label: ' Routing code' }],
    ['nothing that identifies a field', described({ heading: 'New alert destination' })],
  ])('refuses %s', (_case, description) => expect(isStorable(description)).toBe(false));
});

describe('learnedMatch', () => {
  const field = (parts: Partial<FieldDescription>, usable = true): Candidate => ({ description: described(parts), usable });
  const name = field({ label: 'Destination name', name: 'destination[name]', heading: 'New alert destination' });
  const code = field({ ...routingCode });

  it('finds the one field that says everything the description says', () => {
    expect(learnedMatch([routingCode], [name, code])).toBe(1);
  });

  it('matches words whatever their case and spacing, and a re-rendered field with a new generated id', () => {
    const rerendered = field({ ...routingCode, label: 'ROUTING  code', id: 'routing-code' });
    expect(learnedMatch([described({ label: 'Routing code', heading: 'New alert destination' })], [name, rerendered])).toBe(1);
  });

  it('uses no description that fits several fields', () => {
    expect(learnedMatch([described({ label: 'Routing code' })], [code, field({ label: 'Routing code', id: 'other' })])).toBeNull();
  });

  it('uses no description that fits a field that is no candidate for a key (hidden, a search box, a token field)', () => {
    expect(learnedMatch([routingCode], [name, field({ ...routingCode }, false)])).toBeNull();
  });

  it('uses nothing when two descriptions point at different fields', () => {
    expect(learnedMatch([routingCode, described({ name: 'destination[name]' })], [name, code])).toBeNull();
  });

  it('finds nothing when nothing was learned, or nothing fits', () => {
    expect(learnedMatch([], [name, code])).toBeNull();
    expect(learnedMatch([described({ label: 'Service key' })], [name, code])).toBeNull();
  });
});
