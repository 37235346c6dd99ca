// @vitest-environment node
// (Node, not happy-dom: it reads PagerDuty's schema file from disk through the e2e stand-in's loader.)
import { describe, expect, it } from 'vitest';
import { eventProblems, loadValidators } from '../../test/e2e/harness/events-api';
import { buildResolveEvent, buildTriggerEvent, enqueueUrl, MAX_SUMMARY_LENGTH, type TestAlertInput } from './events';
import type { Region } from './consoles';

const validators = loadValidators();
const input: TestAlertInput = {
  routingKey: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  serviceName: 'Shopping Cart',
  severity: 'warning',
  dedupKey: 'blackfire-setup-test-1',
  sentAt: new Date('2026-03-04T05:06:07.000Z'),
};

describe('the trigger event', () => {
  it.each(['warning', 'critical'] as const)("is valid by PagerDuty's schema and rules (%s)", (severity) => {
    const event = buildTriggerEvent({ ...input, severity });
    expect(eventProblems(validators, '/v2/enqueue', event)).toEqual([]);
    expect(event.payload.severity).toBe(severity);
  });

  it('reads as a Blackfire setup test and names the extension, the service and the time', () => {
    const event = buildTriggerEvent(input);
    expect(event).toMatchObject({ routing_key: input.routingKey, event_action: 'trigger', dedup_key: input.dedupKey });
    expect(event.payload.summary).toMatch(/Blackfire setup test/);
    expect(event.payload.summary).toMatch(/Shopping Cart/);
    expect(event.client).toMatch(/setup helper/);
    expect(event.payload.custom_details).toMatchObject({ service: 'Shopping Cart', sent_at: '2026-03-04T05:06:07.000Z' });
  });

  it("keeps the summary within PagerDuty's 1024 characters for a very long service name", () => {
    const event = buildTriggerEvent({ ...input, serviceName: 'S'.repeat(2000) });
    expect(event.payload.summary.length).toBe(MAX_SUMMARY_LENGTH);
    expect(eventProblems(validators, '/v2/enqueue', event)).toEqual([]);
  });
});

describe('the resolve event', () => {
  it('is valid and closes the trigger by its dedup key', () => {
    const event = buildResolveEvent(input.routingKey, input.dedupKey);
    expect(eventProblems(validators, '/v2/enqueue', event)).toEqual([]);
    expect(event).toEqual({ routing_key: input.routingKey, event_action: 'resolve', dedup_key: input.dedupKey });
  });
});

describe('enqueueUrl', () => {
  it.each([
    ['us', 'https://events.pagerduty.com/v2/enqueue'],
    ['eu', 'https://events.eu.pagerduty.com/v2/enqueue'],
  ] as const)('sends %s keys to %s', (region, url) => expect(enqueueUrl(region)).toBe(url));

  it.each(['evil.example', '__proto__', 'toString'])('knows no region %s', (region) => {
    expect(() => enqueueUrl(region as Region)).toThrow(/Unknown PagerDuty region/);
  });
});
