import { showPage } from '../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { addButton, OUR_UI, showNotice } from './page-ui';

describe('our in-page elements', () => {
  it('live in a shadow root of their own host, so the page neither reads nor restyles them', () => {
    showPage('<label>Integration Key <input id="k"></label>');
    const host = addButton(document.getElementById('k')!, 'Use for Blackfire', () => undefined);
    expect(host.hasAttribute(OUR_UI)).toBe(true);
    expect(host.textContent).toBe('');
    expect(host.shadowRoot?.querySelector('button')?.textContent).toBe('Use for Blackfire');
    // The host's own rules are !important: they win over the page's !important rules on the host.
    expect(host.shadowRoot?.querySelector('style')?.textContent).toMatch(/:host \{[^}]*display: inline-block !important/);
  });

  it('act on trusted clicks only: a page script clicking our button does nothing', () => {
    showPage('<input id="k">');
    let clicks = 0;
    const host = addButton(document.getElementById('k')!, 'Use for Blackfire', () => clicks++);
    host.shadowRoot?.querySelector('button')?.click();
    expect(clicks).toBe(0);
  });

  it('show one notice at a time, in a status region', () => {
    showNotice('first');
    showNotice('second');
    const notices = document.querySelectorAll(`[${OUR_UI}][data-kind="notice"]`);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.shadowRoot?.querySelector('[role="status"]')?.textContent).toBe('second');
  });
});
