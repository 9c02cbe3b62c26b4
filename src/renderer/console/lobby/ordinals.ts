/**
 * Vietnamese ordinals as session and sitting titles write them: "Kỳ họp thứ Ba",
 * "Phiên thứ nhất". Titles are data (they go into the record in Vietnamese),
 * so these words are not translated with the interface.
 */
const ORDINAL_WORDS = [
  'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
  'mười một', 'mười hai', 'mười ba', 'mười bốn', 'mười lăm', 'mười sáu', 'mười bảy', 'mười tám', 'mười chín', 'hai mươi',
] as const;

/** The ordinal word for 1..20 ("nhất", "hai", …), digits beyond. */
export function vietnameseOrdinal(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? String(n);
}

/** The same, capitalised as a session's number is written in its title ("thứ Ba"). */
export function capitalisedOrdinal(n: number): string {
  const word = vietnameseOrdinal(n);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
