import { showPage } from '../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { captionBefore, fieldCaptions, fieldCaptionText, pageText } from './captions';
import { addButton, OUR_UI } from './page-ui';

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('pageText', () => {
  it("reads a label's own words, not those of the button we placed inside it", () => {
    showPage('<label id="l">Integration Key <input id="k"></label>');
    addButton(byId('k'), 'Fill PagerDuty key', () => undefined);
    expect(pageText(byId('l'))).toBe('Integration Key');
  });

  it('leaves the page untouched while reading', () => {
    showPage(`<form id="f">Email <span ${OUR_UI}>PagerDuty</span></form>`);
    const form = byId('f');
    expect(pageText(form)).toBe('Email');
    expect(form.querySelector(`[${OUR_UI}]`)).not.toBeNull();
  });
});

describe('fieldCaptions', () => {
  it('reads a <label for>, a wrapping <label>, aria-label, aria-labelledby and placeholder', () => {
    showPage(`<span id="t">Integration</span><span id="u">Key</span>
      <label for="a">Channel name</label><input id="a" placeholder="e.g. On-call">
      <label>Integration Key <input id="b" aria-labelledby="t u" aria-label="Routing key"></label>`);
    expect(fieldCaptions(byId('a'))).toMatchObject({ label: 'Channel name', placeholder: 'e.g. On-call' });
    expect(fieldCaptions(byId('b'))).toMatchObject({ label: 'Integration Key', ariaLabel: 'Routing key', labelledBy: 'Integration Key' });
  });

  it('reads a caption element above a read-only box as its text when nothing else names it', () => {
    showPage('<div><div>Integration Key</div><div class="box"><input id="k" readonly><button>Copy</button></div></div>');
    expect(fieldCaptionText(byId('k'))).toBe('Integration Key');
  });
});

describe('captionBefore', () => {
  it('reads the column header of a table cell', () => {
    showPage(`<table><thead><tr><th>Name</th><th>Integration Key</th><th>Type</th></tr></thead>
      <tbody><tr><td>Datadog</td><td id="c">k</td><td>Datadog</td></tr></tbody></table>`);
    expect(captionBefore(byId('c'))).toBe('Integration Key');
  });

  it('reads a <dt> before its <dd>', () => {
    showPage('<dl><dt>Integration Key</dt><dd id="d">k</dd></dl>');
    expect(captionBefore(byId('d'))).toBe('Integration Key');
  });

  it('is empty when the text before is a paragraph, not a caption', () => {
    showPage(`<p>${'Copy the Integration Key into Blackfire. '.repeat(3)}</p><code id="c">k</code>`);
    expect(captionBefore(byId('c'))).toBe('');
  });
});
