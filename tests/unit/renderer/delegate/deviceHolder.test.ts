import { describe, expect, it } from 'vitest';
import type { Guest } from '../../../../src/shared/protocol';
import { deviceHolderOf, reportsDocumentOpens, votingSeatOf } from '../../../../src/renderer/delegate/deviceHolder';

const delegate = { id: 'seat-12', role: 'delegate', seat: 12, name: 'Nguyễn Văn An' } as const;
const guest = { id: 'guest-3', role: 'guest', seat: null, name: 'Trần Thị Bình' } as const;
const guests: Guest[] = [
  { id: 'guest-3', number: 3, name: 'Trần Thị Bình', office: 'Giám đốc Sở Tài chính', role: 'guest' },
  { id: 'guest-4', number: 4, name: 'Lê Văn Cường', office: 'Chuyên viên Văn phòng HĐND', role: 'secretary' },
];

describe('who holds the iPad', () => {
  it('a delegate in a seat votes from that seat and reports the documents opened', () => {
    const holder = deviceHolderOf(delegate, guests);
    expect(holder).toEqual({ kind: 'delegate', seat: 12, name: 'Nguyễn Văn An' });
    expect(votingSeatOf(holder)).toBe(12);
    expect(reportsDocumentOpens(holder)).toBe(true);
  });

  it('a guest is named, never votes and never counts in the "opened by" figures', () => {
    const holder = deviceHolderOf(guest, guests);
    expect(holder).toEqual({ kind: 'guest', name: 'Trần Thị Bình', role: 'guest' });
    expect(votingSeatOf(holder)).toBeNull();
    expect(reportsDocumentOpens(holder)).toBe(false);
  });

  it('a member of the secretariat on a guest row is a guest device too, told apart by role', () => {
    const holder = deviceHolderOf({ id: 'guest-4', role: 'guest', seat: null, name: 'Lê Văn Cường' }, guests);
    expect(holder).toEqual({ kind: 'guest', name: 'Lê Văn Cường', role: 'secretary' });
    expect(votingSeatOf(holder)).toBeNull();
  });

  it('before the welcome, or for a staff link opened in the iPad app, nothing is voted or reported', () => {
    for (const me of [null, { id: 'chair', role: 'chair', seat: null, name: '' } as const]) {
      const holder = deviceHolderOf(me, guests);
      expect(holder.kind).toBe('unknown');
      expect(votingSeatOf(holder)).toBeNull();
      expect(reportsDocumentOpens(holder)).toBe(false);
    }
  });
});
