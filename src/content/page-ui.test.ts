import { showPage } from '../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { OUR_UI, pageText, trustedButton } from './page-ui';

describe('pageText', () => {
  it("reads a label's own words, not those of the button we placed inside it", () => {
    showPage('<label id="l">Integration Key <input></label>');
    const label = document.getElementById('l') as HTMLElement;
    label.append(trustedButton('Fill PagerDuty key', () => undefined));
    expect(label.textContent).toContain('Fill PagerDuty key');
    expect(pageText(label)).toBe('Integration Key');
  });

  it('leaves the page untouched while reading', () => {
    showPage(`<form id="f">Email <span ${OUR_UI}>PagerDuty</span></form>`);
    const form = document.getElementById('f') as HTMLElement;
    expect(pageText(form)).toBe('Email');
    expect(form.querySelector(`[${OUR_UI}]`)).not.toBeNull();
  });
});
