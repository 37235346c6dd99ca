import { showPage } from '../../../test/unit/dom';
import { describe, expect, it } from 'vitest';
import { collectForms } from './collect';

/** Blackfire as a Symfony application: a server-rendered modal without dialog markup, titled above its form. */
const SYMFONY_MODAL = `
  <div class="modal"><div class="modal-header"><h4 class="modal-title">Add a Pager duty notification channel</h4></div>
    <form name="notification_channel">
      <p class="help">Need help? Read <a href="https://blackfire.io/docs/integrations/notification-channels/pagerduty">the documentation</a>.</p>
      <div class="form-row"><label for="n">Name <span class="required">*</span></label><input type="text" id="n" required></div>
      <div class="form-row"><label for="k">Integration key <span class="required">*</span></label><input type="text" id="k" required></div>
      <div class="form-row"><input type="checkbox" id="e" checked><label for="e">Enabled</label></div>
      <button type="submit" disabled>Add</button><button type="button">Close</button>
    </form></div>`;

describe('collectForms', () => {
  it('reads the title of a plain server-rendered modal that sits above its form, and labels with a required asterisk', () => {
    showPage(SYMFONY_MODAL);
    const [form, ...others] = collectForms(document);
    expect(others).toEqual([]);
    expect(form?.signals).toMatchObject({
      heading: 'Add a Pager duty notification channel',
      mentionsPagerDuty: true,
      fields: [{ label: 'Name *', id: 'n' }, { label: 'Integration key *', id: 'k' }],
    });
  });

  it("never takes a heading from after the form, nor another section's heading from far above", () => {
    showPage(`<section><h2>PagerDuty</h2><p>Our channels</p></section>
      <div><div><form><label>Name <input type="text"></label></form></div><h4>Add a Pager duty notification channel</h4></div>`);
    expect(collectForms(document)[0]?.signals).toMatchObject({ heading: '', mentionsPagerDuty: false });
  });
});
