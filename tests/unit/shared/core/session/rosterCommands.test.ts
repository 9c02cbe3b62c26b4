/** The roster: importing it, one seat or guest at a time, vacancies, and the links that follow. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../../../../src/shared/core';
import type { Command, DomainEvent, GuestRow, SeatRow, SessionState } from '../../../../../src/shared/protocol';
import { commandSchema, MAX_ROSTER_ROWS } from '../../../../../src/shared/protocol';
import { applyAll, ctxFor, NOW, preparingState, sessionState, voteCreateCommand } from '../fixtures';

function secretary(state: SessionState, command: Command) {
  return decide(state, command, ctxFor('secretary', () => 'v1'));
}

function accepted(result: ReturnType<typeof decide>): DomainEvent[] {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

function seatRows(count: number): SeatRow[] {
  return Array.from({ length: count }, (_, index) => ({ seat: index + 1, name: `Đại biểu ${index + 1}`, office: '', group: `Tổ ${(index % 5) + 1}` }));
}

function guestRows(count: number): GuestRow[] {
  return Array.from({ length: count }, (_, index) => ({ name: `Khách mời ${index + 1}`, office: 'Sở Tài chính', role: 'guest' }));
}

const state = preparingState();

describe('roster.import', () => {
  it('replaces the seats and guests, with a delegate principal per seat and a guest principal per guest', () => {
    const command: Command = {
      type: 'roster.import',
      seats: [
        { seat: 2, name: 'Trần Thị Bình', office: '', group: 'Tổ 1', role: 'viceChair' },
        { seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch HĐND', role: 'chair' },
        { seat: 3, name: 'Phạm Văn Cường', office: '', role: 'delegate' },
      ],
      guests: [
        { name: 'Lê Văn Khách', office: 'Giám đốc Sở Tài chính', role: 'guest' },
        { name: 'Hoàng Thị Thư', office: 'Văn phòng HĐND', role: 'secretary' },
      ],
    };
    const next = applyAll(state, accepted(secretary(state, command)));
    expect(next.seats).toEqual([
      { seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch HĐND', role: 'chair' },
      { seat: 2, name: 'Trần Thị Bình', office: '', group: 'Tổ 1', role: 'viceChair' },
      { seat: 3, name: 'Phạm Văn Cường', office: '' },
    ]);
    expect(next.guests).toEqual([
      { id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Giám đốc Sở Tài chính', role: 'guest' },
      { id: 'guest-2', number: 2, name: 'Hoàng Thị Thư', office: 'Văn phòng HĐND', role: 'secretary' },
    ]);
    expect(next.principals['seat-3']).toEqual({ id: 'seat-3', role: 'delegate', seat: 3, generation: 1 });
    expect(next.principals['guest-2']).toEqual({ id: 'guest-2', role: 'guest', seat: null, generation: 1 });
    expect(Object.keys(next.principals).sort()).toEqual(['chair', 'guest-1', 'guest-2', 'screen', 'seat-1', 'seat-2', 'seat-3', 'secretary']);
  });

  it('takes 85 delegates and 150 guests', () => {
    const next = applyAll(state, accepted(secretary(state, { type: 'roster.import', seats: seatRows(85), guests: guestRows(150) })));
    expect(next.seats).toHaveLength(85);
    expect(next.guests).toHaveLength(150);
    expect(Object.values(next.principals).filter((principal) => principal.role === 'guest')).toHaveLength(150);
  });

  it(`[S6] takes ${MAX_ROSTER_ROWS} rows and refuses one more with roster_too_large`, () => {
    expect(secretary(state, { type: 'roster.import', seats: seatRows(85), guests: guestRows(MAX_ROSTER_ROWS - 85) }).ok).toBe(true);
    expect(secretary(state, { type: 'roster.import', seats: seatRows(85), guests: guestRows(MAX_ROSTER_ROWS - 84) })).toMatchObject({ ok: false, code: 'roster_too_large' });
    expect(secretary(state, { type: 'roster.import', seats: seatRows(5000), guests: [] })).toMatchObject({ ok: false, code: 'roster_too_large' });
  });

  it('[S6] refuses a duplicate seat with duplicate_seat, naming the seat', () => {
    const seats = [...seatRows(3), { seat: 2, name: 'Người khác', office: '' }];
    expect(secretary(state, { type: 'roster.import', seats, guests: [] })).toMatchObject({ ok: false, code: 'duplicate_seat', message: expect.stringContaining('2') });
  });

  it('refuses a roster with no delegate, and guests numbered twice', () => {
    expect(secretary(state, { type: 'roster.import', seats: [], guests: guestRows(2) })).toMatchObject({ ok: false, code: 'invalid' });
    const guests: GuestRow[] = [
      { number: 4, name: 'A', office: '', role: 'guest' },
      { number: 4, name: 'B', office: '', role: 'guest' },
    ];
    expect(secretary(state, { type: 'roster.import', seats: seatRows(2), guests })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[S6] the schema refuses a name of only spaces, a bad role and a seat number of 0', () => {
    const parse = (seat: unknown) => commandSchema.safeParse({ type: 'roster.import', seats: [seat], guests: [] }).success;
    expect(parse({ seat: 1, name: 'Nguyễn Văn An', office: '' })).toBe(true);
    expect(parse({ seat: 1, name: '   ', office: '' })).toBe(false);
    expect(parse({ seat: 1, name: 'Nguyễn Văn An', office: '', role: 'president' })).toBe(false);
    expect(parse({ seat: 0, name: 'Nguyễn Văn An', office: '' })).toBe(false);
    expect(commandSchema.safeParse({ type: 'roster.import', seats: [], guests: [{ name: ' \t ', office: '', role: 'guest' }] }).success).toBe(false);
  });

  it('[S6] the schema refuses control characters and text-direction overrides in names, positions and groups', () => {
    const parse = (seat: unknown) => commandSchema.safeParse({ type: 'roster.import', seats: [seat], guests: [] }).success;
    expect(parse({ seat: 1, name: 'A\u202eB', office: '' })).toBe(false);
    expect(parse({ seat: 1, name: 'A\u0000B', office: '' })).toBe(false);
    expect(parse({ seat: 1, name: 'Nguyễn Văn An', office: 'Chủ tịch\u2066' })).toBe(false);
    expect(parse({ seat: 1, name: 'Nguyễn Văn An', office: '', group: 'Tổ\u200f 1' })).toBe(false);
    expect(commandSchema.safeParse({ type: 'guest.add', guest: { name: 'Khách\u202d', office: '', role: 'guest' } }).success).toBe(false);
  });

  it('[S7] the same person in the same seat keeps their link; someone new in it gets a new one', () => {
    const reissued = applyAll(state, [{ type: 'pairing.reissued', principalId: 'seat-1', generation: 3 }]);
    const seats = [
      { seat: 1, name: 'Nguyễn Văn An', office: '' },
      { seat: 2, name: 'Người kế nhiệm', office: '' },
    ];
    const next = applyAll(reissued, accepted(secretary(reissued, { type: 'roster.import', seats, guests: [{ name: 'Lê Văn Khách', office: '', role: 'guest' }] })));
    expect(next.principals['seat-1']?.generation).toBe(3);
    expect(next.principals['seat-2']?.generation).toBe(2);
    expect(next.principals['guest-1']?.generation).toBe(1);
  });

  it('keeps a recorded vacancy when the same person is listed again', () => {
    const vacated = applyAll(state, accepted(secretary(state, { type: 'seat.vacate', seat: 2, at: NOW, reason: 'Chuyển công tác' })));
    const seats = [
      { seat: 1, name: 'Nguyễn Văn An', office: '' },
      { seat: 2, name: 'Trần Thị Bình', office: '' },
    ];
    const next = applyAll(vacated, accepted(secretary(vacated, { type: 'roster.import', seats, guests: [] })));
    expect(next.seats[1]).toMatchObject({ seat: 2, vacantFrom: NOW, vacancyReason: 'Chuyển công tác' });
  });

  it('removes the principals of delegates and guests who are no longer listed', () => {
    const next = applyAll(state, accepted(secretary(state, { type: 'roster.import', seats: [{ seat: 1, name: 'Nguyễn Văn An', office: '' }], guests: [] })));
    expect(Object.keys(next.principals).sort()).toEqual(['chair', 'screen', 'seat-1', 'secretary']);
  });

  it('[S7] a seat dropped by one import and listed again by the next gets a newer link than the one it had', () => {
    const dropped = applyAll(state, accepted(secretary(state, { type: 'roster.import', seats: [{ seat: 1, name: 'Nguyễn Văn An', office: '' }], guests: [] })));
    expect(dropped.retiredGenerations).toEqual({ 'seat-2': 1, 'guest-1': 1 });
    const back = applyAll(dropped, accepted(secretary(dropped, { type: 'roster.import', seats: seatRows(2), guests: guestRows(1) })));
    expect(back.principals['seat-2']?.generation).toBe(2);
    expect(back.principals['guest-1']?.generation).toBe(2);
  });
});

describe('one seat at a time', () => {
  it('seat.add adds a seated delegate with a new link', () => {
    const next = applyAll(state, accepted(secretary(state, { type: 'seat.add', seat: { seat: 7, name: 'Võ Văn Dũng', office: '', group: 'Tổ 2' } })));
    expect(next.seats.map((seat) => seat.seat)).toEqual([1, 2, 7]);
    expect(next.seats[2]).toEqual({ seat: 7, name: 'Võ Văn Dũng', office: '', group: 'Tổ 2' });
    expect(next.principals['seat-7']).toEqual({ id: 'seat-7', role: 'delegate', seat: 7, generation: 1 });
  });

  it('seat.add of a taken seat is refused with duplicate_seat', () => {
    expect(secretary(state, { type: 'seat.add', seat: { seat: 2, name: 'Người khác', office: '' } })).toMatchObject({ ok: false, code: 'duplicate_seat' });
  });

  it('seat.add past the roster limit is refused with roster_too_large', () => {
    const full = applyAll(state, accepted(secretary(state, { type: 'roster.import', seats: seatRows(MAX_ROSTER_ROWS), guests: [] })));
    expect(secretary(full, { type: 'seat.add', seat: { seat: 4999, name: 'Người thêm', office: '' } })).toMatchObject({ ok: false, code: 'roster_too_large' });
  });

  it('seat.update edits a delegate by hand, also while the session is open', () => {
    const open = sessionState();
    const events = accepted(secretary(open, { type: 'seat.update', seat: 2, changes: { name: 'Trần Thị Bình An', office: 'Ủy viên', group: 'Tổ 3', role: 'viceChair' } }));
    expect(applyAll(open, events).seats[1]).toEqual({ seat: 2, name: 'Trần Thị Bình An', office: 'Ủy viên', group: 'Tổ 3', role: 'viceChair' });
  });

  it('seat.update, seat.remove and seat.vacate of an unknown seat are refused with unknown_seat', () => {
    expect(secretary(state, { type: 'seat.update', seat: 9, changes: { name: 'X' } })).toMatchObject({ ok: false, code: 'unknown_seat' });
    expect(secretary(state, { type: 'seat.remove', seat: 9 })).toMatchObject({ ok: false, code: 'unknown_seat' });
    expect(secretary(state, { type: 'seat.vacate', seat: 9, at: NOW, reason: '' })).toMatchObject({ ok: false, code: 'unknown_seat' });
  });

  it('seat.remove removes the seat and its link', () => {
    const next = applyAll(state, accepted(secretary(state, { type: 'seat.remove', seat: 2 })));
    expect(next.seats.map((seat) => seat.seat)).toEqual([1]);
    expect(next.principals['seat-2']).toBeUndefined();
  });

  it('[S7] a seat removed and added again gets a newer link, so the old card stays dead', () => {
    const removed = applyAll(state, accepted(secretary(state, { type: 'seat.remove', seat: 2 })));
    const events = accepted(secretary(removed, { type: 'seat.add', seat: { seat: 2, name: 'Người khác', office: '' } }));
    expect(applyAll(removed, events).principals['seat-2']).toEqual({ id: 'seat-2', role: 'delegate', seat: 2, generation: 2 });
  });

  it('[S6] seat.remove of a seat that counted in a vote is refused with seat_has_ballots', () => {
    const open = sessionState();
    const created = applyAll(open, accepted(secretary(open, voteCreateCommand())));
    const opened = applyAll(created, accepted(decide(created, { type: 'vote.open', voteId: 'v1' }, ctxFor('chair'))));
    expect(secretary(opened, { type: 'seat.remove', seat: 2 })).toMatchObject({ ok: false, code: 'seat_has_ballots' });
    // A vote that was only prepared counted nobody.
    expect(secretary(created, { type: 'seat.remove', seat: 2 }).ok).toBe(true);
  });
});

describe('vacancies (đại biểu thôi làm nhiệm vụ)', () => {
  it('[S4] [S7] seat.vacate marks the seat vacant from the given time and revokes its link', () => {
    const events = accepted(secretary(state, { type: 'seat.vacate', seat: 2, at: NOW - 5000, reason: ' Chuyển công tác ' }));
    expect(events).toEqual([{ type: 'seat.vacated', seat: 2, at: NOW - 5000, reason: 'Chuyển công tác', generation: 2 }]);
    const next = applyAll(state, events);
    expect(next.seats[1]).toEqual({ seat: 2, name: 'Trần Thị Bình', office: '', vacantFrom: NOW - 5000, vacancyReason: 'Chuyển công tác' });
    expect(next.principals['seat-2']?.generation).toBe(2);
  });

  it('a vacant seat is not vacated twice, and its link is not reissued', () => {
    const vacated = applyAll(state, accepted(secretary(state, { type: 'seat.vacate', seat: 2, at: NOW, reason: '' })));
    expect(secretary(vacated, { type: 'seat.vacate', seat: 2, at: NOW, reason: '' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(secretary(vacated, { type: 'pairing.reissue', principalId: 'seat-2' })).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('guests', () => {
  /** The preparing session has one guest, guest-1. */
  const withGuest = state;

  it('guest.add numbers the guest after the last one and gives a guest-N principal with the guest role', () => {
    const events = accepted(secretary(withGuest, { type: 'guest.add', guest: { name: 'Đinh Văn Đại', office: 'Đại biểu Quốc hội', role: 'guest' } }));
    expect(events).toEqual([
      {
        type: 'guest.added',
        guest: { id: 'guest-2', number: 2, name: 'Đinh Văn Đại', office: 'Đại biểu Quốc hội', role: 'guest' },
        principal: { id: 'guest-2', role: 'guest', seat: null, generation: 1 },
      },
    ]);
    expect(applyAll(withGuest, events).guests.map((guest) => guest.id)).toEqual(['guest-1', 'guest-2']);
  });

  it('guest.add with a number already taken is refused', () => {
    expect(secretary(withGuest, { type: 'guest.add', guest: { number: 1, name: 'Trùng số', office: '', role: 'guest' } })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('guest.add past the roster limit is refused with roster_too_large', () => {
    const full = applyAll(state, accepted(secretary(state, { type: 'roster.import', seats: seatRows(10), guests: guestRows(MAX_ROSTER_ROWS - 10) })));
    expect(secretary(full, { type: 'guest.add', guest: { name: 'Thêm', office: '', role: 'guest' } })).toMatchObject({ ok: false, code: 'roster_too_large' });
  });

  it('guest.update edits a guest, also while the session is open', () => {
    const open = applyAll(withGuest, [{ type: 'session.opened', at: NOW }]);
    const events = accepted(secretary(open, { type: 'guest.update', guestId: 'guest-1', changes: { office: 'Phó Chủ tịch UBND tỉnh', role: 'secretary' } }));
    expect(applyAll(open, events).guests[0]).toEqual({ id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Phó Chủ tịch UBND tỉnh', role: 'secretary' });
  });

  it('guest.remove removes the guest and revokes their link', () => {
    const next = applyAll(withGuest, accepted(secretary(withGuest, { type: 'guest.remove', guestId: 'guest-1' })));
    expect(next.guests).toEqual([]);
    expect(next.principals['guest-1']).toBeUndefined();
  });

  it('[S7] a guest added under the number of a removed guest gets a newer link than the removed guest had', () => {
    const removed = applyAll(withGuest, accepted(secretary(withGuest, { type: 'guest.remove', guestId: 'guest-1' })));
    expect(removed.retiredGenerations).toEqual({ 'guest-1': 1 });
    const events = accepted(secretary(removed, { type: 'guest.add', guest: { name: 'Khách khác', office: '', role: 'guest' } }));
    expect(events).toMatchObject([{ type: 'guest.added', guest: { id: 'guest-1' }, principal: { id: 'guest-1', generation: 2 } }]);
  });

  it('guest.update and guest.remove of an unknown guest are refused with unknown_guest', () => {
    expect(secretary(withGuest, { type: 'guest.update', guestId: 'guest-9', changes: { name: 'X' } })).toMatchObject({ ok: false, code: 'unknown_guest' });
    expect(secretary(withGuest, { type: 'guest.remove', guestId: 'guest-9' })).toMatchObject({ ok: false, code: 'unknown_guest' });
  });
});
