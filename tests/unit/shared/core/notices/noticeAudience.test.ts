/** Who sees which notice and help request: staff all, a delegate theirs and only their own acknowledgement, the screen none. */
import { describe, expect, it } from 'vitest';
import { apply, concernsViewer, isPersonalEvent, projectEvent, projectState } from '../../../../../src/shared/core';
import type { DomainEvent, Notice, SessionState } from '../../../../../src/shared/protocol';
import { applyAll, sessionState } from '../fixtures';

const toEveryone: Notice = { id: 'all', text: 'Cho mọi người', seat: null, sentAt: 1, acknowledgedBy: ['seat-2', 'guest-1'] };
const toSeatTwo: Notice = { id: 'two', text: 'Cho ghế 2', seat: 2, sentAt: 2, acknowledgedBy: [] };
const acknowledgedByOne: Notice = { id: 'old', text: 'Đã đọc', seat: null, sentAt: 0, acknowledgedBy: ['seat-1'] };
const help: DomainEvent = { type: 'help.requested', request: { id: 'h1', principalId: 'seat-2', seat: 2, kind: 'note', text: 'Ghi chú', at: 3, resolvedAt: null } };

function withNotices(): SessionState {
  return applyAll(sessionState(), [
    { type: 'notice.sent', notice: acknowledgedByOne },
    { type: 'notice.sent', notice: toEveryone },
    { type: 'notice.sent', notice: toSeatTwo },
    help,
  ]);
}

const seatOne = { id: 'seat-1', seat: 1 };
const seatTwo = { id: 'seat-2', seat: 2 };
const guest = { id: 'guest-1', seat: null };

describe('notices in a snapshot', () => {
  it('[N3] gives the staff every notice with every acknowledgement, and every help request', () => {
    const state = withNotices();
    expect(projectState(state, 'staff')).toBe(state);
    expect(state.helpRequests).toHaveLength(1);
  });

  it('[N3] gives a delegate only the notices for them that they have not acknowledged, with nobody\'s acknowledgements', () => {
    expect(projectState(withNotices(), 'delegate', seatOne).notices).toEqual([{ ...toEveryone, acknowledgedBy: [] }]);
    expect(projectState(withNotices(), 'delegate', seatTwo).notices).toEqual([
      { ...acknowledgedByOne, acknowledgedBy: [] },
      { ...toSeatTwo, acknowledgedBy: [] },
    ]);
  });

  it('[N3] gives a guest the unacknowledged notices to every iPad, never one to a seat', () => {
    expect(projectState(withNotices(), 'delegate', guest).notices).toEqual([{ ...acknowledgedByOne, acknowledgedBy: [] }]);
  });

  it('[N3] never gives delegates, guests or the screen a help request, and the screen no notice', () => {
    for (const viewer of [seatOne, seatTwo, guest]) expect(projectState(withNotices(), 'delegate', viewer).helpRequests).toEqual([]);
    expect(projectState(withNotices(), 'screen').notices).toEqual([]);
    expect(projectState(withNotices(), 'screen').helpRequests).toEqual([]);
  });

  it('[N3] leaves notices to one seat out when no viewer is named', () => {
    expect(projectState(withNotices(), 'delegate').notices.map((notice) => notice.id)).toEqual(['old', 'all']);
  });
});

describe('notice and help events', () => {
  const sentToTwo: DomainEvent = { type: 'notice.sent', notice: toSeatTwo };
  const sentToAll: DomainEvent = { type: 'notice.sent', notice: { ...toEveryone, acknowledgedBy: [] } };
  const acknowledged: DomainEvent = { type: 'notice.acknowledged', noticeId: 'all', principalId: 'seat-2', at: 5 };
  const resolved: DomainEvent = { type: 'help.resolved', requestId: 'h1', at: 6, principalId: 'secretary' };

  it('[N3] sends a notice to one seat only to that seat', () => {
    expect(projectEvent(sentToTwo, 'delegate', seatTwo)).toEqual(sentToTwo);
    expect(projectEvent(sentToTwo, 'delegate', seatOne)).toBeNull();
    expect(projectEvent(sentToTwo, 'delegate', guest)).toBeNull();
    expect(projectEvent(sentToTwo, 'delegate')).toBeNull();
    expect(projectEvent(sentToTwo, 'staff')).toBe(sentToTwo);
  });

  it('[N3] sends a notice to every iPad to every delegate and guest, not to the screen', () => {
    for (const viewer of [seatOne, seatTwo, guest]) expect(projectEvent(sentToAll, 'delegate', viewer)).toEqual(sentToAll);
    expect(projectEvent(sentToAll, 'screen')).toBeNull();
  });

  it('[N3] tells a delegate of their own acknowledgement only', () => {
    expect(projectEvent(acknowledged, 'delegate', seatTwo)).toEqual(acknowledged);
    expect(projectEvent(acknowledged, 'delegate', seatOne)).toBeNull();
    expect(projectEvent(acknowledged, 'delegate')).toBeNull();
    expect(projectEvent(acknowledged, 'screen')).toBeNull();
    expect(projectEvent(acknowledged, 'staff')).toBe(acknowledged);
  });

  it('[N3] keeps help requests and their handling with the staff', () => {
    for (const event of [help, resolved]) {
      expect(projectEvent(event, 'staff')).toBe(event);
      expect(projectEvent(event, 'delegate', seatTwo)).toBeNull();
      expect(projectEvent(event, 'screen')).toBeNull();
    }
  });

  it('[N3] names as personal the events the hub must project per connection', () => {
    expect([sentToTwo, acknowledged].every(isPersonalEvent)).toBe(true);
    expect([sentToAll, help, resolved].some(isPersonalEvent)).toBe(false);
  });

  it('[N3] says which viewer a personal event concerns: the seat a notice is for, the delegate who acknowledged', () => {
    expect(concernsViewer(sentToTwo, seatTwo)).toBe(true);
    expect(concernsViewer(sentToTwo, seatOne)).toBe(false);
    expect(concernsViewer(sentToTwo, guest)).toBe(false);
    expect(concernsViewer(acknowledged, seatTwo)).toBe(true);
    expect(concernsViewer(acknowledged, seatOne)).toBe(false);
    expect([sentToAll, help, resolved].some((event) => concernsViewer(event, seatTwo))).toBe(false);
  });

  it('[N3] a delegate applying what it was sent ends with the same notices as its next snapshot would give', () => {
    const viewer = seatTwo;
    const events: DomainEvent[] = [sentToAll, sentToTwo, acknowledged, help];
    const seen = events.flatMap((event) => {
      const visible = projectEvent(event, 'delegate', viewer);
      return visible ? [visible] : [];
    });
    const live = seen.reduce(apply, sessionState());
    const unacknowledged = live.notices.filter((notice) => !notice.acknowledgedBy.includes(viewer.id));
    expect(unacknowledged).toEqual(projectState(events.reduce(apply, sessionState()), 'delegate', viewer).notices);
  });
});
