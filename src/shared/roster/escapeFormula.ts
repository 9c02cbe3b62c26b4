/**
 * Keeps a text cell from ever running as a formula (CSV/formula injection,
 * OWASP): a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading apostrophe, so a spreadsheet shows it as text even after the
 * file is edited, re-saved or turned into a CSV. The import takes the
 * apostrophe off again (normalizeText), so an exported roster reads back the same.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
