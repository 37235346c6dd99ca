import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../runtime', () => ({ send: async (message: unknown) => void sent.push(message) }));
const { startPagerDuty } = await import('./index');

/** Counts the observers the content script creates and how many are still observing. */
const observers = { created: 0, active: 0 };
class CountingObserver extends MutationObserver {
  constructor(callback: MutationCallback) {
    super(callback);
    observers.created++;
  }
  override observe(target: Node, options?: MutationObserverInit) {
    observers.active++;
    super.observe(target, options);
  }
  override disconnect() {
    observers.active--;
    super.disconnect();
  }
}

describe('startPagerDuty', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', CountingObserver);
    // This DOM has no Navigation API: the content script falls back to comparing location.href.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.pagerduty.com/incidents');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('observes nothing on other pages, one observer per service page, and stops it on leaving', async () => {
    startPagerDuty();
    expect(observers).toEqual({ created: 0, active: 0 });
    expect(sent).toEqual([{ type: 'page/status', status: { console: 'pagerduty', page: 'other', recognised: false } }]);

    history.pushState({}, '', '/services/PABC123/integrations');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 1 });
    expect(sent.at(-1)).toEqual({
      type: 'page/status',
      status: { console: 'pagerduty', page: 'service-integrations', recognised: false, link: 'https://acme.pagerduty.com/services/PABC123/integrations' },
    });

    // Another tab of the same service keeps the one observer, and is reported.
    history.pushState({}, '', '/services/PABC123?tab=overview');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 1 });
    expect(sent.at(-1)).toMatchObject({ status: { page: 'service' } });

    history.pushState({}, '', '/schedules');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 0 });
    expect(sent.at(-1)).toMatchObject({ status: { page: 'other' } });

    history.pushState({}, '', '/service-directory/PDEF456');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 2, active: 1 });
  });
});
