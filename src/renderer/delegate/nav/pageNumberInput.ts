/** A page number typed into "Đến trang": whole digits within the document, or why not. */
export type PageNumberInput = { ok: true; page: number } | { ok: false };

export function parsePageNumber(input: string, pages: number): PageNumberInput {
  const typed = input.trim();
  if (!/^\d{1,6}$/u.test(typed)) return { ok: false };
  const page = Number(typed);
  return page >= 1 && page <= pages ? { ok: true, page } : { ok: false };
}
