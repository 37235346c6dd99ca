import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showPage } from '../../test/unit/dom';
import { OUR_UI } from './page-ui';

vi.mock('./runtime', () => ({ onBackgroundMessage: () => undefined }));
const { pickMode } = await import('./pick');

const hint = () => document.querySelector(`[${OUR_UI}]`)?.shadowRoot?.textContent ?? null;
const inputOnly = (target: Element) => (target instanceof HTMLInputElement ? target : null);

describe('pick mode', () => {
  const picked = vi.fn();
  beforeEach(() => {
    vi.useFakeTimers();
    picked.mockReset();
    showPage('<form><input id="field"></form>');
  });
  afterEach(() => {
    document.querySelector(`[${OUR_UI}]`)?.remove();
    vi.useRealTimers();
  });

  it('shows its hint, and a page script\'s click picks nothing and reaches the page as usual', () => {
    pickMode('Click the Integration Key field (Esc to cancel).', inputOnly, picked);
    expect(hint()).toContain('Click the Integration Key field (Esc to cancel).');
    const pageHeard = vi.fn();
    document.getElementById('field')?.addEventListener('click', pageHeard);
    document.getElementById('field')?.click();
    expect(picked).not.toHaveBeenCalled();
    expect(pageHeard).toHaveBeenCalled();
    expect(hint()).not.toBeNull();
  });

  it("ignores a page script's Escape, and ends by itself after a minute", () => {
    pickMode('Click the Integration Key field.', inputOnly, picked);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(hint()).not.toBeNull();
    vi.advanceTimersByTime(59_000);
    expect(hint()).not.toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(hint()).toBeNull();
  });

  it('starting again replaces the pick mode under way', () => {
    pickMode('first', inputOnly, picked);
    pickMode('second', inputOnly, picked);
    expect(document.querySelectorAll(`[${OUR_UI}]`)).toHaveLength(1);
    expect(hint()).toContain('second');
  });
});
