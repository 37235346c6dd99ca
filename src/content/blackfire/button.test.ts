import { showPage } from '../../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { placeFillButton } from './button';
import { collectForms } from './collect';

describe('placeFillButton', () => {
  it("stays out of a label that wraps the field, so the field's label is still only its own", () => {
    showPage('<form><h2>PagerDuty</h2><label>Integration Key <input id="key" /></label></form>');
    const keyInput = document.getElementById('key') as HTMLInputElement;
    const actions = { listKeys: async () => [{ id: 'k', label: 'Search' }], fill: async () => ({ ok: true, message: '' }) };
    placeFillButton(keyInput, actions, new AbortController().signal);
    expect(keyInput.closest('label')?.nextElementSibling?.shadowRoot?.textContent).toContain('Fill PagerDuty key');
    expect(collectForms(document)[0]?.signals.fields[0]?.label).toBe('Integration Key');
  });
});
