import { afterEach, describe, expect, it } from 'vitest';
import { showPage } from '../../test/unit/dom';
import { showHint, stepAt } from './hint';
import { OUR_UI } from './page-ui';

const hints = () => document.querySelectorAll(`[${OUR_UI}][data-kind="hint"]`);
const noteOf = (host: Element | undefined) => host?.shadowRoot?.querySelector('[role="note"]');
const say = (name: string) => `Next: click “${name}”.`;

describe('stepAt', () => {
  it('finds the first visible control named so, by its text or else its aria-label, and names it in the step', () => {
    showPage(`<h2>Add notification channel</h2><div style="display: none"><button>Add notification channel</button></div>
      <a href="/new"> Add
        notification channel </a><button aria-label="Add notification channel"></button>`);
    expect(stepAt(document, /^add notification channel$/i, say)).toEqual({
      anchor: document.querySelector('a'),
      text: 'Next: click “Add notification channel”.',
    });
    showPage('<div role="button" aria-label="Add notification channel"></div>');
    expect(stepAt(document, /^add notification channel$/i, say)?.anchor).toBe(document.querySelector('[role="button"]'));
  });

  it('is null when no control is named so (text that is not a control does not count)', () => {
    showPage('<p>Add notification channel</p><button>Add notification channel now</button>');
    expect(stepAt(document, /^add notification channel$/i, say)).toBeNull();
  });
});

describe('showHint', () => {
  const life = new AbortController();
  afterEach(() => showHint(null, life.signal));

  it('adds one note naming the control, outside the page flow, right after the body content', () => {
    showPage('<table><tr><td><button id="a">Add</button></td></tr></table>');
    const anchor = document.getElementById('a')!;
    showHint({ anchor, text: 'Next: click “Add”.' }, life.signal);
    showHint({ anchor, text: 'Next: click “Add”.' }, life.signal);
    expect(hints()).toHaveLength(1);
    expect(hints()[0]?.parentElement).toBe(document.body);
    expect(noteOf(hints()[0])?.textContent).toBe('Next: click “Add”.×');
    expect(document.querySelector('tr')?.children).toHaveLength(1);
  });

  it("sits in the control's dialog, so a modal dialog neither covers it nor makes it inert", () => {
    showPage('<dialog open><button id="t">Pager duty</button></dialog>');
    showHint({ anchor: document.getElementById('t')!, text: 'Next: choose “Pager duty”.' }, life.signal);
    expect(hints()[0]?.parentElement).toBe(document.querySelector('dialog'));
  });

  it('moves to the next control, and goes when there is no next step or the page is left', () => {
    showPage('<button id="a">Add</button><button id="b">Pager duty</button>');
    showHint({ anchor: document.getElementById('a')!, text: 'a' }, life.signal);
    showHint({ anchor: document.getElementById('b')!, text: 'b' }, life.signal);
    expect([...hints()].map((host) => noteOf(host)?.firstChild?.textContent)).toEqual(['b']);
    showHint(null, life.signal);
    expect(hints()).toHaveLength(0);

    const page = new AbortController();
    showHint({ anchor: document.getElementById('a')!, text: 'a' }, page.signal);
    page.abort();
    expect(hints()).toHaveLength(0);
    showHint({ anchor: document.getElementById('a')!, text: 'a' }, page.signal);
    expect(hints()).toHaveLength(0);
  });

  // A person's click (trusted) dismisses it: test/e2e/hints.e2e.test.ts, in real browsers.
  it("stays when a page script clicks its ×", () => {
    showPage('<button id="a">Add</button>');
    const step = { anchor: document.getElementById('a')!, text: 'a' };
    showHint(step, life.signal);
    const dismiss = hints()[0]?.shadowRoot?.querySelector('button');
    expect(dismiss?.getAttribute('aria-label')).toBe('Dismiss hint');
    dismiss?.click();
    expect(hints()).toHaveLength(1);
    dismiss?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(hints()).toHaveLength(1);
  });
});
