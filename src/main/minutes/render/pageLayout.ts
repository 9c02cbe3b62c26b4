/**
 * The page of a state document under Nghị định 30/2020/NĐ-CP, as both
 * renderers lay it out: A4 portrait, margins inside the decree's ranges
 * (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), Times New Roman
 * (Liberation Serif in the PDF) at 13 pt for the body and 14 pt for titles.
 */
export const PAGE_MM = { width: 210, height: 297 } as const;
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Where the page number sits, measured from the top edge (pages 2 onwards). */
export const PAGE_NUMBER_TOP_MM = 10;
export const BODY_PT = 13;
export const TITLE_PT = 14;
/** The record stamp at the end of the last page: small, but still readable. */
export const STAMP_PT = 10;
/** The first-line indent of body paragraphs. */
export const FIRST_LINE_INDENT_MM = 10;
/** The header's two columns: the issuer on the left, the national motto on the right. */
export const HEADER_COLUMN_SHARES = [0.42, 0.58] as const;
/** Room left blank above each signer's name. */
export const SIGNATURE_SPACE_MM = 25;

export const POINTS_PER_MM = 72 / 25.4;

export function mmToPoints(mm: number): number {
  return mm * POINTS_PER_MM;
}

/** The width between the left and right margins. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right;
