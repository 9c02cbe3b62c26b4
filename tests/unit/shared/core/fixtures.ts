import { apply, createSessionEvents, initialState } from '../../../../src/shared/core';
import type { DecideContext, SessionDefinition, VotingContext } from '../../../../src/shared/core';
import type { DomainEvent, Role, SessionState } from '../../../../src/shared/protocol';

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

/** The small session, with two documents on its first item and one on its second. */
export function sessionState(): SessionState {
  const created = createSessionEvents(smallSession, sequentialIds('seed')).reduce(apply, initialState);
  const [first, second] = created.agenda;
  const documents: Array<[string, string, number]> = [
    ['doc-a', first?.id ?? '', 12],
    ['doc-b', first?.id ?? '', 3],
    ['doc-c', second?.id ?? '', 5],
  ];
  return documents.reduce(
    (state, [id, itemId, pages], index) =>
      apply(state, {
        type: 'document.added',
        document: { id, itemId, title: `Tài liệu ${index + 1}`, sha256: String(index).repeat(64), fileName: `${id}.pdf`, bytes: 1000, pages, openedBy: [], version: 1, previous: [], supplementary: false },
      }),
    created,
  );
}

export const NOW = 1_700_000_000_000;

export function ctxFor(role: Role, newId: () => string = sequentialIds('new'), voting: Partial<VotingContext> = {}): DecideContext {
  const id = role === 'delegate' ? 'seat-1' : role;
  return {
    actor: { id, role },
    now: NOW,
    newId,
    voting: { tally: () => ({ participants: 0, counts: {} }), named: () => [], ...voting },
  };
}

/** A vote.create command with the usual settings: more than 1/2 of the seated, quorum 2/3 that warns. */
export { resolutionCommand as voteCreateCommand } from '../../../helpers/voting';

/** The small session as the console makes it: being prepared, with one guest. */
export const preparingSession: SessionDefinition = {
  ...smallSession,
  status: 'preparing',
  guests: [{ name: 'Lê Văn Khách', office: 'Giám đốc Sở Tài chính', role: 'guest' }],
};

/** The small session while it is being prepared (same ids as `sessionState`'s sittings and items). */
export function preparingState(): SessionState {
  return createSessionEvents(preparingSession, sequentialIds('seed')).reduce(apply, initialState);
}

/** Applies events in order. */
export function applyAll(state: SessionState, events: readonly DomainEvent[]): SessionState {
  return events.reduce(apply, state);
}

/**
 * The small session with its first item current (its first sitting in progress) and these
 * seats on that sitting's roll as present, marked by their iPads: the roll a vote opens with.
 */
export function sessionWithRoll(presentSeats: readonly number[] = [1, 2]): SessionState {
  const state = sessionState();
  const inProgress = apply(state, { type: 'agenda.currentSet', itemId: state.agenda[0]?.id ?? null });
  const sittingId = inProgress.sittings[0]?.id ?? '';
  return presentSeats.reduce((next, seat) => apply(next, { type: 'attendance.deviceSeen', sittingId, seat, at: NOW }), inProgress);
}
