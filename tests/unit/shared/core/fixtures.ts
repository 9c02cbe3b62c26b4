import { apply, createSessionEvents, initialState } from '../../../../src/shared/core';
import type { DecideContext, SessionDefinition } from '../../../../src/shared/core';
import type { Role, SessionState } from '../../../../src/shared/protocol';

export const smallSession: SessionDefinition = {
  title: 'Kỳ họp thứ Nhất',
  council: 'HĐND thành phố Thử Nghiệm',
  place: 'Hội trường',
  sittings: [
    { key: 's1', title: 'Phiên thứ nhất', date: '2026-12-08' },
    { key: 's2', title: 'Phiên thứ hai', date: '2026-12-09' },
  ],
  seats: [
    { seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch HĐND' },
    { seat: 2, name: 'Trần Thị Bình', office: '' },
  ],
  agenda: [
    { sitting: 's1', title: 'Khai mạc', kind: 'opening', presenter: 'Chủ tịch HĐND', notes: '' },
    { sitting: 's1', title: 'Báo cáo', kind: 'report', presenter: 'UBND', notes: '' },
    { sitting: 's2', title: 'Bế mạc', kind: 'closing', presenter: 'Chủ tịch HĐND', notes: '' },
  ],
};

/** Ids a, b, c… in order, so tests can name what decide will create. */
export function sequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}${next++}`;
}

export function sessionState(): SessionState {
  return createSessionEvents(smallSession, sequentialIds('seed')).reduce(apply, initialState);
}

export function ctxFor(role: Role, newId: () => string = sequentialIds('new')): DecideContext {
  const id = role === 'delegate' ? 'seat-1' : role;
  return { actor: { id, role }, now: 1_700_000_000_000, newId };
}
