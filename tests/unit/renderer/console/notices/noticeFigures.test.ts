/** The console's figures for notices ("đã nhận 27/30") and the order of help requests. */
import { describe, expect, it } from 'vitest';
import { acknowledgedFigures, helpRequestsInOrder, helpSender } from '../../../../../src/renderer/console/notices/noticeFigures';
import { apply } from '../../../../../src/shared/core';
import type { HelpRequest, Notice } from '../../../../../src/shared/protocol';
import { NOW, sessionState } from '../../../shared/core/fixtures';

const withGuest = apply(sessionState(), {
  type: 'guest.added',
  guest: { id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' },
  principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 },
});

function request(id: string, resolvedAt: number | null, seat: number | null = 1): HelpRequest {
  return { id, principalId: seat === null ? 'guest-1' : `seat-${seat}`, seat, kind: 'technical', text: '', at: NOW, resolvedAt };
}

describe('acknowledgedFigures', () => {
  it('counts a notice to every iPad against the seated delegates and the guests', () => {
    const notice: Notice = { id: 'n', text: 'x', seat: null, sentAt: NOW, acknowledgedBy: ['seat-1', 'guest-1'] };
    expect(acknowledgedFigures(withGuest, notice)).toEqual({ count: 2, total: 3 });
  });

  it('leaves out a seat vacant when the notice was sent', () => {
    const vacated = apply(withGuest, { type: 'seat.vacated', seat: 2, at: NOW - 1, reason: 'Chuyển công tác', generation: 2 });
    const notice: Notice = { id: 'n', text: 'x', seat: null, sentAt: NOW, acknowledgedBy: [] };
    expect(acknowledgedFigures(vacated, notice)).toEqual({ count: 0, total: 2 });
  });

  it('counts a notice to one seat out of one', () => {
    expect(acknowledgedFigures(withGuest, { id: 'n', text: 'x', seat: 2, sentAt: NOW, acknowledgedBy: ['seat-2'] })).toEqual({ count: 1, total: 1 });
  });
});

describe('helpRequestsInOrder', () => {
  it('puts the requests not yet handled first in arrival order, then the handled ones latest first', () => {
    const ordered = helpRequestsInOrder([request('a', NOW + 1), request('b', null), request('c', NOW + 9), request('d', null)]);
    expect(ordered.map((entry) => entry.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('helpSender', () => {
  it('names the seat and its delegate, or the guest', () => {
    expect(helpSender(withGuest, request('a', null, 2))).toEqual({ seat: 2, name: 'Trần Thị Bình' });
    expect(helpSender(withGuest, request('b', null, null))).toEqual({ guest: 'Lê Văn Khách' });
  });
});
