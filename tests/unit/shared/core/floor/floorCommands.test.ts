import { describe, expect, it } from 'vitest';
import { apply, remainingMs } from '../../../../../src/shared/core';
import type { SessionState } from '../../../../../src/shared/protocol';
import { chair, delegate, FloorDriver, guest, NOW, openSession, secretary } from './floorFixtures';

function queueOf(state: SessionState) {
  return state.floor.queue.map((request) => `${request.principalId}:${request.kind}`);
}

describe('speech.request', () => {
  it('[F1] queues a delegate in arrival order with their seat, kind, the current item and the hub time', () => {
    const floor = new FloorDriver(openSession());
    floor.give(delegate(2), { type: 'speech.request', kind: 'discussion' });
    floor.wait(1000);
    floor.give(delegate(1), { type: 'speech.request', kind: 'question' });
    expect(queueOf(floor.state)).toEqual(['seat-2:discussion', 'seat-1:question']);
    expect(floor.state.floor.queue[1]).toMatchObject({ seat: 1, requestedAt: NOW + 1000, itemId: floor.state.currentItemId, questionId: null });
  });

  it('[F1] refuses a second request from the same delegate with already_requested, and changes nothing', () => {
    const floor = new FloorDriver(openSession());
    floor.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    expect(floor.decide(delegate(1), { type: 'speech.request', kind: 'rebuttal' })).toMatchObject({ ok: false, code: 'already_requested' });
  });

  it('[F3] refuses a guest with guests_may_not_speak, even to answer, unless the settings allow guests to answer', () => {
    const floor = new FloorDriver(openSession());
    expect(floor.decide(guest, { type: 'speech.request', kind: 'answer' })).toMatchObject({ ok: false, code: 'guests_may_not_speak' });
    floor.state = { ...floor.state, settings: { ...floor.state.settings, guestsMayAnswer: true } };
    expect(floor.decide(guest, { type: 'speech.request', kind: 'discussion' })).toMatchObject({ ok: false, code: 'guests_may_not_speak' });
    floor.give(guest, { type: 'speech.request', kind: 'answer' });
    expect(floor.state.floor.queue).toMatchObject([{ principalId: 'guest-1', seat: null, kind: 'answer' }]);
  });

  it('is refused while the session is being prepared', () => {
    const state = openSession();
    const preparing = { ...state, session: state.session && { ...state.session, status: 'preparing' as const } };
    expect(new FloorDriver(preparing).decide(delegate(1), { type: 'speech.request', kind: 'discussion' })).toMatchObject({ ok: false, code: 'session_not_open' });
  });
});

describe('speech.withdraw', () => {
  it('[F2] takes the requester out of the queue', () => {
    const floor = new FloorDriver(openSession());
    const [requested] = floor.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    if (requested?.type !== 'speech.requested') throw new Error('no request');
    expect(floor.give(delegate(1), { type: 'speech.withdraw', requestId: requested.request.id })).toEqual([{ type: 'speech.withdrawn', requestId: requested.request.id, at: NOW }]);
    expect(floor.state.floor.queue).toEqual([]);
  });

  it("[F2] refuses to withdraw someone else's request with not_your_request, and an unknown one with unknown_request", () => {
    const floor = new FloorDriver(openSession());
    floor.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    const requestId = floor.state.floor.queue[0]?.id ?? '';
    expect(floor.decide(delegate(2), { type: 'speech.withdraw', requestId })).toMatchObject({ ok: false, code: 'not_your_request' });
    expect(floor.decide(delegate(1), { type: 'speech.withdraw', requestId: 'nope' })).toMatchObject({ ok: false, code: 'unknown_request' });
  });
});

