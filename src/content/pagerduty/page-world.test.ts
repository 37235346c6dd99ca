import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_CHANGED_EVENT } from './url-signal';

/** What a listener in another world can learn from one signal: only that it came. */
function listen() {
  const heard: { url: string; detail: unknown; type: string }[] = [];
  addEventListener(URL_CHANGED_EVENT, (event) =>
    heard.push({ url: location.href, detail: (event as CustomEvent).detail, type: event.constructor.name }),
  );
  return heard;
}

describe('the page-world script', () => {
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://acme.pagerduty.com/incidents');
  });
  afterEach(() => {
    // It wraps the methods as own properties of `history`; deleting them restores the originals.
    delete (history as Partial<History>).pushState;
    delete (history as Partial<History>).replaceState;
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('leaves history alone where the Navigation API announces navigation', async () => {
    const { pushState, replaceState } = history;
    vi.stubGlobal('navigation', new EventTarget());
    await import('./page-world');
    expect(history.pushState).toBe(pushState);
    expect(history.replaceState).toBe(replaceState);
  });

  it('announces each pushState and replaceState once the URL has changed, with nothing attached', async () => {
    await import('./page-world');
    const heard = listen();
    history.pushState({ page: 1 }, '', '/services/PABC123');
    history.replaceState(null, '', '/services/PABC123/integrations');
    expect(heard).toEqual([
      { url: 'https://acme.pagerduty.com/services/PABC123', detail: undefined, type: 'Event' },
      { url: 'https://acme.pagerduty.com/services/PABC123/integrations', detail: undefined, type: 'Event' },
    ]);
    expect(history.state).toBeNull(); // the page's own arguments still reach the real methods
  });
});
