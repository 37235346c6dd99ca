import { describe, expect, it } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { pagerDutyChannelRows } from './channel-list';

describe('pagerDutyChannelRows', () => {
  it("lists the PagerDuty rows of the Notification Channels table, each by its text", () => {
    showPage(`<h1>Notification Channels</h1><table>
      <tr><th>Name</th><th>Type</th></tr>
      <tr><td>Ops email</td><td>Email</td></tr>
      <tr><td>PagerDuty – Search</td><td>Pager duty</td><td>Enabled</td></tr></table>`);
    expect(pagerDutyChannelRows(document)).toEqual(['PagerDuty – Search Pager duty Enabled']);
  });

  it('finds a list named by the selected tab of the settings page, in list items', () => {
    showPage(`<div role="tablist"><button role="tab" aria-selected="false">General</button>
      <button role="tab" aria-selected="true">Notification Channels</button></div>
      <ul><li>On-call <span>PagerDuty</span></li><li>Team chat <span>Slack</span></li></ul>`);
    expect(pagerDutyChannelRows(document)).toEqual(['On-call PagerDuty']);
  });

  it('is an empty list when the page lists no PagerDuty channel yet', () => {
    showPage('<h2>Notification Channels</h2><ul><li>Ops email Email</li></ul>');
    expect(pagerDutyChannelRows(document)).toEqual([]);
  });

  it('does not count the "Pager duty" tile of the add dialog, nor rows of an open form', () => {
    showPage(`<h1>Notification Channels</h1>
      <div role="dialog"><ul><li>Pager duty</li></ul></div>
      <form><ul><li>Pager duty</li></ul></form>`);
    expect(pagerDutyChannelRows(document)).toEqual([]);
  });

  it('is null on a page that is not the Notification Channels list', () => {
    showPage('<h1>Environments</h1><ul><li>PagerDuty – Search Pager duty</li></ul>');
    expect(pagerDutyChannelRows(document)).toBeNull();
  });
});
