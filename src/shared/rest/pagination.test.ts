import { describe, expect, it, vi } from 'vitest';
import { collectPages, findInPages, MAX_OFFSET_PLUS_LIMIT, PAGE_LIMIT, walkPages, type FetchPage } from './pagination';

/** A server over `total` numbered items that serves at most `serverMax` per page, recording each request. */
function server(total: number, serverMax = PAGE_LIMIT) {
  const fetchPage = vi.fn<FetchPage<number>>(async (offset, limit) => {
    const served = Math.min(limit, serverMax);
    const items = Array.from({ length: Math.max(0, Math.min(served, total - offset)) }, (_, i) => offset + i);
    return { items, more: offset + items.length < total };
  });
  return { fetchPage, requests: () => fetchPage.mock.calls.map(([offset, limit]) => ({ offset, limit })) };
}

describe('findInPages', () => {
  it('asks for the first page only when the item is on it', async () => {
    const { fetchPage, requests } = server(250);
    expect(await findInPages(fetchPage, (n) => n === 42)).toBe(42);
    expect(requests()).toEqual([{ offset: 0, limit: 100 }]);
  });

  it('follows `more` to a later page, and stops there', async () => {
    const { fetchPage, requests } = server(250);
    expect(await findInPages(fetchPage, (n) => n === 123)).toBe(123);
    expect(requests()).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
    ]);
  });

  it('reads every page and finds nothing when nothing matches', async () => {
    const { fetchPage, requests } = server(250);
    expect(await findInPages(fetchPage, () => false)).toBeUndefined();
    expect(requests().map((r) => r.offset)).toEqual([0, 100, 200]);
  });

  it('continues after what a server with a smaller maximum served', async () => {
    const { fetchPage, requests } = server(60, 25);
    expect(await findInPages(fetchPage, (n) => n === 55)).toBe(55);
    expect(requests().map((r) => r.offset)).toEqual([0, 25, 50]);
  });

  it('stops at an empty page that claims more, instead of looping', async () => {
    const fetchPage = vi.fn<FetchPage<number>>(async () => ({ items: [], more: true }));
    expect(await findInPages(fetchPage, () => true)).toBeUndefined();
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it("never asks beyond PagerDuty's offset + limit ceiling", async () => {
    const { fetchPage, requests } = server(20_000);
    expect(await findInPages(fetchPage, () => false)).toBeUndefined();
    const last = requests().at(-1)!;
    expect(last.offset + last.limit).toBe(MAX_OFFSET_PLUS_LIMIT);
    expect(requests()).toHaveLength(MAX_OFFSET_PLUS_LIMIT / PAGE_LIMIT);
  });

  it('passes a failing page on to the caller', async () => {
    const fetchPage = vi.fn<FetchPage<number>>().mockRejectedValue(new Error('429'));
    await expect(findInPages(fetchPage, () => true)).rejects.toThrow('429');
  });
});

describe('collectPages', () => {
  it('collects across pages up to the maximum, and says more were left', async () => {
    const { fetchPage, requests } = server(250);
    const { items, more } = await collectPages(fetchPage, 150);
    expect(items).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(more).toBe(true);
    expect(requests()).toHaveLength(2);
  });

  it('collects everything when it fits, with nothing left', async () => {
    const { fetchPage } = server(30);
    expect(await collectPages(fetchPage, 200)).toEqual({ items: Array.from({ length: 30 }, (_, i) => i), more: false });
  });

  it('says nothing was left when the maximum is met exactly on the last page', async () => {
    const { fetchPage } = server(100);
    expect((await collectPages(fetchPage, 100)).more).toBe(false);
  });
});

describe('walkPages', () => {
  it('reports whether items were left unread when the visitor had enough', async () => {
    const { fetchPage } = server(150);
    expect(await walkPages(fetchPage, () => true)).toBe(true);
  });
});
