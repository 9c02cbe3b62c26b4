/** "Seated" (đương nhiệm): vacant seats leave the count from their vacancy, guests never count, and a vote keeps the base it opened with. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceOf, countOnlineSeats, decide, isSeatedAt, projectEvent, seatedCount } from '../../../../../src/shared/core';
import type { Command, DomainEvent, Seat, SessionState } from '../../../../../src/shared/protocol';
import { applyAll, ctxFor, NOW, sessionState, voteCreateCommand } from '../fixtures';

function accepted(result: ReturnType<typeof decide>): DomainEvent[] {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

/** Runs the command as the role at `now` and applies its events. */
function run(state: SessionState, role: 'secretary' | 'chair', command: Command, now = NOW, voteId = 'v1'): SessionState {
  const ctx = { ...ctxFor(role, () => voteId), now };
  return applyAll(state, accepted(decide(state, command, ctx)));
}

function openedVote(state: SessionState, voteId: string, now: number): SessionState {
  const created = run(state, 'secretary', voteCreateCommand(), now, voteId);
  return run(created, 'chair', { type: 'vote.open', voteId }, now);
}

function seatedBase(state: SessionState, voteId: string): number | undefined {
  const vote = state.votes.find((candidate) => candidate.id === voteId);
  return vote && vote.status !== 'created' ? vote.seated : undefined;
}

/** The small session with 5 seats and a guest. */
function council(): SessionState {
  const base = sessionState();
  const seats = [3, 4, 5].map((seat): DomainEvent => ({ type: 'seat.added', seat: { seat, name: `Đại biểu ${seat}`, office: '' }, principal: { id: `seat-${seat}`, role: 'delegate', seat, generation: 1 } }));
  return applyAll(base, [
    ...seats,
    { type: 'guest.added', guest: { id: 'guest-1', number: 1, name: 'Khách mời', office: 'Sở Tài chính', role: 'guest' }, principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 } },
  ]);
}

