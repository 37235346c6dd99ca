import { describe, expect, it } from 'vitest';
import { showPage } from '../../../test/unit/dom';
import { servicePageNextStep } from './hints';

const TABS = `<h1>Checkout</h1><ul class="nav-tabs"><li><a href="/services/PX12345">Activity</a></li>
  <li><a href="/services/PX12345/integrations" id="tab">Integrations</a></li></ul>`;

describe('servicePageNextStep', () => {
  it('points at the Integrations tab on a service page', () => {
    showPage(TABS);
    expect(servicePageNextStep(document, 'service')).toEqual({
      anchor: document.getElementById('tab'),
      text: 'Next: open “Integrations”, then add a Blackfire.io integration.',
    });
  });

  it.each(['New Integration', '+ Add another integration', 'Add Integration'])(
    'points at "%s" on the Integrations tab, naming it as the page does',
    (label) => {
      showPage(`${TABS}<h2>Add an integration</h2><button id="add">${label}</button>`);
      expect(servicePageNextStep(document, 'service-integrations')).toEqual({
        anchor: document.getElementById('add'),
        text: `Next: click “${label}” and choose Blackfire.io.`,
      });
    },
  );

  it('is null on the Integrations tab without such a control, and on pages that are not a service', () => {
    showPage(`${TABS}<h2>Add an integration</h2><label>Integration Name <input></label>`);
    expect(servicePageNextStep(document, 'service-integrations')).toBeNull();
    expect(servicePageNextStep(document, 'other')).toBeNull();
  });
});
