/**
 * Runs a search over documents' text indexes held on the device, one
 * document after another (yielding between them, so the screen stays live),
 * and groups the hits by document. A document without text to search says
 * why: scanned, still being prepared, or unreadable.
 */
import type { DocumentInfo } from '../../../shared/protocol';
import { hasNoText, searchDocument } from '../../../shared/search';
import type { SearchHit } from '../../../shared/search';
import { textPagesOf, useTextIndexes } from './textIndexStore';

export type SearchNote = 'scanned' | 'pending' | 'unavailable';

export interface SearchGroup {
  document: DocumentInfo;
  hits: SearchHit[];
  /** Why this document could not be searched; absent when it was. */
  note?: SearchNote;
}

export interface SearchOutcome {
  groups: SearchGroup[];
  /** True when the hits stopped at the limit. */
  capped: boolean;
  total: number;
}

export const SEARCH_LIMIT = 200;

export async function runSearch(documents: readonly DocumentInfo[], query: string, limit = SEARCH_LIMIT): Promise<SearchOutcome> {
  const groups: SearchGroup[] = [];
  let total = 0;
  let capped = false;
  for (const document of documents) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const pages = await textPagesOf(document.sha256);
    if (!pages) {
      const status = useTextIndexes.getState().status[document.sha256];
      groups.push({ document, hits: [], note: status === 'unavailable' ? 'unavailable' : 'pending' });
      continue;
    }
    if (hasNoText(pages)) {
      groups.push({ document, hits: [], note: 'scanned' });
      continue;
    }
    if (capped) continue;
    const hits = searchDocument({ documentId: document.id, pages }, query, limit - total + 1);
    if (total + hits.length > limit) {
      capped = true;
      hits.length = limit - total;
    }
    total += hits.length;
    if (hits.length > 0) groups.push({ document, hits });
  }
  return { groups, capped, total };
}
