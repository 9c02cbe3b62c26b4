import { describe, expect, it } from 'vitest';
import { guestChanges } from '../../../../../src/renderer/console/roster/guestDraft';
import { draftOfSeat, seatChanges, seatRowOfDraft } from '../../../../../src/renderer/console/roster/seatDraft';
import { dateTimeInputValue, parseDateTimeInput } from '../../../../../src/renderer/console/roster/vacancyTime';
import type { Guest, Seat } from '../../../../../src/shared/protocol';

const seat: Seat = { seat: 7, name: 'Lê Văn An', office: '', group: 'Tổ 1' };

describe('the delegate form', () => {
  it('starts from the seat, with an absent role as delegate and an absent group as empty', () => {
    expect(draftOfSeat({ seat: 3, name: 'Trần Thị Bình', office: 'Ủy viên' })).toEqual({ seat: '3', name: 'Trần Thị Bình', office: 'Ủy viên', group: '', role: 'delegate' });
  });

  it('refuses a seat that is not a whole number from 1 to 5000, and a name of only spaces', () => {
    const draft = draftOfSeat(seat);
    expect(seatRowOfDraft({ ...draft, seat: '0' })).toEqual({ ok: false, field: 'seat' });
    expect(seatRowOfDraft({ ...draft, seat: '7.5' })).toEqual({ ok: false, field: 'seat' });
    expect(seatRowOfDraft({ ...draft, seat: '5001' })).toEqual({ ok: false, field: 'seat' });
    expect(seatRowOfDraft({ ...draft, name: '   ' })).toEqual({ ok: false, field: 'name' });
  });

  it('cleans the name as the import does (NFC, one space between words)', () => {
    const result = seatRowOfDraft({ ...draftOfSeat(seat), name: '  Lê   Văn  An '.normalize('NFD') });
    expect(result).toEqual({ ok: true, row: { seat: 7, name: 'Lê Văn An', office: '', group: 'Tổ 1', role: 'delegate' } });
  });

  it('sends only the fields that changed', () => {
    expect(seatChanges(seat, { seat: 7, name: 'Lê Văn An', office: '', group: 'Tổ 2', role: 'delegate' })).toEqual({ group: 'Tổ 2' });
    expect(seatChanges(seat, { seat: 7, name: 'Lê Văn An', office: '', group: 'Tổ 1', role: 'viceChair' })).toEqual({ role: 'viceChair' });
    expect(seatChanges(seat, { seat: 7, name: 'Lê Văn An', office: '', group: 'Tổ 1', role: 'delegate' })).toEqual({});
  });
});

describe('the guest form', () => {
  it('sends only the fields that changed', () => {
    const guest: Guest = { id: 'guest-90', number: 90, name: 'Phạm Văn Cường', office: 'Giám đốc Sở', role: 'guest' };
    expect(guestChanges(guest, { name: 'Phạm Văn Cường', office: 'Giám đốc Sở Tài chính', role: 'guest' })).toEqual({ office: 'Giám đốc Sở Tài chính' });
    expect(guestChanges(guest, { name: 'Phạm Văn Cường', office: 'Giám đốc Sở', role: 'guest' })).toEqual({});
  });
});

describe('the vacancy time field', () => {
  it('round-trips a moment through the datetime-local value, to the minute', () => {
    const at = new Date(2027, 2, 15, 8, 30).getTime();
    expect(dateTimeInputValue(at)).toBe('2027-03-15T08:30');
    expect(parseDateTimeInput('2027-03-15T08:30')).toBe(at);
  });

  it('refuses an empty value and a day that does not exist', () => {
    expect(parseDateTimeInput('')).toBeNull();
    expect(parseDateTimeInput('2027-02-31T08:30')).toBeNull();
  });
});
