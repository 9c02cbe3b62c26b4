/**
 * A page's text as pdf.js gives it (`getTextContent`): the items' strings in
 * reading order, with a line break after an item that ends a line. The hub's
 * text index and the iPad's highlight both build a page's text this way, so a
 * match found in the index falls on the same items on the page.
 */

/** What of a pdf.js text item the text is made from. */
export interface PageTextItem {
  str: string;
  hasEOL: boolean;
}

/** The text of a page from its text items. */
export function pageTextOf(items: readonly PageTextItem[]): string {
  let text = '';
  for (const item of items) text += item.hasEOL ? `${item.str}\n` : item.str;
  return text;
}

/** The part of one item a range of the page's text covers: [from, to) within `items[item].str`. */
export interface ItemSpan {
  item: number;
  from: number;
  to: number;
}

/** The items (and the characters within each) that [start, end) of the page's text covers. */
export function itemSpans(items: readonly PageTextItem[], start: number, end: number): ItemSpan[] {
  const spans: ItemSpan[] = [];
  let offset = 0;
  items.forEach((item, index) => {
    const itemStart = offset;
    const itemEnd = itemStart + item.str.length;
    offset = itemEnd + (item.hasEOL ? 1 : 0);
    const from = Math.max(start, itemStart);
    const to = Math.min(end, itemEnd);
    if (to > from) spans.push({ item: index, from: from - itemStart, to: to - itemStart });
  });
  return spans;
}
