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

/** The Navigation API as the browser has it: it announces the page's own pushState calls. */
const navigation = new EventTarget();
function navigate(path: string) {
  history.pushState({}, '', path);
  navigation.dispatchEvent(new Event('currententrychange'));
}

describe('startPagerDuty', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('MutationObserver', CountingObserver);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.pagerduty.com/incidents');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('observes nothing on other pages, one observer per service page, and stops it on leaving', async () => {
    vi.stubGlobal('navigation', navigation);
    startPagerDuty();
    expect(observers).toEqual({ created: 0, active: 0 });
    expect(sent).toEqual([{ type: 'page/status', status: { console: 'pagerduty', page: 'other', recognised: false } }]);

    navigate('/services/PABC123/integrations');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 1 });
    expect(sent.at(-1)).toEqual({
      type: 'page/status',
      status: { console: 'pagerduty', page: 'service-integrations', recognised: false, link: 'https://acme.pagerduty.com/services/PABC123/integrations' },
    });

    // Another tab of the same service keeps the one observer, and is reported.
    navigate('/services/PABC123?tab=overview');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 1 });
    expect(sent.at(-1)).toMatchObject({ status: { page: 'service' } });

    navigate('/schedules');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 1, active: 0 });
    expect(sent.at(-1)).toMatchObject({ status: { page: 'other' } });

    navigate('/service-directory/PDEF456');
    await vi.advanceTimersByTimeAsync(600);
    expect(observers).toEqual({ created: 2, active: 1 });
  });

  it('without the Navigation API, notices a route change by the retitled document, not by polling', async () => {
    sent.length = 0;
    const activeBefore = observers.active;
    startPagerDuty();
    expect(observers.active).toBe(activeBefore + 1); // on <head> only
    history.pushState({}, '', '/services/PXYZ789/integrations');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1); // nothing noticed yet: no timer compares URLs
    document.title = 'Integrations - PagerDuty';
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.at(-1)).toMatchObject({ status: { page: 'service-integrations' } });
  });
});
