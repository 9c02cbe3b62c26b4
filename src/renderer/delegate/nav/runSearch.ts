/**
 * Runs a search over documents' text indexes held on the device, one
 * document after another (yielding between them, so the screen stays live),
 * and groups the hits by document. Every matching document is listed with its
 * real hit count, whatever the order of the agenda; only the hits kept per
 * document are bounded (the count goes on past them). A document without text
 * to search says why: scanned, still being prepared, or unreadable.
 */
import type { DocumentInfo } from '../../../shared/protocol';
import { countMatches, hasNoText, searchDocument } from '../../../shared/search';
import type { SearchHit } from '../../../shared/search';
import { textPagesOf, useTextIndexes } from './textIndexStore';

export type SearchNote = 'scanned' | 'pending' | 'unavailable';

export interface SearchGroup {
  document: DocumentInfo;
  /** The first hits of this document, in page order, at most `HITS_KEPT_PER_DOCUMENT`. */
  hits: SearchHit[];
  /** Every hit in this document, including those not kept. */
  count: number;
  /** Why this document could not be searched; absent when it was. */
  note?: SearchNote;
}

export interface SearchOutcome {
  groups: SearchGroup[];
  /** Every hit in every document. */
  total: number;
  /** How many documents have at least one hit. */
  matchingDocuments: number;
}

/** Hits kept (and listable) per document; the count is never bounded. */
export const HITS_KEPT_PER_DOCUMENT = 200;

export async function runSearch(documents: readonly DocumentInfo[], query: string, kept = HITS_KEPT_PER_DOCUMENT): Promise<SearchOutcome> {
  const groups: SearchGroup[] = [];
  let total = 0;
  let matchingDocuments = 0;
  for (const document of documents) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const pages = await textPagesOf(document.sha256);
    if (!pages) {
      const status = useTextIndexes.getState().status[document.sha256];
      groups.push({ document, hits: [], count: 0, note: status === 'unavailable' ? 'unavailable' : 'pending' });
      continue;
    }
    if (hasNoText(pages)) {
      groups.push({ document, hits: [], count: 0, note: 'scanned' });
      continue;
    }
    const count = countMatches({ documentId: document.id, pages }, query);
    if (count === 0) continue;
    total += count;
    matchingDocuments += 1;
    groups.push({ document, hits: searchDocument({ documentId: document.id, pages }, query, kept), count });
  }
  return { groups, total, matchingDocuments };
}
