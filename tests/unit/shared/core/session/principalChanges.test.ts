/** Which links roster events revoke, so the hub can rebuild its tokens and close the old connections. */
import { describe, expect, it } from 'vitest';
import { apply, principalChanges } from '../../../../../src/shared/core';
import { NOW, preparingState } from '../fixtures';

const state = preparingState();

describe('principalChanges', () => {
  it('nothing changes for an event that leaves the principals alone', () => {
    expect(principalChanges(state, apply(state, { type: 'agenda.currentSet', itemId: null }))).toEqual({ changed: false, revoked: [] });
  });

  it('[S7] a vacancy revokes the seat\'s link', () => {
    expect(principalChanges(state, apply(state, { type: 'seat.vacated', seat: 2, at: NOW, reason: '', generation: 2 }))).toEqual({ changed: true, revoked: ['seat-2'] });
  });

  it('[S7] removing a guest revokes the guest\'s link', () => {
    expect(principalChanges(state, apply(state, { type: 'guest.removed', guestId: 'guest-1' }))).toEqual({ changed: true, revoked: ['guest-1'] });
  });

  it('a new guest changes the token table without revoking anyone', () => {
    const after = apply(state, {
      type: 'guest.added',
      guest: { id: 'guest-2', number: 2, name: 'Khách', office: '', role: 'guest' },
      principal: { id: 'guest-2', role: 'guest', seat: null, generation: 1 },
    });
    expect(principalChanges(state, after)).toEqual({ changed: true, revoked: [] });
  });

  it('[S7] a roster import revokes the links of people no longer listed and of new people in a seat', () => {
    const after = apply(state, {
      type: 'roster.imported',
      seats: [{ seat: 1, name: 'Nguyễn Văn An', office: '' }],
      guests: [],
      principals: [{ id: 'seat-1', role: 'delegate', seat: 1, generation: 2 }],
    });
    expect(principalChanges(state, after).revoked.sort()).toEqual(['guest-1', 'seat-1', 'seat-2']);
  });
});
