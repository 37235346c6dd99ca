/**
 * Noticing the console's own navigation. PagerDuty is a single-page app: it changes the URL with
 * `history.pushState`, which a content script cannot hook (it runs in an isolated world, so
 * patching `history` there does not touch the page's calls). The Navigation API's
 * `currententrychange` does fire for the page's pushState, replaceState and traversals (Chromium,
 * Firefox 147+). Older browsers get a stand-in that is just as event-driven: single-page apps
 * retitle the document on each route, so watching `<head>` (never the page's body) catches it.
 */
export function onUrlChange(onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check);
  else if (document.head) {
    new MutationObserver(check).observe(document.head, { childList: true, subtree: true, characterData: true });
  }
  addEventListener('popstate', check);
}
