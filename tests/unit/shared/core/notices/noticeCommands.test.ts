/** Notices to the iPads and help requests to the secretariat: the core's decisions and what they change. */
import { describe, expect, it } from 'vitest';
import { apply, decide, MAX_NOTICES } from '../../../../../src/shared/core';
import type { DecideContext } from '../../../../../src/shared/core';
import type { Command, DomainEvent, Role, SessionState } from '../../../../../src/shared/protocol';
import { commandSchema, NOTICE_LIMITS } from '../../../../../src/shared/protocol';
import { applyAll, NOW, sequentialIds, sessionState } from '../fixtures';

/** The small session (seats 1 and 2) with a guest, guest-1. */
function openState(): SessionState {
  return apply(sessionState(), {
    type: 'guest.added',
    guest: { id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' },
    principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 },
  });
}

/** The context of one command: ids are `n0`, `n1`… from the secretary, `seat-1-0`… from a delegate. */
function ctx(id: string, role: Role, now = NOW): DecideContext {
  return { actor: { id, role }, now, newId: sequentialIds(id === 'secretary' ? 'n' : `${id}-`) };
}

const secretary = () => ctx('secretary', 'secretary');
const seatOne = () => ctx('seat-1', 'delegate');
const seatTwo = () => ctx('seat-2', 'delegate');
const guest = () => ctx('guest-1', 'guest');

