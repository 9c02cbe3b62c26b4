/**
 * Search folding for Vietnamese text. Both sides are decomposed (NFD), so NFC
 * and NFD text match alike; case and runs of white space (line breaks between
 * PDF text lines included) do not count. Each letter is split into its base
 * letter ("ấ" → "a", "đ" → "d") and its accents. A query letter typed without
 * accents matches the letter with any accents ("ngan sach" finds "ngân
 * sách"); a query letter typed with accents matches only those accents.
 */

/** The marker of the stroke of "đ" among a letter's accents. */
const STROKE = '\u0111';
const COMBINING_MARK = /\p{M}/u;
const WHITE_SPACE = /\s/u;

/** Text as a string of base letters, with where each came from and which accents it had. */
export interface FoldedText {
  /** Base letters, lower case, one space for each run of white space. */
  readonly loose: string;
  /** For each code unit of `loose`: where its letter starts in the original text. */
  readonly starts: Int32Array;
  /** For each code unit of `loose`: where its letter ends in the original text. */
  readonly ends: Int32Array;
  /** For each code unit of `loose`: its letter's accents (combining marks, and the stroke of "đ"). */
  readonly accents: readonly string[];
}

/** A query, folded: accents '' on a letter typed without accents match any. */
export interface FoldedQuery {
  readonly loose: string;
  readonly accents: readonly string[];
}

/** A match in the original text: [start, end) in UTF-16 code units. */
export interface TextMatch {
  start: number;
  end: number;
}

/** Folds text for searching; positions map back to the text as given (NFC or NFD). */
export function foldText(text: string): FoldedText {
  let loose = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const accents: string[] = [];
  let offset = 0;
  let lastWasSpace = false;
  const close = (end: number) => {
    // The letter now last in `loose` grows to cover marks that follow it in the original.
    for (let index = ends.length - 1; index >= 0 && starts[index] === starts[ends.length - 1]; index -= 1) ends[index] = end;
  };
  for (const character of text) {
    const start = offset;
    offset += character.length;
    if (WHITE_SPACE.test(character)) {
      if (lastWasSpace) {
        close(offset);
        continue;
      }
      lastWasSpace = true;
      loose += ' ';
      starts.push(start);
      ends.push(offset);
      accents.push('');
      continue;
    }
    lastWasSpace = false;
    const decomposed = character.normalize('NFD');
    let base = '';
    let marks = '';
    for (const part of decomposed) {
      if (COMBINING_MARK.test(part)) marks += part;
      else base += part;
    }
    if (base === '') {
      // A combining mark stored apart from its letter (NFD text): it belongs to the previous letter.
      if (accents.length > 0 && loose.at(-1) !== ' ') {
        const last = accents.length - 1;
        const merged = ((accents[last] ?? '') + marks).normalize('NFD');
        for (let index = last; index >= 0 && starts[index] === starts[last]; index -= 1) accents[index] = merged;
        close(offset);
      }
      continue;
    }
    let lower = base.toLowerCase();
    if (lower === '\u0111') {
      lower = 'd';
      marks = STROKE + marks;
    }
    for (let index = 0; index < lower.length; index += 1) {
      starts.push(start);
      ends.push(offset);
      accents.push(marks);
    }
    loose += lower;
  }
  return { loose, starts: Int32Array.from(starts), ends: Int32Array.from(ends), accents };
}

/** Folds a query: trimmed, white space collapsed; null when nothing is left to search for. */
export function foldQuery(query: string): FoldedQuery | null {
  const folded = foldText(query.trim());
  if (folded.loose.trim() === '') return null;
  return { loose: folded.loose, accents: folded.accents };
}

/** Every match of `query` in `text`, in order, not overlapping. */
export function findMatches(text: FoldedText, query: FoldedQuery): TextMatch[] {
  const matches: TextMatch[] = [];
  const length = query.loose.length;
  let from = 0;
  while (from <= text.loose.length - length) {
    const at = text.loose.indexOf(query.loose, from);
    if (at < 0) break;
    if (accentsAgree(text, query, at)) {
      matches.push({ start: text.starts[at] ?? 0, end: text.ends[at + length - 1] ?? 0 });
      from = at + length;
    } else {
      from = at + 1;
    }
  }
  return matches;
}

function accentsAgree(text: FoldedText, query: FoldedQuery, at: number): boolean {
  for (let index = 0; index < query.loose.length; index += 1) {
    const wanted = query.accents[index] ?? '';
    if (wanted !== '' && wanted !== text.accents[at + index]) return false;
  }
  return true;
}

/** Whether `query` occurs in `text` (both as typed or stored); a convenience over foldText and findMatches. */
export function containsFolded(text: string, query: string): boolean {
  const folded = foldQuery(query);
  return folded !== null && findMatches(foldText(text), folded).length > 0;
}
