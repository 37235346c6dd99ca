/**
 * Lengths the background accepts for names that content scripts send. Content scripts cut what
 * they read from a page to these (a page's `<h1>` has no limit), so a long name is shortened,
 * never refused.
 */
export const NAME_MAX = 300;
