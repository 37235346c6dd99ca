/**
 * Noticing the console's own navigation. PagerDuty is a single-page app: it changes the URL with
 * `history.pushState`, which a content script cannot hook (it runs in an isolated world, so
 * patching `history` there does not touch the page's calls). The Navigation API's
 * `currententrychange` fires for the page's pushState, replaceState and traversals (Chromium,
 * Firefox 147+). Where it is missing, our page-world script (`page-world.ts`) announces each
 * pushState and replaceState with a bare event; traversals fire `popstate`. Every case is an
 * event: no timer, and nothing in the page's DOM is observed.
 */
import { URL_CHANGED_EVENT } from './url-signal';

export function onUrlChange(onChange: () => void): void {
  let last = location.href;
  // Whoever fired the event, the URL is read from `location`: a forged event changes nothing.
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check);
  else addEventListener(URL_CHANGED_EVENT, check);
  addEventListener('popstate', check);
}
