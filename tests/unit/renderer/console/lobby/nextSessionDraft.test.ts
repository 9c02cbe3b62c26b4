import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../../../../src/renderer/console/lobby/catalogApi';
import { nextSessionDraft, validateNextSession } from '../../../../../src/renderer/console/lobby/nextSessionDraft';
import { withStartDate } from '../../../../../src/renderer/console/lobby/sessionDraft';

const previous: SessionSummary = {
  id: 'k2',
  title: 'Kỳ họp thứ Hai',
  council: 'Hội đồng nhân dân tỉnh Hưng Yên',
  councilLevel: 'province',
  term: 'Khóa XI, nhiệm kỳ 2026–2031',
  number: 2,
  kind: 'regular',
  status: 'ended',
  startDate: '2026-07-08',
  endDate: '2026-07-09',
  termId: 'term-xi',
  seats: 85,
  guests: 150,
  createdAt: 1,
};

describe('a new session from a previous one', () => {
  it('proposes the next number and a title with the same council and term', () => {
    const draft = nextSessionDraft(previous);
    expect(draft.number).toBe('3');
    expect(draft.title).toBe('Kỳ họp thứ Ba (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI');
  });

  it('sends only the new session’s own fields once its dates are set', () => {
    const draft = withStartDate(nextSessionDraft(previous), '2026-12-08');
    expect(validateNextSession(draft)).toEqual({
      ok: true,
      request: {
        title: 'Kỳ họp thứ Ba (kỳ họp thường lệ) – Hội đồng nhân dân tỉnh Hưng Yên khóa XI',
        number: 3,
        kind: 'regular',
        startDate: '2026-12-08',
        endDate: '2026-12-08',
        sittings: [{ key: 's1', title: 'Phiên thứ nhất', date: '2026-12-08', period: 'allDay' }],
      },
    });
  });

  it('asks for the dates, and ignores fields the form does not show (a demo session has no term)', () => {
    const check = validateNextSession(nextSessionDraft({ ...previous, term: '' }));
    expect(check).toEqual({ ok: false, problems: { startDate: 'lobby.error.dateRequired', endDate: 'lobby.error.dateRequired', 'sitting.s1.date': 'lobby.error.dateRequired' } });
  });
});