function accepted(state: SessionState, command: Command, context: DecideContext): DomainEvent[] {
  const result = decide(state, command, context);
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

function run(state: SessionState, command: Command, context: DecideContext): SessionState {
  return applyAll(state, accepted(state, command, context));
}

describe('notice.send', () => {
  it('[N1] sends a notice to every iPad when no seat is named, stamped with the hub time', () => {
    const state = run(openState(), { type: 'notice.send', text: 'Tài liệu bổ sung cho nội dung 5' }, secretary());
    expect(state.notices).toEqual([{ id: 'n0', text: 'Tài liệu bổ sung cho nội dung 5', seat: null, sentAt: NOW, acknowledgedBy: [] }]);
  });

  it('[N1] sends a notice to one seat', () => {
    const state = run(openState(), { type: 'notice.send', text: 'Mời đại biểu lên phát biểu', seat: 2 }, secretary());
    expect(state.notices[0]).toMatchObject({ seat: 2 });
  });

  it('[N1] refuses a notice to a seat that does not exist or is vacant, and changes nothing', () => {
    const state = openState();
    expect(decide(state, { type: 'notice.send', text: 'x', seat: 40 }, secretary())).toMatchObject({ ok: false, code: 'unknown_seat' });
    const vacant = apply(state, { type: 'seat.vacated', seat: 2, at: NOW - 1, reason: 'Chuyển công tác', generation: 2 });
    expect(decide(vacant, { type: 'notice.send', text: 'x', seat: 2 }, secretary())).toMatchObject({ ok: false, code: 'unknown_seat' });
  });

  it('[N1] refuses a notice past the session cap', () => {
    let state = openState();
    for (let index = 0; index < MAX_NOTICES; index += 1) {
      state = apply(state, { type: 'notice.sent', notice: { id: `old${index}`, text: 'cũ', seat: null, sentAt: index, acknowledgedBy: [] } });
    }
    expect(decide(state, { type: 'notice.send', text: 'một nữa' }, secretary())).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('is for the secretary only', () => {
    for (const context of [seatOne(), guest(), ctx('chair', 'chair'), ctx('screen', 'screen')]) {
      expect(decide(openState(), { type: 'notice.send', text: 'x' }, context)).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });
});

describe('the notice text at the edge', () => {
  const parse = (text: string) => commandSchema.safeParse({ type: 'notice.send', text });

  it('[N1] refuses an empty notice or one of spaces only', () => {
    expect(parse('').success).toBe(false);
    expect(parse('   ').success).toBe(false);
  });

  it(`[N1] accepts ${NOTICE_LIMITS.noticeText} characters and refuses one more`, () => {
    expect(parse('a'.repeat(NOTICE_LIMITS.noticeText)).success).toBe(true);
    expect(parse('a'.repeat(NOTICE_LIMITS.noticeText + 1)).success).toBe(false);
  });

  it('[N4] refuses a note without text, and help text past its cap', () => {
    expect(commandSchema.safeParse({ type: 'help.request', kind: 'note' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'help.request', kind: 'note', text: '  ' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'help.request', kind: 'technical' }).success).toBe(true);
    expect(commandSchema.safeParse({ type: 'help.request', kind: 'technical', text: 'a'.repeat(NOTICE_LIMITS.helpText + 1) }).success).toBe(false);
  });
});

describe('notice.acknowledge', () => {
  const toEveryone = run(openState(), { type: 'notice.send', text: 'Cho mọi người' }, secretary());
  const toSeatTwo = run(openState(), { type: 'notice.send', text: 'Cho ghế 2', seat: 2 }, secretary());

  it('[N2] records who acknowledged a notice to every iPad, delegates and guests alike', () => {
    const once = run(toEveryone, { type: 'notice.acknowledge', noticeId: 'n0' }, seatOne());
    const twice = run(once, { type: 'notice.acknowledge', noticeId: 'n0' }, guest());
    expect(twice.notices[0]?.acknowledgedBy).toEqual(['seat-1', 'guest-1']);
  });

  it('records the time of the acknowledgement in its event', () => {
    expect(accepted(toEveryone, { type: 'notice.acknowledge', noticeId: 'n0' }, seatOne())).toEqual([
      { type: 'notice.acknowledged', noticeId: 'n0', principalId: 'seat-1', at: NOW },
    ]);
  });

  it('[N2] lets only the addressed seat acknowledge a notice to one seat; to the others it does not exist', () => {
    expect(run(toSeatTwo, { type: 'notice.acknowledge', noticeId: 'n0' }, seatTwo()).notices[0]?.acknowledgedBy).toEqual(['seat-2']);
    expect(decide(toSeatTwo, { type: 'notice.acknowledge', noticeId: 'n0' }, seatOne())).toMatchObject({ ok: false, code: 'not_found' });
    expect(decide(toSeatTwo, { type: 'notice.acknowledge', noticeId: 'n0' }, guest())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses an unknown notice', () => {
    expect(decide(toEveryone, { type: 'notice.acknowledge', noticeId: 'nope' }, seatOne())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('[N2] takes a second tap as done: no new event', () => {
    const once = run(toEveryone, { type: 'notice.acknowledge', noticeId: 'n0' }, seatOne());
    expect(accepted(once, { type: 'notice.acknowledge', noticeId: 'n0' }, seatOne())).toEqual([]);
  });
});

describe('help.request and help.resolve', () => {
  it('[N4] records a technical request with the seat, and a note with its text', () => {
    const state = run(run(openState(), { type: 'help.request', kind: 'technical' }, seatOne()), { type: 'help.request', kind: 'note', text: 'Xin thêm bản in tờ trình' }, guest());
    expect(state.helpRequests).toEqual([
      { id: 'seat-1-0', principalId: 'seat-1', seat: 1, kind: 'technical', text: '', at: NOW, resolvedAt: null },
      { id: 'guest-1-0', principalId: 'guest-1', seat: null, kind: 'note', text: 'Xin thêm bản in tờ trình', at: NOW, resolvedAt: null },
    ]);
  });

  it('[N5] marks a request handled with the time and who handled it; handling it again changes nothing', () => {
    const asked = run(openState(), { type: 'help.request', kind: 'technical' }, seatOne());
    const later = ctx('secretary', 'secretary', NOW + 5000);
    expect(accepted(asked, { type: 'help.resolve', requestId: 'seat-1-0' }, later)).toEqual([{ type: 'help.resolved', requestId: 'seat-1-0', at: NOW + 5000, principalId: 'secretary' }]);
    const resolved = run(asked, { type: 'help.resolve', requestId: 'seat-1-0' }, later);
    expect(resolved.helpRequests[0]?.resolvedAt).toBe(NOW + 5000);
    expect(accepted(resolved, { type: 'help.resolve', requestId: 'seat-1-0' }, secretary())).toEqual([]);
  });

  it('[N5] refuses to handle an unknown request', () => {
    expect(decide(openState(), { type: 'help.resolve', requestId: 'nope' }, secretary())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses help requests from the staff and the big screen, and handling from anyone but the secretary', () => {
    for (const context of [secretary(), ctx('chair', 'chair'), ctx('screen', 'screen')]) {
      expect(decide(openState(), { type: 'help.request', kind: 'technical' }, context)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    const asked = run(openState(), { type: 'help.request', kind: 'technical' }, seatOne());
    for (const context of [seatOne(), ctx('chair', 'chair')]) {
      expect(decide(asked, { type: 'help.resolve', requestId: 'seat-1-0' }, context)).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('refuses everything once the session has ended', () => {
    const ended = apply(openState(), { type: 'session.ended', at: NOW });
    expect(decide(ended, { type: 'help.request', kind: 'technical' }, seatOne())).toMatchObject({ ok: false, code: 'session_ended' });
    expect(decide(ended, { type: 'notice.send', text: 'x' }, secretary())).toMatchObject({ ok: false, code: 'session_ended' });
  });
});
