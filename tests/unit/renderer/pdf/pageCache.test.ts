import { describe, expect, it } from 'vitest';
import { PageCache, PageOutOfRange, pageKey } from '../../../../src/renderer/pdf/pageCache';
import { isCancellation } from '../../../../src/renderer/pdf/renderPage';
import { controlledRenderer, fakePdf, settle } from './fakePdf';

const AT = { cssWidth: 834, pixelRatio: 2 };

describe('PageCache (issue 12: a page is only ever found under the document that drew it)', () => {
  it('keys a page by the hash of the loaded document that draws it, so the same page of another document is drawn anew', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const a = fakePdf('sha-a', 7);
    const b = fakePdf('sha-b', 3);
    const fromA = cache.get(a, { page: 1, ...AT });
    calls[0]?.finish();
    await fromA;
    const fromB = cache.get(b, { page: 1, ...AT });
    expect(calls.map((call) => call.sha256)).toEqual(['sha-a', 'sha-b']);
    expect(cache.ready(b, { page: 1, ...AT })).toBeUndefined();
    calls[1]?.finish();
    expect((await fromB).sha256).toBe('sha-b');
    expect(cache.ready(b, { page: 1, ...AT })?.sha256).toBe('sha-b');
    expect(cache.ready(a, { page: 1, ...AT })?.sha256).toBe('sha-a');
  });

  it('refuses, and does not keep, a render whose pixels came from another document than the one it was asked for', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const b = fakePdf('sha-b', 3);
    const asked = cache.get(b, { page: 1, ...AT });
    calls[0]?.finish('sha-a');
    await expect(asked).rejects.toThrow(/sha-a/);
    await settle();
    expect(cache.ready(b, { page: 1, ...AT })).toBeUndefined();
  });

  it('never asks the renderer for a page the document does not have', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const short = fakePdf('sha-short', 2);
    await expect(cache.get(short, { page: 7, ...AT })).rejects.toBeInstanceOf(PageOutOfRange);
    await expect(cache.get(short, { page: 0, ...AT })).rejects.toBeInstanceOf(PageOutOfRange);
    await expect(cache.get(short, { page: 1.5, ...AT })).rejects.toBeInstanceOf(PageOutOfRange);
    cache.prefetch(short, [{ page: 3, ...AT }]);
    expect(calls).toEqual([]);
  });

  it('cancels the renders still under way for another document when a view moves on, and keeps the pages already drawn', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const a = fakePdf('sha-a', 7);
    const b = fakePdf('sha-b', 3);
    const drawn = cache.get(a, { page: 1, ...AT });
    calls[0]?.finish();
    await drawn;
    cache.prefetch(a, [{ page: 2, ...AT }, { page: 3, ...AT }]);
    cache.dropPendingExcept(b);
    expect(calls.map((call) => [call.page, call.cancelled])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
    expect(cache.ready(a, { page: 1, ...AT })?.page).toBe(1);
    cache.get(a, { page: 2, ...AT }).catch(() => undefined);
    expect(calls).toHaveLength(4);
  });

  it('a cancelled render that ends late leaves the newer render of the same page in place', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const a = fakePdf('sha-a', 7);
    const b = fakePdf('sha-b', 3);
    const first = cache.get(a, { page: 2, ...AT });
    cache.dropPendingExcept(b);
    const second = cache.get(a, { page: 2, ...AT });
    await expect(first).rejects.toSatisfy(isCancellation);
    calls[1]?.finish();
    expect((await second).page).toBe(2);
    expect(cache.ready(a, { page: 2, ...AT })?.page).toBe(2);
  });

  it('starts one render for a page asked for twice while it is drawn', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const a = fakePdf('sha-a', 7);
    const first = cache.get(a, { page: 4, ...AT });
    const second = cache.get(a, { page: 4, ...AT });
    calls[0]?.finish();
    expect(await first).toBe(await second);
    expect(calls).toHaveLength(1);
  });

  it('draws at the whole CSS width it files the page under, and tells pixel ratios apart', () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(5, render);
    const a = fakePdf('sha-a', 7);
    cache.prefetch(a, [{ page: 1, cssWidth: 833.6, pixelRatio: 2 }, { page: 1, cssWidth: 834.4, pixelRatio: 2 }, { page: 1, cssWidth: 834, pixelRatio: 1 }]);
    expect(calls.map((call) => [call.cssWidth, call.pixelRatio])).toEqual([
      [834, 2],
      [834, 1],
    ]);
    expect(pageKey(a, { page: 1, cssWidth: 833.6, pixelRatio: 2 })).toBe(pageKey(a, { page: 1, cssWidth: 834.4, pixelRatio: 2 }));
  });

  it('keeps only as many pages as it may, cancelling the oldest if it is still being drawn', async () => {
    const { render, calls } = controlledRenderer();
    const cache = new PageCache(2, render);
    const a = fakePdf('sha-a', 7);
    const oldest = cache.get(a, { page: 1, ...AT });
    cache.prefetch(a, [{ page: 2, ...AT }, { page: 3, ...AT }]);
    await expect(oldest).rejects.toSatisfy(isCancellation);
    expect(calls.map((call) => call.cancelled)).toEqual([true, false, false]);
  });
});
