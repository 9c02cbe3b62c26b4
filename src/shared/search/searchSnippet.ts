/**
 * The short passage shown for a search hit: a few words either side of the
 * match, white space collapsed, cut at word boundaries with an ellipsis.
 */
import type { TextMatch } from './foldVietnamese';

export interface SearchSnippet {
  before: string;
  match: string;
  after: string;
}

const ELLIPSIS = '…';

/** The snippet for `match` in `text`, with up to about `radius` characters of context on each side. */
export function searchSnippet(text: string, match: TextMatch, radius = 40): SearchSnippet {
  const collapse = (part: string) => part.replace(/\s+/gu, ' ');
  let before = collapse(text.slice(Math.max(0, match.start - radius - 20), match.start));
  let after = collapse(text.slice(match.end, match.end + radius + 20));
  if (before.length > radius) {
    const cut = before.length - radius;
    const space = before.indexOf(' ', cut);
    before = ELLIPSIS + (space >= 0 && space < before.length ? before.slice(space + 1) : before.slice(cut));
  } else if (match.start - radius - 20 > 0) {
    before = ELLIPSIS + before;
  }
  if (after.length > radius) {
    const space = after.lastIndexOf(' ', radius);
    after = (space > 0 ? after.slice(0, space) : after.slice(0, radius)) + ELLIPSIS;
  }
  return { before: before.trimStart(), match: collapse(text.slice(match.start, match.end)), after: after.trimEnd() };
}
