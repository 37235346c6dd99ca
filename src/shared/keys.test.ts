import { describe, expect, it } from 'vitest';
import { parseKey, RULESET_NOTE } from './keys';

const KEY = 'e93facc04764012d7bfb002500d5d1a6';
const RULESET_KEY = 'R0123456789ABCDEFGHIJKLMNOPQRSTU';

describe('parseKey accepts', () => {
  it.each([
    ['a plain key', KEY],
    ['upper-case letters', KEY.toUpperCase()],
    ['surrounding spaces, tabs and line breaks', ` \t${KEY}\r\n `],
    ['non-breaking spaces around it', `\u00A0${KEY}\u00A0`],
  ])('%s', (_case, input) => {
    expect(parseKey(input)).toEqual({ ok: true, key: input.trim(), isRuleset: false });
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['left-to-right mark', '\u200E'],
    ['right-to-left embedding', '\u202B'],
    ['variation selector', '\uFE0F'],
  ])('a key with a %s inside and around it, without it', (_name, invisible) => {
    const input = `${invisible}${KEY.slice(0, 10)}${invisible}${KEY.slice(10)}${invisible}`;
    expect(parseKey(input)).toEqual({ ok: true, key: KEY, isRuleset: false });
  });

  it.each([
    ['a US Integration URL', `https://events.pagerduty.com/integration/${KEY}/enqueue`, 'us'],
    ['an EU Integration URL', `https://events.eu.pagerduty.com/integration/${KEY}/enqueue`, 'eu'],
    ['an Integration URL with a trailing slash and spaces', `  https://events.pagerduty.com/integration/${KEY}/enqueue/ `, 'us'],
    ['an Integration URL with a capitalised host', `https://Events.EU.PagerDuty.com/integration/${KEY}/enqueue`, 'eu'],
  ])('the key out of %s, with its region', (_case, input, region) => {
    expect(parseKey(input)).toEqual({ ok: true, key: KEY, isRuleset: false, region });
  });

  it('a ruleset key, with a note that it takes alerts but not change events', () => {
    const parsed = parseKey(RULESET_KEY);
    expect(parsed).toEqual({ ok: true, key: RULESET_KEY, isRuleset: true, note: RULESET_NOTE });
    expect(RULESET_NOTE).toMatch(/alerts/);
    expect(RULESET_NOTE).toMatch(/not change events/);
  });

  it('a ruleset key out of an Integration URL', () => {
    const parsed = parseKey(`https://events.pagerduty.com/integration/${RULESET_KEY}/enqueue`);
    expect(parsed).toMatchObject({ ok: true, key: RULESET_KEY, isRuleset: true, region: 'us', note: RULESET_NOTE });
  });

  it('a key starting with a lower-case r as an ordinary key', () => {
    expect(parseKey(`r${KEY.slice(1)}`)).toMatchObject({ ok: true, isRuleset: false });
  });
});

describe('parseKey rejects, saying why', () => {
  const rejection = (input: string) => {
    const parsed = parseKey(input);
    if (parsed.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
    return parsed;
  };

  it.each(['', '   ', '\n\t', '\u200B\uFEFF', ' \u00AD '])('empty input %j', (input) => {
    const { problem, message } = rejection(input);
    expect(problem).toBe('empty');
    expect(message).toMatch(/Paste the Integration Key/);
  });

  it.each(['y_NbAkKc66ryYTWUXYEu', 'u+abcdefghijklmnopqr', 'abcdefghij0123456789', ' y-NbAkKc66ryYTWUXYEu '])(
    'the 20-character REST API token %j',
    (input) => {
      const { problem, message } = rejection(input);
      expect(problem).toBe('rest-api-token');
      expect(message).toMatch(/looks like a PagerDuty REST API token/);
      expect(message).toMatch(/not an Integration Key/);
    },
  );

  it.each([
    [KEY.slice(0, 31), 31],
    [`${KEY}0`, 33],
    ['abc', 3],
    [KEY.slice(0, 21), 21],
  ])('%j as the wrong length (%i), saying 32', (input, length) => {
    const { problem, message } = rejection(input);
    expect(problem).toBe('wrong-length');
    expect(message).toContain('exactly 32');
    expect(message).toContain(`this has ${length}`);
  });

  it.each([
    [`${KEY.slice(0, 8)}-${KEY.slice(9)}`, '“-” (U+002D) at position 9'],
    [`${KEY.slice(0, 16)} ${KEY.slice(17)}`, 'a space at position 17'],
    [`${KEY.slice(0, 31)}é`, '“é” (U+00E9) at position 32'],
    [`${KEY.slice(0, 4)}\u00A0${KEY.slice(5)}`, 'the character U+00A0 at position 5'],
    [`Integration Key: ${KEY}`, 'a space at position 12'],
    [`${KEY.slice(0, 30)}😀x`, '“😀” (U+1F600) at position 31'],
    ['https://events.pagerduty.com/integration/abc_def/enqueue', '“_” (U+005F) at position 4'],
    [`https://evil.example/integration/${KEY}/enqueue`, '“:” (U+003A) at position 6'],
  ])('%j for its first forbidden character', (input, named) => {
    const { problem, message } = rejection(input);
    expect(problem).toBe('forbidden-character');
    expect(message).toBe(`An Integration Key has only letters and digits; this contains ${named}.`);
  });

  it('an Integration URL around a key of the wrong length, by the key inside it', () => {
    const { problem, message } = rejection(`https://events.eu.pagerduty.com/integration/${KEY.slice(2)}/enqueue`);
    expect(problem).toBe('wrong-length');
    expect(message).toContain('this has 30');
  });
});
