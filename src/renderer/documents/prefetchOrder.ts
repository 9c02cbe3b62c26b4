/**
 * The order in which an iPad downloads the session's documents: what the
 * delegate needs soonest first. The document on the presenter's screen, then
 * the current item's documents, then the documents of the items after it in
 * agenda order, then the rest (the items already past, in agenda order). With
 * no current item, the whole agenda in order. Earlier versions of replaced
 * documents are not prefetched: they are fetched when a delegate opens one.
 */
import type { SessionState } from '../../shared/protocol';

export type PrefetchOrderInput = Pick<SessionState, 'agenda' | 'documents' | 'currentItemId' | 'presentation'>;

/** Each current file's SHA-256 once, soonest needed first. */
export function prefetchOrder(state: PrefetchOrderInput): string[] {
  const currentIndex = state.currentItemId === null ? -1 : state.agenda.findIndex((item) => item.id === state.currentItemId);
  const start = Math.max(0, currentIndex);
  // Items from the current one to the end, then those before it.
  const itemRank = new Map<string, number>();
  state.agenda.forEach((item, index) => itemRank.set(item.id, (index - start + state.agenda.length) % state.agenda.length));
  const presented = state.presentation?.documentId;
  const rankOf = (document: PrefetchOrderInput['documents'][number]): number =>
    document.id === presented ? -1 : (itemRank.get(document.itemId) ?? state.agenda.length);
  const ordered = state.documents
    .map((document, position) => ({ document, position, rank: rankOf(document) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position);
  return [...new Set(ordered.map(({ document }) => document.sha256))];
}
