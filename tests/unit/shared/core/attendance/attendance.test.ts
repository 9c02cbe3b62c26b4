/** The roll per sitting: every mark, late and left, who may overwrite whom, the present count and the quorum. */
import { describe, expect, it } from 'vitest';
import { apply, attendanceEntryOf, decide, devicesSeenEvents, recordDeviceSeen, rollFigures, sittingInProgress } from '../../../../../src/shared/core';
import type { Command, DomainEvent, Role, SessionState } from '../../../../../src/shared/protocol';
import { ATTENDANCE_MARKS } from '../../../../../src/shared/protocol';
import { applyAll, ctxFor, NOW, sessionState, voteCreateCommand } from '../fixtures';

const base = sessionState();
const [firstItem] = base.agenda;
const [sittingOne, sittingTwo] = base.sittings;
if (!firstItem || !sittingOne || !sittingTwo) throw new Error('fixture is missing items');
/** The first sitting in progress. */
const inProgress = apply(base, { type: 'agenda.currentSet', itemId: firstItem.id });

function give(state: SessionState, command: Command, role: Role, actorId?: string, now = NOW) {
  const ctx = ctxFor(role);
  return decide(state, command, { ...ctx, now, actor: { id: actorId ?? ctx.actor.id, role } });
}

function run(state: SessionState, command: Command, role: Role, actorId?: string, now = NOW): SessionState {
  const decision = give(state, command, role, actorId, now);
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code} ${decision.message}`);
  return applyAll(state, decision.events);
}

const set = (seat: number, mark: (typeof ATTENDANCE_MARKS)[number], extra: Partial<Extract<Command, { type: 'attendance.set' }>> = {}): Command => ({
  type: 'attendance.set',
  sittingId: sittingOne.id,
  seat,
  mark,
  ...extra,
});

/** A council of 6 seats (5 and 6 added), seat 6 vacant, and a guest. */
function council(): SessionState {
  const added = [3, 4, 5, 6].map((seat): DomainEvent => ({ type: 'seat.added', seat: { seat, name: `Đại biểu ${seat}`, office: '' }, principal: { id: `seat-${seat}`, role: 'delegate', seat, generation: 1 } }));
  return applyAll(inProgress, [
    ...added,
    { type: 'seat.vacated', seat: 6, at: NOW - 1000, reason: 'Chuyển công tác', generation: 2 },
    { type: 'guest.added', guest: { id: 'guest-1', number: 1, name: 'Khách mời', office: 'Sở Tài chính', role: 'guest' }, principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 } },
  ]);
}

describe('the sitting in progress', () => {
  it('[R2] is the sitting of the current item while the session is open', () => {
    expect(sittingInProgress(base)).toBeNull();
    expect(sittingInProgress(inProgress)).toBe(sittingOne.id);
    const ended = apply(inProgress, { type: 'session.ended', at: NOW });
    expect(sittingInProgress(ended)).toBeNull();
  });
});

describe('the secretary marks the roll', () => {
  it('[R1] records every mark in any sitting, as the secretary’s entry with the time', () => {
    for (const mark of ATTENDANCE_MARKS) {
      const reason = mark === 'absentExcused' ? { reason: 'Đi công tác' } : {};
      const state = run(base, { ...set(2, mark, reason), sittingId: sittingTwo.id } as Command, 'secretary');
      expect(attendanceEntryOf(state, sittingTwo.id, 2)).toEqual({ mark, reason: mark === 'absentExcused' ? 'Đi công tác' : null, lateAt: null, leftAt: null, source: 'secretary', at: NOW });
    }
  });

  it('[R1] [R6] records a late arrival and an early departure with their times; a delegate who left no longer counts present', () => {
    const late = run(inProgress, set(1, 'present', { lateAt: NOW - 600_000 }), 'secretary');
    expect(attendanceEntryOf(late, sittingOne.id, 1)).toMatchObject({ mark: 'present', lateAt: NOW - 600_000, leftAt: null });
    expect(rollFigures(late, sittingOne.id).present).toBe(1);
    const left = run(late, set(1, 'present', { lateAt: NOW - 600_000, leftAt: NOW }), 'secretary');
    expect(attendanceEntryOf(left, sittingOne.id, 1)).toMatchObject({ lateAt: NOW - 600_000, leftAt: NOW });
    expect(rollFigures(left, sittingOne.id).present).toBe(0);
  });

  it('[R1] refuses an excused absence without its reason, a reason on any other mark, and late or left on an absence; nothing changes', () => {
    expect(give(inProgress, set(1, 'absentExcused'), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(inProgress, set(1, 'absentExcused', { reason: '' }), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(inProgress, set(1, 'present', { reason: 'Ốm' }), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(inProgress, set(1, 'absentUnexcused', { leftAt: NOW }), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(inProgress, set(1, 'absentExcused', { reason: 'Ốm', lateAt: NOW }), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(inProgress, set(1, 'present', { lateAt: NOW, leftAt: NOW - 1 }), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[R1] refuses an unknown sitting, an unknown seat and a vacant seat', () => {
    expect(give(inProgress, { ...set(1, 'present'), sittingId: 'no-such' } as Command, 'secretary')).toMatchObject({ ok: false, code: 'unknown_sitting' });
    expect(give(inProgress, set(99, 'present'), 'secretary')).toMatchObject({ ok: false, code: 'unknown_seat' });
    expect(give(council(), set(6, 'present'), 'secretary')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[R4] is the secretary’s alone: the chair, delegates, guests and the screen are refused', () => {
    for (const role of ['chair', 'delegate', 'guest', 'screen'] as const) expect(give(inProgress, set(1, 'present'), role)).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('"Tôi có mặt": a delegate confirms', () => {
  const confirm: Command = { type: 'attendance.confirm' };

  it('[R5] marks the delegate present in the sitting in progress, as their own entry', () => {
    const state = run(inProgress, confirm, 'delegate', 'seat-2');
    expect(attendanceEntryOf(state, sittingOne.id, 2)).toEqual({ mark: 'present', reason: null, lateAt: null, leftAt: null, source: 'self', at: NOW });
  });

  it('[R5] turns the iPad’s entry into the delegate’s own', () => {
    const seen = applyAll(inProgress, [{ type: 'attendance.deviceSeen', sittingId: sittingOne.id, seat: 2, at: NOW - 5 }]);
    expect(attendanceEntryOf(run(seen, confirm, 'delegate', 'seat-2'), sittingOne.id, 2)).toMatchObject({ source: 'self', mark: 'present' });
  });

  it('[R5] never overwrites the secretary’s mark: refused with marked_by_secretary, the entry stays', () => {
    const absent = run(inProgress, set(2, 'absentUnexcused'), 'secretary');
    expect(give(absent, confirm, 'delegate', 'seat-2')).toMatchObject({ ok: false, code: 'marked_by_secretary' });
    // Even an event that reached the log some other way leaves the secretary's entry alone.
    const replayed = apply(absent, { type: 'attendance.confirmed', sittingId: sittingOne.id, seat: 2, at: NOW + 1 });
    expect(attendanceEntryOf(replayed, sittingOne.id, 2)).toMatchObject({ mark: 'absentUnexcused', source: 'secretary' });
  });

  it('[R5] is refused with no sitting in progress, a second time, from a vacant seat, and from a guest', () => {
    expect(give(base, confirm, 'delegate', 'seat-2')).toMatchObject({ ok: false, code: 'no_sitting_in_progress' });
    const confirmed = run(inProgress, confirm, 'delegate', 'seat-2');
    expect(give(confirmed, confirm, 'delegate', 'seat-2')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(council(), confirm, 'delegate', 'seat-6')).toMatchObject({ ok: false, code: 'invalid' });
    expect(give(council(), confirm, 'guest', 'guest-1')).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the hub’s entries when an iPad connects', () => {
  it('[R3] marks a seat with no entry present, from its device', () => {
    const decision = recordDeviceSeen(inProgress, { type: 'attendance.deviceSeen', seat: 1 }, NOW);
    if (!decision.ok) throw new Error(decision.message);
    expect(attendanceEntryOf(applyAll(inProgress, decision.events), sittingOne.id, 1)).toEqual({ mark: 'present', reason: null, lateAt: null, leftAt: null, source: 'device', at: NOW });
  });

  it('[R3] [R4] never overwrites an entry: not the secretary’s absence, not the delegate’s own', () => {
    const absent = run(inProgress, set(1, 'absentExcused', { reason: 'Ốm' }), 'secretary');
    const self = run(absent, { type: 'attendance.confirm' }, 'delegate', 'seat-2');
    expect(recordDeviceSeen(self, { type: 'attendance.deviceSeen', seat: 1 }, NOW)).toMatchObject({ ok: false });
    expect(devicesSeenEvents(self, [1, 2], NOW)).toEqual([]);
    const replayed = applyAll(self, [
      { type: 'attendance.deviceSeen', sittingId: sittingOne.id, seat: 1, at: NOW + 1 },
      { type: 'attendance.deviceSeen', sittingId: sittingOne.id, seat: 2, at: NOW + 1 },
    ]);
    expect(attendanceEntryOf(replayed, sittingOne.id, 1)).toMatchObject({ mark: 'absentExcused', source: 'secretary' });
    expect(attendanceEntryOf(replayed, sittingOne.id, 2)).toMatchObject({ source: 'self' });
  });

  it('[R3] gives one event per unmarked seated seat for many iPads at once, and none without a sitting in progress', () => {
    const state = council();
    const events = devicesSeenEvents(state, [1, 2, 2, 3, 6, 99], NOW);
    expect(events.map((event) => (event.type === 'attendance.deviceSeen' ? event.seat : null))).toEqual([1, 2, 3]);
    expect(devicesSeenEvents(base, [1, 2], NOW)).toEqual([]);
  });
});

describe('the present count and the quorum', () => {
  it('[R6] counts seated delegates present or present without a device; absences, unmarked, vacant seats and guests never count', () => {
    let state = council();
    state = run(state, set(1, 'present'), 'secretary');
    state = run(state, set(2, 'presentNoDevice'), 'secretary');
    state = run(state, set(3, 'absentExcused', { reason: 'Ốm' }), 'secretary');
    state = run(state, set(4, 'absentUnexcused'), 'secretary');
    // A present entry made before the vacancy still does not count the vacant seat.
    state = applyAll(state, [{ type: 'attendance.deviceSeen', sittingId: sittingOne.id, seat: 6, at: NOW - 2000 }]);
    const figures = rollFigures(state, sittingOne.id, NOW);
    expect(figures).toEqual({ present: 2, seated: 5, needed: 4, quorumMet: false });
  });

  it('[R6] needs ceil(seated × the quorum share) present: 20 of 30 at 2/3, and the share is a setting', () => {
    const seats = Array.from({ length: 30 }, (_, index) => ({ seat: index + 1, name: `Đại biểu ${index + 1}`, office: '' }));
    const attendance = { [sittingOne.id]: Object.fromEntries(seats.slice(0, 19).map(({ seat }) => [String(seat), { mark: 'present' as const, reason: null, lateAt: null, leftAt: null, source: 'device' as const, at: NOW }])) };
    const state = { ...inProgress, seats, attendance };
    expect(rollFigures(state, sittingOne.id)).toEqual({ present: 19, seated: 30, needed: 20, quorumMet: false });
    const half = { ...state, settings: { ...state.settings, quorum: { numerator: 1, denominator: 2 } } };
    expect(rollFigures(half, sittingOne.id)).toEqual({ present: 19, seated: 30, needed: 15, quorumMet: true });
    expect(rollFigures(state, null).present).toBe(0);
  });
});

describe('a vote opens with the roll as its present base', () => {
  it('[R6] [V8] records the roll’s present count, not the connected count, and a blocking quorum follows the roll', () => {
    let state = council();
    state = run(state, set(1, 'present'), 'secretary');
    state = run(state, set(2, 'absentUnexcused'), 'secretary');
    const created = run(state, voteCreateCommand({ quorum: { numerator: 2, denominator: 3, mode: 'block' } }), 'secretary', undefined, NOW);
    const voteId = created.votes[0]?.id ?? '';
    expect(give(created, { type: 'vote.open', voteId }, 'chair')).toMatchObject({ ok: false, code: 'quorum_not_met' });
    const quorate = [3, 4, 5].reduce((next, seat) => run(next, set(seat, 'presentNoDevice'), 'secretary'), created);
    const opened = run(quorate, { type: 'vote.open', voteId }, 'chair');
    expect(opened.votes[0]).toMatchObject({ status: 'open', seated: 5, present: 4, quorumMet: true });
  });
});
