/**
 * A page's text as a reader would say it, from pdf.js's text content: the
 * pieces in the order pdf.js gives them, a line break where pdf.js marks the
 * end of a line, lines of one paragraph joined into one, NFC throughout (so a
 * Vietnamese voice reads "phiếu", not a letter and a stray accent).
 */

/** The part of a pdf.js text item this needs. */
export interface TextPiece {
  str: string;
  hasEOL?: boolean;
}

/** A text item, or a marked-content item (which has no text). */
export type TextContentItem = TextPiece | { type: string };

/** The text of a page's items, paragraphs on lines of their own, whitespace collapsed. */
export function readableText(items: readonly TextContentItem[]): string {
  let raw = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    raw += item.str;
    if (item.hasEOL) raw += '\n';
  }
  const lines = raw
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  // An empty line ends a paragraph; other line ends are where the page happened to wrap.
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n');
}

/**
 * The text cut into pieces of at most `maxLength` characters, at sentence
 * ends where possible, then at spaces: Safari's speech stops partway through
 * very long utterances, so each piece is spoken on its own.
 */
export function speechChunks(text: string, maxLength = 220): string[] {
  const sentences = text.split(/(?<=[.!?;:…])\s+|\n+/u).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  const chunks: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence;
    while (rest.length > maxLength) {
      const cut = rest.lastIndexOf(' ', maxLength);
      const at = cut > 0 ? cut : maxLength;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest !== '') chunks.push(rest);
  }
  return chunks;
}

/** The readable text of one page of a pdf.js document. */
/** What pageTextOf needs of a pdf.js document. */
export interface TextSource {
  getPage(page: number): Promise<{ getTextContent(): Promise<{ items: readonly TextContentItem[] }> }>;
}

export async function pageTextOf(proxy: TextSource, page: number): Promise<string> {
  const content = await (await proxy.getPage(page)).getTextContent();
  return readableText(content.items);
}
