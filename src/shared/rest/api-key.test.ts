import { describe, expect, it } from 'vitest';
import { parseApiKey } from './api-key';

describe('parseApiKey', () => {
  it.each([
    ["PagerDuty's documented example", 'y_NbAkKc66ryYTWUXYEu', 'y_NbAkKc66ryYTWUXYEu'],
    ['plus and minus signs', 'ab+cd-EF_gh12345678Z', 'ab+cd-EF_gh12345678Z'],
    ['surrounding whitespace and a zero-width space', ' \u200By_NbAkKc66ryYTWUXYEu\n', 'y_NbAkKc66ryYTWUXYEu'],
  ])('accepts %s', (_case, input, key) => expect(parseApiKey(input)).toEqual({ ok: true, key }));

  it.each([
    ['nothing', '   ', /Paste a PagerDuty REST API key \(20 characters\)/],
    ['an Integration Key', 'e93facc04764012d7bfb002500d5d1a6', /Integration Key \(32 characters\), not a REST API key/],
    ['an Integration URL', 'https://events.pagerduty.com/integration/e93facc04764012d7bfb002500d5d1a6/enqueue', /Integration Key/],
    ['a key one character short', 'y_NbAkKc66ryYTWUXYE', /exactly 20 characters; this has 19/],
    ['a key with a slash', 'y_NbAkKc66ry/TWUXYEu', /contains “\/” \(U\+002F\) at position 13/],
    ['a key with an inner space', 'y_NbAkKc66 yYTWUXYEu', /contains a space at position 11/],
  ])('refuses %s with a specific message', (_case, input, message) => {
    const parsed = parseApiKey(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});
