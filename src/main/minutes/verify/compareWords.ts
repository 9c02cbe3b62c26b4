/**
 * Word by word comparison of a minutes file's text with the record's. Words,
 * not bytes or lines: a file re-saved by Word, or laid out again, keeps its
 * words; an edited figure or name does not. Both sides are NFC-normalised, so
 * a name typed with combining marks equals its precomposed form.
 */
export type WordComparison =
  | { same: true; words: number }
  | { same: false; index: number; fileSays: string; recordSays: string; context: string };

const CONTEXT_WORDS = 6;

export function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter((word) => word !== '');
}

export function compareWords(fileText: string, recordText: string): WordComparison {
  const file = wordsOf(fileText);
  const record = wordsOf(recordText);
  const length = Math.max(file.length, record.length);
  for (let index = 0; index < length; index++) {
    if (file[index] === record[index]) continue;
    return {
      same: false,
      index,
      fileSays: file[index] ?? '',
      recordSays: record[index] ?? '',
      context: record.slice(Math.max(0, index - CONTEXT_WORDS), index).join(' '),
    };
  }
  return { same: true, words: record.length };
}
