/**
 * PagerDuty's offset pagination: `limit` (at most 100) and `offset`, with `more` telling whether
 * another page exists, and `offset + limit` never above 10,000. Pure over an injected page fetcher.
 */
import type { ListPage } from './resources';

export const PAGE_LIMIT = 100;
export const MAX_OFFSET_PLUS_LIMIT = 10_000;

export type FetchPage<T> = (offset: number, limit: number) => Promise<ListPage<T>>;

/**
 * Fetches pages in order, handing each one's items to `visit`, until `visit` returns true
 * (enough), a page says there is no more, or PagerDuty's offset ceiling is reached. Returns
 * whether more items were left unread.
 */
export async function walkPages<T>(fetchPage: FetchPage<T>, visit: (items: T[]) => boolean): Promise<boolean> {
  for (let offset = 0; ; ) {
    const limit = Math.min(PAGE_LIMIT, MAX_OFFSET_PLUS_LIMIT - offset);
    if (limit <= 0) return true;
    const page = await fetchPage(offset, limit);
    if (visit(page.items)) return page.more;
    // An empty page that claims more would loop forever: take it as the end.
    if (!page.more || page.items.length === 0) return false;
    // The server may serve fewer than asked (its own maximum): continue after what it served.
    offset += page.items.length;
  }
}

/** The first item that `matches`, reading no further page than needed. */
export async function findInPages<T>(fetchPage: FetchPage<T>, matches: (item: T) => boolean): Promise<T | undefined> {
  let found: T | undefined;
  await walkPages(fetchPage, (items) => {
    found = items.find(matches);
    return found !== undefined;
  });
  return found;
}

/** Up to `max` items from the first pages, and whether more were left. */
export async function collectPages<T>(fetchPage: FetchPage<T>, max: number): Promise<{ items: T[]; more: boolean }> {
  const items: T[] = [];
  const more = await walkPages(fetchPage, (page) => {
    items.push(...page);
    return items.length >= max;
  });
  return { items: items.slice(0, max), more: more || items.length > max };
}
