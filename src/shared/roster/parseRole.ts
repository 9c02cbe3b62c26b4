/**
 * The role a roster row gives in words. An empty cell means a delegate. Vice
 * titles are checked before chair titles, since "Phó Chủ tịch" contains "Chủ tịch".
 */
import { foldForMatch, matchesWord } from './rosterText';
import type { RosterRole } from './rosterTypes';

const ROLE_WORDS: readonly (readonly [RosterRole, readonly string[]])[] = [
  ['viceChair', ['pho chu tich', 'pho chu toa', 'vice chair', 'vice chairman', 'vice chairperson', 'vice chairwoman', 'vice']],
  ['chair', ['chu toa', 'chu tich', 'chair', 'chairman', 'chairperson', 'chairwoman']],
  ['delegate', ['dai bieu', 'delegate', 'member']],
  ['guest', ['khach moi', 'khach', 'guest']],
  ['secretary', ['thu ky', 'secretary']],
];

/** The role the words name, or null when they name none. */
export function parseRole(text: string): RosterRole | null {
  const folded = foldForMatch(text);
  if (folded === '') return 'delegate';
  for (const [role, words] of ROLE_WORDS) if (matchesWord(folded, words)) return role;
  return null;
}