describe('speech.reorder', () => {
  function withThree() {
    const floor = new FloorDriver(openSession());
    floor.state = { ...floor.state, settings: { ...floor.state.settings, guestsMayAnswer: true } };
    floor.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    floor.give(delegate(2), { type: 'speech.request', kind: 'question' });
    floor.give(guest, { type: 'speech.request', kind: 'answer' });
    return { floor, ids: floor.state.floor.queue.map((request) => request.id) };
  }

  it("[F4] puts the queue in the chair's order", () => {
    const { floor, ids } = withThree();
    floor.give(chair, { type: 'speech.reorder', requestIds: [ids[2] ?? '', ids[0] ?? '', ids[1] ?? ''] });
    expect(queueOf(floor.state)).toEqual(['guest-1:answer', 'seat-1:discussion', 'seat-2:question']);
  });

  it('[F4] refuses with bad_order an order with an unknown id, a missing id or a repeated id', () => {
    const { floor, ids } = withThree();
    const [a = '', b = '', c = ''] = ids;
    for (const requestIds of [[a, b, 'ghost'], [a, b], [a, b, c, 'ghost'], [a, a, b]]) {
      expect(floor.decide(chair, { type: 'speech.reorder', requestIds })).toMatchObject({ ok: false, code: 'bad_order' });
    }
  });

  it('[F4] is for the chair: a delegate or the secretary is refused with forbidden', () => {
    const { floor, ids } = withThree();
    expect(floor.decide(delegate(1), { type: 'speech.reorder', requestIds: ids })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(floor.decide(secretary, { type: 'speech.reorder', requestIds: ids })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('replayed against a queue that changed since, keeps every request', () => {
    const { floor, ids } = withThree();
    const later = apply(floor.state, { type: 'speech.withdrawn', requestId: ids[0] ?? '', at: NOW });
    const reordered = apply(later, { type: 'speech.reordered', requestIds: [ids[2] ?? '', ids[0] ?? '', ids[1] ?? ''] });
    expect(queueOf(reordered)).toEqual(['guest-1:answer', 'seat-2:question']);
  });
});

describe('speech.grant and speech.grantTo', () => {
  it("[F5] starts a turn for the request, with the kind's limit from the settings, and takes it out of the queue", () => {
    const floor = new FloorDriver(openSession());
    floor.give(delegate(2), { type: 'speech.request', kind: 'question' });
    const requestId = floor.state.floor.queue[0]?.id ?? '';
    floor.give(chair, { type: 'speech.grant', requestId });
    expect(floor.state.floor.queue).toEqual([]);
    expect(floor.state.floor.turn).toMatchObject({
      principalId: 'seat-2',
      name: 'Trần Thị Bình',
      seat: 2,
      kind: 'question',
      requestId,
      endedAt: null,
      timer: { startedAt: NOW, limitMs: floor.state.settings.speechLimitsMinutes.question * 60_000, addedMs: 0, pausedAt: null, pausedMs: 0 },
    });
  });

  it('refuses a request that is not in the queue with unknown_request', () => {
    const floor = new FloorDriver(openSession());
    expect(floor.decide(chair, { type: 'speech.grant', requestId: 'nope' })).toMatchObject({ ok: false, code: 'unknown_request' });
  });

  it('[F5] gives the floor to someone not in the queue (an answerer), with the answer limit', () => {
    const floor = new FloorDriver(openSession());
    floor.give(chair, { type: 'speech.grantTo', name: 'Giám đốc Sở Tài chính', kind: 'answer', principalId: 'guest-1' });
    expect(floor.state.floor.turn).toMatchObject({ principalId: 'guest-1', name: 'Giám đốc Sở Tài chính', seat: null, kind: 'answer', requestId: null });
    expect(floor.state.floor.turn?.timer.limitMs).toBe(floor.state.settings.speechLimitsMinutes.answer * 60_000);
  });

  it('refuses grantTo for an unknown principal with not_found', () => {
    const floor = new FloorDriver(openSession());
    expect(floor.decide(chair, { type: 'speech.grantTo', name: 'X', kind: 'report', principalId: 'seat-99' })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('[F4] is for the chair: a delegate granting the floor is refused with forbidden', () => {
    const floor = new FloorDriver(openSession());
    floor.give(delegate(1), { type: 'speech.request', kind: 'discussion' });
    const requestId = floor.state.floor.queue[0]?.id ?? '';
    expect(floor.decide(delegate(1), { type: 'speech.grant', requestId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(floor.decide(delegate(1), { type: 'speech.grantTo', name: 'X', kind: 'report' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('[F5] ends the running turn, with its length, before the next one starts', () => {
    const floor = new FloorDriver(openSession());
    floor.give(chair, { type: 'speech.grantTo', name: 'UBND', kind: 'report' });
    const first = floor.state.floor.turn?.id;
    floor.wait(90_000);
    const events = floor.give(chair, { type: 'speech.grantTo', name: 'Thẩm tra', kind: 'report' });
    expect(events[0]).toEqual({ type: 'speech.ended', turnId: first, at: NOW + 90_000, spokenMs: 90_000 });
    expect(floor.state.floor.turns).toMatchObject([{ id: first, endedAt: NOW + 90_000 }]);
    expect(floor.state.floor.turn).toMatchObject({ name: 'Thẩm tra', timer: { startedAt: NOW + 90_000 } });
  });
});

describe('the timer: speech.end, timer.pause, timer.resume, timer.add', () => {
  function speaking() {
    const floor = new FloorDriver(openSession());
    floor.give(chair, { type: 'speech.grantTo', name: 'Nguyễn Văn An', kind: 'question', principalId: 'seat-1' });
    return floor;
  }
  const timerOf = (floor: FloorDriver) => {
    const turn = floor.state.floor.turn;
    if (!turn) throw new Error('no turn');
    return turn.timer;
  };

  it('[F6] refuses every timer command and speech.end with no_turn when nobody has the floor', () => {
    const floor = new FloorDriver(openSession());
    for (const command of [{ type: 'speech.end' }, { type: 'timer.pause' }, { type: 'timer.resume' }, { type: 'timer.add', seconds: 30 }] as const) {
      expect(floor.decide(chair, command)).toMatchObject({ ok: false, code: 'no_turn' });
    }
  });

  it('[F7] a pause freezes the time left; resuming counts on from there, the pause left out', () => {
    const floor = speaking();
    floor.wait(20_000);
    floor.give(chair, { type: 'timer.pause' });
    floor.wait(45_000);
    expect(remainingMs(timerOf(floor), floor.now)).toBe(40_000);
    floor.give(chair, { type: 'timer.resume' });
    expect(timerOf(floor)).toMatchObject({ pausedAt: null, pausedMs: 45_000 });
    floor.wait(10_000);
    expect(remainingMs(timerOf(floor), floor.now)).toBe(30_000);
  });

  it('[F6] pausing a paused timer or resuming a running one records nothing', () => {
    const floor = speaking();
    expect(floor.give(chair, { type: 'timer.resume' })).toEqual([]);
    floor.give(chair, { type: 'timer.pause' });
    expect(floor.give(chair, { type: 'timer.pause' })).toEqual([]);
  });

  it('[F7] timer.add adds to the time left, also after an overrun', () => {
    const floor = speaking();
    floor.wait(75_000);
    expect(remainingMs(timerOf(floor), floor.now)).toBe(-15_000);
    floor.give(chair, { type: 'timer.add', seconds: 60 });
    floor.give(chair, { type: 'timer.add', seconds: 30 });
    expect(timerOf(floor).addedMs).toBe(90_000);
    expect(remainingMs(timerOf(floor), floor.now)).toBe(75_000);
  });

  it('[F8] speech.end records the turn with its end time and the time spoken, pauses left out', () => {
    const floor = speaking();
    floor.wait(10_000);
    floor.give(chair, { type: 'timer.pause' });
    floor.wait(5000);
    floor.give(chair, { type: 'timer.resume' });
    floor.wait(50_000);
    const turnId = floor.state.floor.turn?.id;
    expect(floor.give(chair, { type: 'speech.end' })).toEqual([{ type: 'speech.ended', turnId, at: NOW + 65_000, spokenMs: 60_000 }]);
    expect(floor.state.floor.turn).toBeNull();
    expect(floor.state.floor.turns).toMatchObject([{ id: turnId, principalId: 'seat-1', endedAt: NOW + 65_000 }]);
  });

  it('[F4] timer commands are for the chair: the secretary and the speaker are refused with forbidden', () => {
    const floor = speaking();
    expect(floor.decide(secretary, { type: 'timer.pause' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(floor.decide(delegate(1), { type: 'speech.end' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('timer events for a turn that has ended change nothing on replay', () => {
    const floor = speaking();
    const turnId = floor.state.floor.turn?.id ?? '';
    floor.give(chair, { type: 'speech.end' });
    const after = apply(apply(floor.state, { type: 'timer.paused', turnId, at: NOW }), { type: 'timer.added', turnId, addedMs: 1000, at: NOW });
    expect(after.floor).toEqual(floor.state.floor);
  });
});
