import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../../src/renderer/console/lobby/catalogApi';
import { groupByTerm } from '../../../../../src/renderer/console/lobby/groupByTerm';

function summary(id: string, termId: string, startDate: string | null, changes: Partial<SessionSummary> = {}): SessionSummary {
  return { id, title: id, council: 'HĐND tỉnh A', councilLevel: 'province', term: 'Khóa XI', number: null, kind: 'regular', status: 'ended', startDate, endDate: startDate, termId, seats: 60, guests: 0, createdAt: 0, ...changes };
}

describe('groupByTerm', () => {
  it('groups the sessions of one council term together, the newest term and session first', () => {
    const groups = groupByTerm([
      summary('xi-1', 'xi', '2021-07-01', { term: 'Khóa X' }),
      summary('xii-2', 'xii', '2026-12-08', { term: 'Khóa XI' }),
      summary('xi-2', 'xi', '2021-12-08', { term: 'Khóa X' }),
      summary('xii-1', 'xii', '2026-07-01', { term: 'Khóa XI' }),
    ]);
    expect(groups.map((group) => [group.term, group.sessions.map((session) => session.id)])).toEqual([
      ['Khóa XI', ['xii-2', 'xii-1']],
      ['Khóa X', ['xi-2', 'xi-1']],
    ]);
  });

  it('orders sessions with no dates yet by when they were made', () => {
    const groups = groupByTerm([summary('first', 't', null, { createdAt: 1 }), summary('second', 't', null, { createdAt: 2 })]);
    expect(groups[0]?.sessions.map((session) => session.id)).toEqual(['second', 'first']);
  });

  it('names a group after its newest session, so a renamed council shows its current name', () => {
    const groups = groupByTerm([summary('old', 't', '2025-01-01', { council: 'HĐND huyện B' }), summary('new', 't', '2026-01-01', { council: 'HĐND xã B' })]);
    expect(groups[0]?.council).toBe('HĐND xã B');
  });
});
