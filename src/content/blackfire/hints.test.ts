import { describe, expect, it } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { channelListNextStep } from './hints';

const LIST = `<h1>Notification Channels</h1>
  <table><tr><td>On-call</td><td>Pager duty</td></tr></table>
  <button type="button" id="add">Add Notification Channel</button>`;

describe('channelListNextStep', () => {
  it('points at "Add Notification Channel" while the add dialog is closed (a saved channel\'s "Pager duty" is no control)', () => {
    showPage(`${LIST}<div style="display: none"><button>Pager duty</button></div>`);
    expect(channelListNextStep(document)).toEqual({
      anchor: document.getElementById('add'),
      text: 'Next: click “Add Notification Channel”, then “Pager duty”.',
    });
  });

  it('points at the "Pager duty" tile once the add dialog shows it', () => {
    showPage(`${LIST}<div role="dialog"><h2>Add a notification channel</h2>
      <button>Slack</button><button id="tile"> Pager
        duty </button></div>`);
    expect(channelListNextStep(document)).toEqual({ anchor: document.getElementById('tile'), text: 'Next: choose “Pager duty”.' });
  });

  it('is null when the page offers neither control', () => {
    showPage('<h1>Notification Channels</h1><p>Ask an administrator to add a notification channel.</p>');
    expect(channelListNextStep(document)).toBeNull();
  });
});
