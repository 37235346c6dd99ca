import { showPage } from '../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { addButton, OUR_UI, placementFor, placesSideBySide, showNotice } from './page-ui';

describe('our in-page elements', () => {
  it('live in a shadow root of their own host, so the page neither reads nor restyles them', () => {
    showPage('<label>Integration Key <input id="k"></label>');
    const host = addButton(document.getElementById('k')!, 'Use for Blackfire', () => undefined);
    expect(host.hasAttribute(OUR_UI)).toBe(true);
    expect(host.textContent).toBe('');
    expect(host.shadowRoot?.querySelector('button')?.textContent).toBe('Use for Blackfire');
    // The host's own rules are !important: they win over the page's !important rules on the host.
    expect(host.shadowRoot?.querySelector('style')?.textContent).toMatch(/:host\s*\{[^}]*display:\s*inline-block\s*!important/);
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

describe("placementFor keeps the page's structure and layout", () => {
  const anchorIn = (markup: string) => (showPage(markup), document.getElementById('a')!);
  const placed = (markup: string) => {
    const { position, target, ownLine } = placementFor(anchorIn(markup));
    return [position, target.id || target.tagName.toLowerCase(), ownLine ? 'own line' : 'inline'];
  };

  it.each([
    ["a key shown as a table cell's text: inside the cell", '<table><tr><td>x</td><td id="a">KEY</td></tr></table>', ['append', 'a', 'inline']],
    ['a key in a span of a cell: after the span, still inside the cell', '<table><tr><td id="c"><span id="a">KEY</span><button>Copy</button></td></tr></table>', ['after', 'a', 'inline']],
    ['a key as <dd> text: inside the <dd>', '<dl><dt>Integration Key</dt><dd id="a">KEY</dd></dl>', ['append', 'a', 'inline']],
    ['a key as a list item: inside the item', '<ul><li id="a">KEY</li></ul>', ['append', 'a', 'inline']],
    ['an ARIA grid cell: inside it', '<div role="grid"><div role="row"><div role="gridcell" id="a">KEY</div></div></div>', ['append', 'a', 'inline']],
    ['an input in a flex row with its Copy button: after the row, on a line of its own', '<div id="f"><div id="row" style="display: flex"><input id="a"><button>Copy</button></div></div>', ['after', 'row', 'own line']],
    ['an input in a grid: after the grid, on a line of its own', '<div id="g" style="display: grid; grid-template-columns: 1fr 1fr"><input id="a"><b>x</b></div>', ['after', 'g', 'own line']],
    ['an input in a flex column: right after it, as one more line', '<div style="display: flex; flex-direction: column"><input id="a"></div>', ['after', 'a', 'inline']],
    ['an input in ordinary flow: right after it, on its line', '<div><input id="a"></div>', ['after', 'a', 'inline']],
    ['an input in a flex row inside a cell: inside the cell', '<table><tr><td id="c" style="display: flex"><input id="a"></td></tr></table>', ['append', 'c', 'inline']],
    [
      "a field group (label over input in a wrapping flex row) before the form's Save and Cancel: on a line of its own after the group, not in the buttons' row",
      '<form><p id="p" style="display: flex; flex-wrap: wrap"><label for="a" style="flex-basis: 100%">Integration key</label><input id="a"></p><button>Save</button> <button>Cancel</button></form>',
      ['after', 'p', 'own line'],
    ],
    ['a label wrapping its input, as a block: under the label', '<form><label id="a" style="display: block">Integration key <input></label><button>Save</button></form>', ['after', 'a', 'own line']],
    ['a label wrapping its input, inline: beside it, on its line', '<form><label id="a">Integration key <input></label> <button>Save</button></form>', ['after', 'a', 'inline']],
  ])('%s', (_case, markup, expected) => expect(placed(markup)).toEqual(expected));

  it('stays next to its anchor when the whole page is one deep flex row', () => {
    const row = (id: string, inner: string) => `<div id="${id}" style="display: flex">${inner}</div>`;
    const markup = row('outer', row('d2', row('d3', row('d4', row('w', '<input id="a">')))));
    expect(placementFor(anchorIn(markup)).target.id).not.toBe('outer');
  });

  it("puts the button of a cell's key inside the cell: the row keeps its cells", () => {
    const row = anchorIn('<table><tr id="r"><td>Name</td><td id="a">KEY</td><td>Type</td></tr></table>').parentElement!;
    const host = addButton(document.getElementById('a')!, 'Use for Blackfire', () => undefined);
    expect(row.children).toHaveLength(3);
    expect(host.parentElement?.id).toBe('a');
  });

  it("puts the button of a field group on a line of its own between the group and the form's buttons", () => {
    anchorIn('<form><p id="p" style="display: flex"><label for="a">Integration key</label><input id="a"></p><button id="save">Save</button></form>');
    const host = addButton(document.getElementById('a')!, 'Fill PagerDuty key', () => undefined);
    expect([host.previousElementSibling?.id, host.nextElementSibling?.id]).toEqual(['p', 'save']);
    expect(host.hasAttribute('data-own-line')).toBe(true);
    expect(host.shadowRoot?.querySelector('style')?.textContent).toMatch(/:host\(\[data-own-line\]\)\s*\{[^}]*display:\s*block\s*!important/);
  });
});

describe('placesSideBySide', () => {
  const style = (overrides: Partial<Parameters<typeof placesSideBySide>[0]>) => ({
    display: 'block', flexDirection: 'row', gridAutoFlow: 'row', gridTemplateColumns: 'none', ...overrides,
  });

  it.each([
    ['a flex row', style({ display: 'flex' })],
    ['an inline flex row', style({ display: 'inline-flex' })],
    ['a grid of two columns', style({ display: 'grid', gridTemplateColumns: '200px 480px' })],
    ['a grid of named columns', style({ display: 'grid', gridTemplateColumns: '[start] 120px [middle] 1fr [end]' })],
    ['a grid flowing by column', style({ display: 'grid', gridAutoFlow: 'column' })],
  ])('is true for %s', (_case, computed) => expect(placesSideBySide(computed)).toBe(true));

  it.each([
    ['a block', style({})],
    ['a flex column', style({ display: 'flex', flexDirection: 'column' })],
    ['a one-column grid that only stacks (no template)', style({ display: 'grid' })],
    ['a one-column grid with one track', style({ display: 'grid', gridTemplateColumns: '[full] 960px [end]' })],
  ])('is false for %s', (_case, computed) => expect(placesSideBySide(computed)).toBe(false));
});
