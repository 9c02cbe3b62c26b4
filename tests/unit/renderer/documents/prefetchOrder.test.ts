import { describe, expect, it } from 'vitest';
import type { PrefetchOrderInput } from '../../../../src/renderer/documents/prefetchOrder';
import { prefetchOrder } from '../../../../src/renderer/documents/prefetchOrder';

const item = (id: string) => ({ id, sittingId: 's1', title: id, kind: 'report' as const, presenter: '', notes: '' });
const doc = (id: string, itemId: string, sha256 = id.repeat(64).slice(0, 64)) => ({
  id,
  itemId,
  title: id,
  sha256,
  fileName: `${id}.pdf`,
  bytes: 10,
  pages: 1,
  openedBy: [],
  version: 1,
  previous: [],
  supplementary: false,
});

/** Five items; two documents on item 3, one on each of the others. */
function session(currentItemId: string | null, presented?: string): PrefetchOrderInput {
  return {
    agenda: ['i1', 'i2', 'i3', 'i4', 'i5'].map(item),
    documents: [doc('a', 'i1'), doc('b', 'i2'), doc('c', 'i3'), doc('d', 'i3'), doc('e', 'i4'), doc('f', 'i5')],
    currentItemId,
    presentation: presented ? { documentId: presented, page: 1, offset: 0 } : null,
  };
}

const ids = (shas: string[]) => shas.map((sha) => sha[0]);

describe('prefetchOrder', () => {
  it('fetches the current item’s documents first, then the next items’ in agenda order, then the items already past', () => {
    expect(ids(prefetchOrder(session('i3')))).toEqual(['c', 'd', 'e', 'f', 'a', 'b']);
  });

  it('follows the agenda from its start when no item is current', () => {
    expect(ids(prefetchOrder(session(null)))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('puts the document on the presenter’s screen before everything else', () => {
    expect(ids(prefetchOrder(session('i3', 'f')))).toEqual(['f', 'c', 'd', 'e', 'a', 'b']);
  });

  it('keeps the item’s own document order within an item', () => {
    const state = session('i3');
    const [a, b, c, d, ...rest] = state.documents;
    if (!a || !b || !c || !d) throw new Error('fixture');
    const swapped = { ...state, documents: [a, b, d, c, ...rest] };
    expect(ids(prefetchOrder(swapped))).toEqual(['d', 'c', 'e', 'f', 'a', 'b']);
  });

  it('names a file shared by two items once, at its soonest place', () => {
    const state = session('i4');
    const shared = { ...state, documents: [...state.documents, doc('g', 'i4', 'a'.repeat(64))] };
    expect(ids(prefetchOrder(shared))).toEqual(['e', 'a', 'f', 'b', 'c', 'd']);
  });

  it('re-orders when the current item changes', () => {
    expect(ids(prefetchOrder(session('i1')))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(prefetchOrder(session('i5')))).toEqual(['f', 'a', 'b', 'c', 'd', 'e']);
  });

  it('does not prefetch a replaced document’s earlier versions', () => {
    const state = session('i1');
    const [first, ...rest] = state.documents;
    if (!first) throw new Error('fixture');
    const replaced = { ...first, previous: [{ sha256: '9'.repeat(64), pages: 1, bytes: 10, fileName: 'old.pdf', replacedAt: 1 }] };
    expect(prefetchOrder({ ...state, documents: [replaced, ...rest] })).not.toContain('9'.repeat(64));
  });
});
