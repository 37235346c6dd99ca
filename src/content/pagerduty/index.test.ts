import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../runtime', () => ({ send: async (message: unknown) => void sent.push(message), reportLifecycle: () => undefined, answerPings: () => undefined, onBackgroundMessage: () => undefined }));
const { startPagerDuty } = await import('./index');
const { URL_CHANGED_EVENT } = await import('./url-signal');

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

  it("without the Navigation API, hears the page's own pushState and replaceState: no title change, no timer, no observer", async () => {
    expect((globalThis as { navigation?: EventTarget }).navigation).toBeUndefined();
    await import('./page-world'); // what the manifest runs in the page's own world
    sent.length = 0;
    const before = { ...observers };
    startPagerDuty();
    expect(observers).toEqual(before); // not even <head> is observed

    // The app changes the route and nothing else: the title stays, no timer runs.
    const title = document.title;
    history.pushState({}, '', '/services/PXYZ789/integrations');
    expect(sent.at(-1)).toMatchObject({ status: { page: 'service-integrations', link: 'https://acme.pagerduty.com/services/PXYZ789/integrations' } });
    history.replaceState({}, '', '/schedules');
    expect(sent.at(-1)).toMatchObject({ status: { page: 'other' } });
    expect(document.title).toBe(title);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('hears the back button, and a forged signal moves nothing: the URL is read from location, never from the event', async () => {
    await import('./page-world');
    startPagerDuty();
    history.pushState({}, '', '/services/PBACK01/integrations');
    expect(sent.at(-1)).toMatchObject({ status: { page: 'service-integrations' } });
    const reports = sent.length;

    dispatchEvent(new CustomEvent(URL_CHANGED_EVENT, { detail: { url: 'https://acme.pagerduty.com/services/PFORGED' } }));
    expect(sent).toHaveLength(reports);

    // A traversal changes the URL without pushState (happy-dom's back() does not, so as a browser does it).
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.pagerduty.com/incidents');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(sent.at(-1)).toMatchObject({ status: { page: 'other' } });
  });
});
