/**
 * Runs in the PagerDuty page's own JavaScript world (the manifest's `"world": "MAIN"` entry, at
 * document_start), and only where the Navigation API is missing (Firefox before 147). There a
 * content script cannot hear in-app navigation: its isolated world has its own `history`, so the
 * page's `pushState` calls go unseen. This wraps the page's two history methods so that each call
 * also dispatches a bare event on `window`, which the content script hears. It reads nothing,
 * sends nothing and holds no key; it has no extension API.
 */
import { URL_CHANGED_EVENT } from './url-signal';

if (!(globalThis as { navigation?: EventTarget }).navigation) {
  // Taken now, before the page's scripts run: their later overrides cannot intercept the signal.
  const dispatch = window.dispatchEvent.bind(window);
  const PlainEvent = Event;
  const announce = () => dispatch(new PlainEvent(URL_CHANGED_EVENT));
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      announce();
      return result;
    };
  }
}
