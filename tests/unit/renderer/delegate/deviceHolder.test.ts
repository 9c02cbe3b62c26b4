import { describe, expect, it } from 'vitest';
import { deviceHolderOf, reportsDocumentOpens, votingSeatOf } from '../../../../src/renderer/delegate/deviceHolder';

const delegate = { id: 'seat-12', role: 'delegate', seat: 12, name: 'Nguyễn Văn An' } as const;
const guest = { id: 'guest-3', role: 'guest', seat: null, name: 'Trần Thị Bình' } as const;

describe('who holds the iPad', () => {
  it('a delegate in a seat votes from that seat and reports the documents opened', () => {
    const holder = deviceHolderOf(delegate);
    expect(holder).toEqual({ kind: 'delegate', seat: 12, name: 'Nguyễn Văn An' });
    expect(votingSeatOf(holder)).toBe(12);
    expect(reportsDocumentOpens(holder)).toBe(true);
  });

  it('a guest is named, never votes and never counts in the "opened by" figures', () => {
    const holder = deviceHolderOf(guest);
    expect(holder).toEqual({ kind: 'guest', name: 'Trần Thị Bình' });
    expect(votingSeatOf(holder)).toBeNull();
    expect(reportsDocumentOpens(holder)).toBe(false);
  });

  it('before the welcome, or for a staff link opened in the iPad app, nothing is voted or reported', () => {
    for (const me of [null, { id: 'chair', role: 'chair', seat: null, name: '' } as const]) {
      const holder = deviceHolderOf(me);
      expect(holder.kind).toBe('unknown');
      expect(votingSeatOf(holder)).toBeNull();
      expect(reportsDocumentOpens(holder)).toBe(false);
    }
  });
});
