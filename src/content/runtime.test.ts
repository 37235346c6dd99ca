import { afterEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
vi.stubGlobal('chrome', {
  runtime: { id: 'our-id', sendMessage: async (message: unknown) => (sent.push(message), { ok: true }), onMessage: { addListener() {} } },
});
const { reportLifecycle } = await import('./runtime');

/** happy-dom's PageTransitionEvent ignores `persisted` in its init: set it as the browser would. */
const transition = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
  Object.defineProperty(new Event(type), 'persisted', { value: persisted });

describe('reportLifecycle', () => {
  const life = new AbortController();
  afterEach(() => void (sent.length = 0));

  it('says goodbye when the page is hidden, and reports again when it returns from the back/forward cache', () => {
    const report = vi.fn();
    reportLifecycle(report, life.signal);
    dispatchEvent(transition('pagehide', true));
    expect(sent).toEqual([{ type: 'page/leaving' }]);
    dispatchEvent(transition('pageshow', false));
    expect(report).not.toHaveBeenCalled();
    dispatchEvent(transition('pageshow', true));
    expect(report).toHaveBeenCalledOnce();
  });

  it('stops when its signal aborts', () => {
    const report = vi.fn();
    life.abort();
    dispatchEvent(transition('pagehide', false));
    dispatchEvent(transition('pageshow', true));
    expect(sent).toEqual([]);
    expect(report).not.toHaveBeenCalled();
  });
});
