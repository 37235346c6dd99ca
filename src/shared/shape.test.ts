import { describe, expect, it } from 'vitest';
import { exactShape, isString, optional } from './shape';

describe('exactShape', () => {
  const check = exactShape({ id: isString, note: optional(isString) });

  it('accepts the exact fields, with or without the optional one', () => {
    expect(check({ id: 'a' })).toBe(true);
    expect(check({ id: 'a', note: 'b' })).toBe(true);
  });
  it('rejects a missing required field', () => expect(check({ note: 'b' })).toBe(false));
  it('rejects an extra field', () => expect(check({ id: 'a', extra: 1 })).toBe(false));
  it('rejects a field of the wrong type', () => expect(check({ id: 1 })).toBe(false));
  it('rejects non-plain objects, arrays and null', () => {
    expect(check(null)).toBe(false);
    expect(check(['a'])).toBe(false);
    expect(check(new (class { id = 'a'; })())).toBe(false);
  });
  it('does not see inherited fields as present', () => {
    expect(check(Object.create({ id: 'a' }))).toBe(false);
  });
});
