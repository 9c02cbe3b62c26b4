/**
 * Search over documents' text indexes: every hit, by document and page, with
 * a snippet. The folding of each page is kept, so the next query over the
 * same document does not fold its text again.
 */
import { findMatches, foldQuery, foldText } from './foldVietnamese';
import type { FoldedText, TextMatch } from './foldVietnamese';
import { searchSnippet } from './searchSnippet';
import type { SearchSnippet } from './searchSnippet';

export interface SearchHit {
  documentId: string;
  /** 1-based. */
  page: number;
  /** Which match on the page (0 for the first), to highlight that one. */
  index: number;
  match: TextMatch;
  snippet: SearchSnippet;
}

/** A document's text index: each page's text, '' for a page without text. */
export interface SearchableDocument {
  documentId: string;
  pages: readonly string[];
}

/** True when no page has any text: an image-only (scanned) document. */
export function hasNoText(pages: readonly string[]): boolean {
  return pages.every((page) => page.trim() === '');
}

const foldedPages = new WeakMap<readonly string[], FoldedText[]>();

function foldedPage(pages: readonly string[], index: number): FoldedText {
  let folded = foldedPages.get(pages);
  if (!folded) {
    folded = [];
    foldedPages.set(pages, folded);
  }
  const known = folded[index];
  if (known) return known;
  const made = foldText(pages[index] ?? '');
  folded[index] = made;
  return made;
}

/** Every hit of `query` in `document`, page by page, up to `limit`. */
export function searchDocument(document: SearchableDocument, query: string, limit = 500): SearchHit[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  const hits: SearchHit[] = [];
  for (let index = 0; index < document.pages.length && hits.length < limit; index += 1) {
    const matches = findMatches(foldedPage(document.pages, index), folded);
    matches.forEach((match, position) => {
      if (hits.length < limit) hits.push({ documentId: document.documentId, page: index + 1, index: position, match, snippet: searchSnippet(document.pages[index] ?? '', match) });
    });
  }
  return hits;
}

/** How many hits of `query` there are in `document`, with no limit (no snippets are made). */
export function countMatches(document: SearchableDocument, query: string): number {
  const folded = foldQuery(query);
  if (!folded) return 0;
  let count = 0;
  for (let index = 0; index < document.pages.length; index += 1) count += findMatches(foldedPage(document.pages, index), folded).length;
  return count;
}

/** The matches of `query` on one page's text (for the highlight). */
export function matchesOnPage(pageText: string, query: string): TextMatch[] {
  const folded = foldQuery(query);
  return folded ? findMatches(foldText(pageText), folded) : [];
}
