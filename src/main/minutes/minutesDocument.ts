/**
 * The minutes (biên bản) and count reports (biên bản kiểm phiếu) as a plain
 * document model: what the record says, already worded, in reading order.
 * One builder writes it from the event log; the DOCX and PDF renderers lay it
 * out in the state format (Nghị định 30/2020/NĐ-CP) without knowing the
 * session's domain, and the verifier reads it back as text.
 */

/** Which part of the record a document covers. */
export type MinutesScope =
  | { kind: 'minutes'; sessionId: string; sitting: number | null }
  | { kind: 'countReport'; sessionId: string; voteId: string };

/** The record the document was made from: checked by `verify --minutes`. */
export interface MinutesRecordStamp {
  scope: MinutesScope;
  /** How many events of the log the document was made from (the log's first N). */
  eventCount: number;
  /** The hash of the last of those events. */
  finalHash: string;
}

/** The top of a state document: issuer on the left, the national motto on the right. */
export interface MinutesHeader {
  /** The issuing body, one line each, e.g. ["HỘI ĐỒNG NHÂN DÂN", "TỈNH AN GIANG"]. */
  issuer: string[];
  /** "Số: …/BB-HĐND"; the number may be left blank for the secretary to fill in. */
  number: string;
  /** "An Giang, ngày 12 tháng 7 năm 2026". */
  placeAndDate: string;
}

export type MinutesAlign = 'left' | 'center' | 'right';

export interface MinutesTableColumn {
  title: string;
  /** Share of the text width, 0..1; a table's columns sum to 1. */
  width: number;
  align: MinutesAlign;
}

export type MinutesBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; align?: MinutesAlign }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: MinutesTableColumn[]; rows: string[][] }
  | { kind: 'pageBreak' };

export interface MinutesSignature {
  /** "CHỦ TỌA", "THƯ KÝ KỲ HỌP", "TRƯỞNG BAN KIỂM PHIẾU". */
  title: string;
  /** The signer's name, or '' when none is known. */
  name: string;
}

export interface MinutesDocument {
  header: MinutesHeader;
  /** The document's name under the header: ["BIÊN BẢN", "Kỳ họp thứ Mười Hai …"]. */
  title: string[];
  blocks: MinutesBlock[];
  /** Side by side at the end, left to right. */
  signatures: MinutesSignature[];
  record: MinutesRecordStamp;
  /** The language the words are in. */
  locale: 'vi' | 'en';
}
