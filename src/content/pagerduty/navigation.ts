/**
 * Noticing the console's own navigation. PagerDuty is a single-page app: it changes the URL with
 * `history.pushState`, which a content script cannot hook (it runs in an isolated world, so
 * patching `history` there does not touch the page's calls). The Navigation API's
 * `currententrychange` does fire for the page's pushState, replaceState and traversals; where the
 * browser lacks that API, a two-per-second comparison of `location.href` is the cheap fallback.
 * No DOM observer is involved: this runs on every PagerDuty page.
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
  else setInterval(check, 500);
  addEventListener('popstate', check);
}
