import { described } from '../../test/unit/descriptions';
import { describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('./runtime', () => ({ send: async (message: unknown) => void sent.push(message) }));
const { learnedDescriptions, rememberPicked } = await import('./learned');

const KEY = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';

describe('rememberPicked', () => {
  it('learns, here and in the background, only a picked field its description finds again, cleaned of keys', () => {
    const code = { description: described({ label: 'Routing code', placeholder: KEY }), usable: true };
    const twin = { description: described({ label: 'Routing code', id: 'other' }), usable: true };
    const hidden = { description: described({ label: 'Secret box' }), usable: false };
    rememberPicked([code, twin], 0); // its description also fits the twin
    rememberPicked([hidden], 0); // not a field the learned description may be
    rememberPicked([code], -1); // not among the candidates
    expect(sent).toEqual([]);
    rememberPicked([twin, code], 0);
    const learned = described({ label: 'Routing code', id: 'other' });
    expect(sent).toEqual([{ type: 'learn/remember', description: learned }]);
    expect(learnedDescriptions()).toEqual([learned]);
    rememberPicked([code], 0);
    expect(JSON.stringify(sent)).not.toContain(KEY);
  });
});
