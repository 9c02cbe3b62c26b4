/**
 * The locality a council's name stands for, read for the state header. A
 * council is often typed with its term ("Hội đồng nhân dân xã Hòa An khóa
 * XIII, nhiệm kỳ 2026–2031"); the header names the issuer and the place
 * without it, so the term is cut off here: the session's own term text, and
 * anything from the words "khóa" or "nhiệm kỳ" on.
 */
import type { SessionInfo } from '../../shared/protocol';

/** How a council's name may begin, in lower case. */
const COUNCIL_WORDS = ['hội đồng nhân dân', 'hđnd'];
/** The unit words before a locality's name, longest first. */
const UNIT_WORDS = ['thành phố', 'đặc khu', 'phường', 'tỉnh', 'xã'];
/** Where a term begins inside a council's name: "khóa XIII", ", nhiệm kỳ 2026–2031". */
const TERM_START = /[\s,;:–—-]*(?:^|[\s,;:–—-])(?:khóa|khoá|nhiệm kỳ)(?:\s|$).*$/iu;

export interface CouncilArea {
  /** "xã", "tỉnh"… as typed, or '' when the name carries none. */
  unit: string;
  /** "Hòa An": the locality's own name, '' when the council's name has none. */
  name: string;
}

function lower(text: string): string {
  return text.toLocaleLowerCase('vi');
}

/** The council's name without its term. */
export function councilWithoutTerm(session: Pick<SessionInfo, 'council' | 'term'>): string {
  let name = session.council.normalize('NFC').trim();
  const term = session.term.normalize('NFC').trim();
  if (term !== '') {
    const at = lower(name).lastIndexOf(lower(term));
    if (at > 0) name = name.slice(0, at) + name.slice(at + term.length);
  }
  return name.replace(TERM_START, '').replace(/[\s,;:–—-]+$/u, '').trim();
}

/** The area of a council named "Hội đồng nhân dân …", or null for a name that does not begin so. */
export function councilArea(session: Pick<SessionInfo, 'council' | 'term'>): CouncilArea | null {
  const name = councilWithoutTerm(session);
  const prefix = COUNCIL_WORDS.find((words) => lower(name).startsWith(words));
  if (prefix === undefined) return null;
  const area = name.slice(prefix.length).trim();
  const unit = UNIT_WORDS.find((word) => lower(area) === word || lower(area).startsWith(`${word} `));
  if (unit === undefined) return { unit: '', name: area };
  return { unit: area.slice(0, unit.length), name: area.slice(unit.length).trim() };
}
