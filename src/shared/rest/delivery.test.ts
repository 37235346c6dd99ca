import { describe, expect, it } from 'vitest';
import type { Delivery, IncidentSeen } from '../messages';
import type { Attempt } from '../retry';
import { deliveryMessage, isConfirmed, type DeliveryContext } from './delivery';

const context: DeliveryContext = { serviceName: 'Shopping Cart', severity: 'warning', accepted: 'PagerDuty accepted the warning test alert for Shopping Cart.' };
const incident = (status: IncidentSeen['status']): Delivery => ({
  state: 'incident',
  incident: { number: 42, urgency: 'low', status, serviceName: 'Shopping Cart' },
});
const accepted: Attempt = { kind: 'response', status: 202, body: '', retryAfter: null };

describe('deliveryMessage', () => {
  it('says it waits for the incident', () => {
    expect(deliveryMessage({ state: 'waiting', serviceName: 'Shopping Cart' }, 'pending', context)).toBe(
      'PagerDuty accepted the warning test alert; waiting up to 30 seconds for the incident on Shopping Cart…',
    );
  });

  it('names the incident, its service and urgency once seen, before the resolve', () => {
    expect(deliveryMessage(incident('triggered'), 'pending', context)).toBe(
      'Confirmed: PagerDuty accepted the warning test alert and incident #42 opened on Shopping Cart (low urgency). Resolving it…',
    );
  });

  it('then says it was resolved', () => {
    expect(deliveryMessage(incident('resolved'), accepted, context)).toMatch(
      /incident #42 opened on Shopping Cart \(low urgency\); it was then resolved\.$/,
    );
  });

  it('says when the incident stayed open after an accepted resolve', () => {
    expect(deliveryMessage(incident('triggered'), accepted, context)).toMatch(/still open 10 seconds later: resolve incident #42/);
  });

  it('says when the resolve failed', () => {
    expect(deliveryMessage(incident('triggered'), { kind: 'network-error' }, context)).toMatch(
      /resolving it failed \(the network could not be reached\): resolve incident #42 in PagerDuty by hand/,
    );
  });

  it('says an accepted event without an incident is not a success, with the usual causes', () => {
    const message = deliveryMessage({ state: 'no-incident', serviceName: 'Shopping Cart' }, accepted, context);
    expect(message).toMatch(/accepted the warning test alert, but no incident was opened on Shopping Cart within 30 seconds/);
    expect(message).toMatch(/disabled or in maintenance/);
    expect(message).toMatch(/event rule/);
    expect(message).toMatch(/another service/);
    expect(message).not.toMatch(/confirmed/i);
  });

  it('keeps the Events API outcome and says why it was not confirmed', () => {
    expect(deliveryMessage({ state: 'unchecked', reason: 'the API key may not read incidents' }, accepted, context)).toBe(
      'PagerDuty accepted the warning test alert for Shopping Cart. Not confirmed: the API key may not read incidents.',
    );
  });
});

describe('isConfirmed', () => {
  it('is true only once an incident was seen', () => {
    expect(isConfirmed(incident('resolved'))).toBe(true);
    expect(isConfirmed({ state: 'no-incident', serviceName: 'x' })).toBe(false);
    expect(isConfirmed({ state: 'waiting', serviceName: 'x' })).toBe(false);
    expect(isConfirmed(undefined)).toBe(false);
  });
});
