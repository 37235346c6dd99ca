/**
 * The event our page-world script (`page-world.ts`) dispatches on `window` after each of the
 * page's own `history.pushState`/`replaceState` calls. It carries nothing: the content script
 * re-reads `location.href` when it hears it, so a page that forges the event gains nothing.
 */
export const URL_CHANGED_EVENT = 'blackfire-helper:url-changed';