describe('seatedCount', () => {
  const seats: Seat[] = [
    { seat: 1, name: 'A', office: '' },
    { seat: 2, name: 'B', office: '', vacantFrom: 1000 },
    { seat: 3, name: 'C', office: '', vacantFrom: 2000 },
  ];

  it('counts a seat until its vacancy: at the moment of the vacancy it no longer counts', () => {
    expect(seatedCount(seats, 999)).toBe(3);
    expect(seatedCount(seats, 1000)).toBe(2);
    expect(seatedCount(seats, 1999)).toBe(2);
    expect(seatedCount(seats, 2000)).toBe(1);
  });

  it('without a moment, counts the seats that have no vacancy at all', () => {
    expect(seatedCount(seats)).toBe(1);
  });

  it('never counts more seats at a later moment than at an earlier one', () => {
    const seatArbitrary = fc.record({ seat: fc.nat(5000), name: fc.constant('X'), office: fc.constant(''), vacantFrom: fc.option(fc.nat(10_000), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(seatArbitrary, { maxLength: 30 }), fc.nat(10_000), fc.nat(10_000), (list, a, b) => {
        const clean = list.map(({ vacantFrom, ...seat }): Seat => (vacantFrom === undefined ? seat : { ...seat, vacantFrom }));
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(seatedCount(clean, late)).toBeLessThanOrEqual(seatedCount(clean, early));
        expect(seatedCount(clean, early)).toBe(clean.filter((seat) => isSeatedAt(seat, early)).length);
      }),
    );
  });
});

describe('the vacancy rule for votes', () => {
  it('[S4] a vote opened before the vacancy keeps its base; one opened after counts one fewer', () => {
    const before = openedVote(council(), 'v1', NOW);
    expect(seatedBase(before, 'v1')).toBe(5);
    const closed = run(before, 'chair', { type: 'vote.close', voteId: 'v1' }, NOW + 1000);
    const vacated = run(closed, 'secretary', { type: 'seat.vacate', seat: 4, at: NOW + 2000, reason: 'Chuyển công tác' }, NOW + 2000);
    expect(seatedBase(vacated, 'v1')).toBe(5);
    const after = openedVote(vacated, 'v2', NOW + 3000);
    expect(seatedBase(after, 'v2')).toBe(4);
    expect(seatedBase(after, 'v1')).toBe(5);
  });

  it('[S4] a vacancy that would start before a vote that already counted the seat is refused, and nothing changes', () => {
    const voted = openedVote(council(), 'v1', NOW);
    const result = decide(voted, { type: 'seat.vacate', seat: 4, at: NOW - 1, reason: '' }, ctxFor('secretary'));
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(decide(voted, { type: 'seat.vacate', seat: 4, at: NOW, reason: '' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
    expect(decide(voted, { type: 'seat.vacate', seat: 4, at: NOW + 1, reason: '' }, ctxFor('secretary')).ok).toBe(true);
  });

  it('[S4] a vacant seat cannot cast a ballot', () => {
    const vacated = run(council(), 'secretary', { type: 'seat.vacate', seat: 2, at: NOW - 10, reason: '' });
    const voting = openedVote(vacated, 'v1', NOW);
    const ballot: Command = { type: 'vote.cast', voteId: 'v1', seat: 2, ballotId: 'ballot-0002', selections: [{ row: 'motion', option: 'for' }] };
    expect(decide(voting, ballot, { ...ctxFor('delegate'), actor: { id: 'seat-2', role: 'delegate' } })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('a show of hands cannot count more hands than the vote\'s seated base', () => {
    const vacated = run(council(), 'secretary', { type: 'seat.vacate', seat: 5, at: NOW - 10, reason: '' });
    const created = run(vacated, 'secretary', voteCreateCommand({ kind: 'hands' }), NOW, 'vh');
    const opened = run(created, 'chair', { type: 'vote.open', voteId: 'vh' });
    expect(decide(opened, { type: 'vote.enterCounts', voteId: 'vh', counts: { for: 4, against: 0, abstain: 0 } }, ctxFor('secretary')).ok).toBe(true);
    expect(decide(opened, { type: 'vote.enterCounts', voteId: 'vh', counts: { for: 4, against: 1, abstain: 0 } }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('guests are never counted', () => {
  it('[S5] a guest is not seated: the vote base counts delegates only', () => {
    const state = council();
    expect(state.guests).toHaveLength(1);
    expect(seatedBase(openedVote(state, 'v1', NOW), 'v1')).toBe(5);
  });

  it('[S5] a guest online is not present', () => {
    const state = council();
    expect(countOnlineSeats(state.seats, ['guest-1', 'seat-1', 'secretary', 'screen'])).toBe(1);
  });

  it('a vacant seat online is not present', () => {
    const state = run(council(), 'secretary', { type: 'seat.vacate', seat: 1, at: NOW - 10, reason: '' });
    expect(countOnlineSeats(state.seats, ['seat-1', 'seat-2'])).toBe(1);
    expect(countOnlineSeats(state.seats, ['seat-1', 'seat-2'], NOW - 11)).toBe(2);
  });

  it('[S5] a guest sees what delegates see and receives no pairing data', () => {
    expect(audienceOf('guest')).toBe('delegate');
    const added: DomainEvent = { type: 'guest.added', guest: { id: 'guest-2', number: 2, name: 'Khách', office: '', role: 'guest' }, principal: { id: 'guest-2', role: 'guest', seat: null, generation: 1 } };
    expect(projectEvent(added, audienceOf('guest'))).toEqual({ type: 'guest.added', guest: { id: 'guest-2', number: 2, name: 'Khách', office: '', role: 'guest' } });
    expect(projectEvent({ type: 'roster.imported', seats: [], guests: [], principals: [{ id: 'seat-1', role: 'delegate', seat: 1, generation: 1 }] }, 'screen')).toEqual({
      type: 'roster.imported',
      seats: [],
      guests: [],
      principals: [],
    });
  });

  it('[S5] a guest may not vote nor record that a document was opened', () => {
    const state = openedVote(council(), 'v1', NOW);
    const guest = { ...ctxFor('guest'), actor: { id: 'guest-1', role: 'guest' as const } };
    expect(decide(state, { type: 'vote.cast', voteId: 'v1', seat: 1, ballotId: 'ballot-guest', selections: [{ row: 'motion', option: 'for' }] }, guest)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(decide(state, { type: 'document.open', documentId: 'doc-a' }, guest)).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
