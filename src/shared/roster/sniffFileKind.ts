/**
 * What a file is, judged by its bytes and never by its name: councils rename
 * files, and a PDF saved as "danh-sach.xlsx" must still be refused clearly.
 * - `zip`: a ZIP container, the shape of an .xlsx (read-excel-file checks the rest);
 * - `cfb`: an OLE compound file (`D0 CF 11 E0 A1 B1 1A E1`), which is either an old
 *   .xls or an .xlsx that Excel encrypted with a password;
 * - `text`: something a CSV can be (UTF-16 text with its byte-order mark included, as
 *   Excel's "Unicode Text" export writes it);
 * - `binary`: anything else (images, PDFs, executables).
 */
export type FileKind = 'zip' | 'cfb' | 'text' | 'binary';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Binary formats whose first bytes happen to be printable, refused by name. */
const PRINTABLE_BINARY_MAGICS = ['%PDF-', 'GIF8', '\u0089PNG'].map((magic) => Array.from(magic, (character) => character.charCodeAt(0)));
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
/** How much of the file the text check reads. */
const TEXT_SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** Control bytes other than tab, line feed, form feed and carriage return never occur in a CSV. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  if (PRINTABLE_BINARY_MAGICS.some((magic) => startsWith(bytes, magic))) return 'binary';
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) return 'text';
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  for (const byte of sample) if (isControlByte(byte)) return 'binary';
  return 'text';
}
