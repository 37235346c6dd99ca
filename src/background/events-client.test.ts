import { describe, expect, it, vi } from 'vitest';
import type { HeldKey } from './vault';
import { postEvent, sendTestAlert, type ClientDeps } from './events-client';

const held: HeldKey = {
  id: 'us:acme/PSVC1/blackfire-Shopping-Cart',
  key: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  serviceId: 'PSVC1',
  serviceName: 'Shopping Cart',
  integrationName: 'blackfire-Shopping-Cart',
  subdomain: 'acme',
  region: 'us',
  isRuleset: false,
  capturedAt: 1,
  source: 'captured',
};

/** A client whose fetch answers from `answers` in order and records what was sent. */
function fakeDeps(...answers: (Response | Error)[]) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const next = answers.shift() ?? new Response('{"status":"success"}', { status: 202 });
    if (next instanceof Error) throw next;
    return next;
  });
  const deps: ClientDeps = {
    fetch: fetch as unknown as typeof globalThis.fetch,
    clock: { sleep: async () => undefined, random: () => 0, now: () => Date.parse('2026-03-04T05:06:07Z') },
    uuid: () => 'uuid-1',
  };
  const sent = () =>
    fetch.mock.calls.map(([url, init]) => ({ url: String(url), init, body: JSON.parse(String(init?.body)) }));
  return { deps, fetch, sent };
}

describe('sendTestAlert', () => {
  it('triggers, then resolves the same dedup key, at the US host', async () => {
    const { deps, sent } = fakeDeps();
    const outcome = await sendTestAlert(held, 'warning', deps);
    expect(outcome).toMatchObject({ kind: 'accepted', severity: 'warning', attempts: 1 });
    const [trigger, resolve] = sent();
    expect(trigger?.url).toBe('https://events.pagerduty.com/v2/enqueue');
    expect(trigger?.body).toMatchObject({ event_action: 'trigger', dedup_key: 'blackfire-setup-test-uuid-1' });
    expect(resolve?.body).toEqual({ routing_key: held.key, event_action: 'resolve', dedup_key: 'blackfire-setup-test-uuid-1' });
    expect(trigger?.init).toMatchObject({ method: 'POST', redirect: 'error', credentials: 'omit' });
    expect(trigger?.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends EU keys to the EU host', async () => {
    const { deps, sent } = fakeDeps();
    await sendTestAlert({ ...held, region: 'eu' }, 'critical', deps);
    expect(sent().map((s) => s.url)).toEqual(Array(2).fill('https://events.eu.pagerduty.com/v2/enqueue'));
  });

  it('sends no resolve after a rejected trigger, and never shows the key back', async () => {
    const { deps, fetch } = fakeDeps(new Response(`Invalid routing key ${held.key}`, { status: 400 }));
    const outcome = await sendTestAlert(held, 'warning', deps);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(outcome.kind).toBe('rejected');
    expect(outcome.message).toContain('Invalid routing key');
    expect(outcome.message).not.toContain(held.key);
  });

  it('tells a network error apart, after 3 attempts, and sends no resolve', async () => {
    const error = new TypeError('Failed to fetch');
    const { deps, fetch } = fakeDeps(error, error, error);
    expect(await sendTestAlert(held, 'warning', deps)).toMatchObject({ kind: 'network-unreachable', attempts: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('resolves a trigger that timed out, which may have opened an incident all the same', async () => {
    const { deps, sent } = fakeDeps(new DOMException('signal timed out', 'TimeoutError'));
    const outcome = await sendTestAlert(held, 'warning', deps);
    expect(outcome).toMatchObject({ kind: 'timed-out', attempts: 1 });
    expect(outcome.message).toMatch(/may still have arrived; its resolve was sent and accepted/);
    const [trigger, resolve] = sent();
    expect(resolve?.body).toEqual({ routing_key: held.key, event_action: 'resolve', dedup_key: trigger?.body.dedup_key });
  });

  it('says to resolve by hand when both the trigger and its resolve timed out', async () => {
    const timeout = new DOMException('signal timed out', 'TimeoutError');
    const { deps, fetch } = fakeDeps(timeout, timeout);
    const outcome = await sendTestAlert(held, 'warning', deps);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(outcome.message).toMatch(/resolving it failed too \(no answer in time\): if a test incident opened, resolve it in PagerDuty by hand/);
  });
});

describe('postEvent', () => {
  it('refuses any host but the Events API hosts', async () => {
    const { deps, fetch } = fakeDeps();
    await expect(postEvent('https://events.pagerduty.com.evil.example/v2/enqueue', {}, held.key, deps)).rejects.toThrow(
      /outside the Events API/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
