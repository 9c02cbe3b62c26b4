/** Logs written before sessions had a lifecycle still replay, with the defaults filled in. */
import { describe, expect, it } from 'vitest';
import { replay } from '../../../../../src/shared/core';
import { DEFAULT_SESSION_SETTINGS, storedEventSchema } from '../../../../../src/shared/protocol';

/** A session.created event exactly as protocol 2 stored it. */
const OLD_CREATED = {
  seq: 1,
  at: 1_796_716_800_000,
  event: {
    type: 'session.created',
    session: { id: 'hV2mCk0pQ1sA', title: 'Kỳ họp thứ Mười', council: 'HĐND tỉnh Mẫu', place: 'Hội trường' },
    sittings: [{ id: 'st1', title: 'Phiên thứ nhất', date: '2026-12-08' }],
    seats: [{ seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch HĐND' }],
    agenda: [{ id: 'it1', sittingId: 'st1', title: 'Khai mạc', kind: 'opening', presenter: '', notes: '' }],
    principals: [
      { id: 'secretary', role: 'secretary', seat: null, generation: 1 },
      { id: 'seat-1', role: 'delegate', seat: 1, generation: 2 },
    ],
  },
};

describe('an old session.created', () => {
  it('parses with the stored event schema', () => {
    expect(storedEventSchema.safeParse(OLD_CREATED).success).toBe(true);
  });

  it('[S7] replays with the defaults: its own term (termId = the session id), open, a province council, no guests, default settings', () => {
    const stored = storedEventSchema.parse(OLD_CREATED);
    const state = replay([stored.event]);
    expect(state.session).toEqual({
      id: 'hV2mCk0pQ1sA',
      title: 'Kỳ họp thứ Mười',
      council: 'HĐND tỉnh Mẫu',
      place: 'Hội trường',
      termId: 'hV2mCk0pQ1sA',
      councilLevel: 'province',
      term: '',
      number: null,
      kind: 'regular',
      startDate: null,
      endDate: null,
      status: 'open',
    });
    expect(state.sittings).toEqual([{ id: 'st1', title: 'Phiên thứ nhất', date: '2026-12-08', period: 'allDay' }]);
    expect(state.guests).toEqual([]);
    expect(state.settings).toEqual(DEFAULT_SESSION_SETTINGS);
    expect(state.principals['seat-1']?.generation).toBe(2);
  });

  it('a new session.created still refuses unknown fields and bad values', () => {
    const withExtra = { ...OLD_CREATED, event: { ...OLD_CREATED.event, session: { ...OLD_CREATED.event.session, mayor: 'x' } } };
    expect(storedEventSchema.safeParse(withExtra).success).toBe(false);
    const badStatus = { ...OLD_CREATED, event: { ...OLD_CREATED.event, session: { ...OLD_CREATED.event.session, status: 'paused' } } };
    expect(storedEventSchema.safeParse(badStatus).success).toBe(false);
    const badPeriod = { ...OLD_CREATED, event: { ...OLD_CREATED.event, sittings: [{ id: 'st1', title: 'Phiên', date: '2026-12-08', period: 'night' }] } };
    expect(storedEventSchema.safeParse(badPeriod).success).toBe(false);
  });
});
