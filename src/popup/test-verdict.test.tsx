import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Delivery, TestOutcome } from '../shared/messages';
import { PopupView } from './PopupView';
import { heldKey, outcome, popupState } from './test-states';
import { testVerdict } from './test-verdict';
import type { PopupActions } from './usePopup';

const incident: Delivery = { state: 'incident', incident: { number: 42, urgency: 'low', status: 'resolved', serviceName: 'Shopping Cart' } };
const followed = (delivery: Delivery, message = 'm'): TestOutcome => ({ ...outcome('accepted', message), delivery });

describe('testVerdict', () => {
  it.each([
    ['an incident seen', followed(incident), 'confirmed'],
    ['an accepted event that was not followed', outcome('accepted', 'm'), 'accepted'],
    ['an accepted event that could not be checked', followed({ state: 'unchecked', reason: 'r' }), 'accepted'],
    ['a test still waiting for its incident', followed({ state: 'waiting', serviceName: 's' }), 'waiting'],
    ['an accepted event without an incident', followed({ state: 'no-incident', serviceName: 's' }), 'no-incident'],
    ['a rejected event', outcome('rejected', 'm'), 'failed'],
  ] as const)('calls %s %s', (_case, result, verdict) => expect(testVerdict(result)).toBe(verdict));
});

describe('the popup after a followed test', () => {
  const key = heldKey();
  const show = (result: TestOutcome) =>
    render(<PopupView state={popupState({ keys: [key], selectedKeyId: key.id, outcomes: { [key.id]: result } })} status={null} busy={null} actions={{} as PopupActions} />);
  const testStep = () => within(screen.getByRole('list', { name: 'Setup steps' })).getAllByRole('listitem')[2];

  it('says "confirmed" and marks the step done when the incident was seen', () => {
    show(followed(incident, 'Confirmed: PagerDuty accepted the warning test alert and incident #42 opened on Shopping Cart (low urgency); it was then resolved.'));
    expect(screen.getByRole('status')).toHaveTextContent('incident #42 opened on Shopping Cart (low urgency)');
    expect(testStep()).toHaveTextContent('(done)');
    expect(screen.getByText(/test confirmed/)).toBeInTheDocument();
  });

  it('leaves the step to do, and says no incident opened, when none did', () => {
    show(followed({ state: 'no-incident', serviceName: 'Shopping Cart' }, 'PagerDuty accepted the warning test alert, but no incident was opened'));
    expect(testStep()).toHaveTextContent('(to do)');
    expect(screen.getByText(/no incident opened/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/confirmed/i);
  });
});
