/**
 * The words of a DOCX file: the text runs of `word/document.xml`, a line per
 * paragraph. Word splits and merges runs when it saves a file, and adds
 * formatting, bookmarks and revision marks; reading only the runs' text keeps
 * what a reader sees, so a file re-saved with formatting changes still reads
 * the same. Deleted text of tracked changes (`w:delText`) is not read.
 */
import { strFromU8, unzipSync } from 'fflate';

const DOCUMENT_PART = 'word/document.xml';

export class UnreadableMinutesFile extends Error {}

export function extractDocxText(bytes: Uint8Array): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT_PART });
  } catch (error) {
    throw new UnreadableMinutesFile(`The file is not a DOCX (a ZIP package): ${error instanceof Error ? error.message : String(error)}`);
  }
  const part = parts[DOCUMENT_PART];
  if (!part) throw new UnreadableMinutesFile(`The file has no ${DOCUMENT_PART}: it is not a Word document`);
  return documentXmlText(strFromU8(part));
}

/** The text of a WordprocessingML body: runs joined, tabs as spaces, breaks and paragraph ends as line feeds. */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  for (const paragraph of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = '';
    for (const piece of paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:cr\/>/g)) {
      if (piece[1] !== undefined) line += decodeXml(piece[1]);
      else line += piece[0].startsWith('<w:tab') ? ' ' : '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(Number.parseInt(decimal, 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name as 'lt'] ?? whole;
  });
}
