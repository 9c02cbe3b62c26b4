/** The minutes' inputs in the core: the secretary's notes per item and the counting board of a secret ballot. */
import { describe, expect, it } from 'vitest';
import { apply, decide, projectEvent, projectState } from '../../../../../src/shared/core';
import type { Command, DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { clientMessageSchema, MAX_COUNTING_BOARD_MEMBERS, MINUTES_NOTE_LIMIT, sessionStateSchema } from '../../../../../src/shared/protocol';
import { ctxFor, sessionState, voteCreateCommand } from '../fixtures';

const base = sessionState();
const [item] = base.agenda;
if (!item) throw new Error('fixture has no item');

function accepted(state: SessionState, command: Command, role: 'secretary' | 'chair' = 'secretary', id = 'v1'): SessionState {
  const result = decide(state, command, ctxFor(role, () => id));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.events.reduce(apply, state);
}

const election = accepted(base, voteCreateCommand({ kind: 'election', secret: true, names: ['Trần Thị Bình'] }));
const resolution = accepted(base, voteCreateCommand({ kind: 'resolution', secret: true }));
const opened = apply(election, { type: 'vote.opened', voteId: 'v1', openedAt: 1, seated: 2, present: 2, quorumMet: true });
const closed = apply(opened, { type: 'vote.closed', voteId: 'v1', closedAt: 2, tally: { participants: 2, counts: {} }, named: null });
const board = [
  { name: 'Lê Văn Cường', role: 'head' as const },
  { name: 'Phạm Thị Dung', role: 'member' as const },
];

/** Whether a command message passes the edge's schema check. */
function parses(command: unknown): boolean {
  return clientMessageSchema.safeParse({ type: 'command', requestId: 'r1', command }).success;
}

describe('minutes.noteSet', () => {
  it('[M1] sets the secretary’s notes on an item, and an empty text clears them', () => {
    const noted = accepted(base, { type: 'minutes.noteSet', itemId: item.id, text: 'Đại biểu thống nhất.' });
    expect(noted.minutesNotes).toEqual({ [item.id]: 'Đại biểu thống nhất.' });
    expect(accepted(noted, { type: 'minutes.noteSet', itemId: item.id, text: '' }).minutesNotes).toEqual({});
  });

  it('gives no event when the text is unchanged', () => {
    const noted = accepted(base, { type: 'minutes.noteSet', itemId: item.id, text: 'Giữ nguyên' });
    expect(decide(noted, { type: 'minutes.noteSet', itemId: item.id, text: 'Giữ nguyên' }, ctxFor('secretary'))).toEqual({ ok: true, events: [] });
  });

  it('[M1] is refused with not_found for an item that does not exist', () => {
    expect(decide(base, { type: 'minutes.noteSet', itemId: 'no-item', text: 'x' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('is refused with forbidden from the chair, a delegate, a guest and the screen', () => {
    for (const role of ['chair', 'delegate', 'guest', 'screen'] as const) {
      expect(decide(base, { type: 'minutes.noteSet', itemId: item.id, text: 'x' }, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('[M1] is refused at the edge when the text is longer than the limit', () => {
    expect(parses({ type: 'minutes.noteSet', itemId: item.id, text: 'a'.repeat(MINUTES_NOTE_LIMIT) })).toBe(true);
    expect(parses({ type: 'minutes.noteSet', itemId: item.id, text: 'a'.repeat(MINUTES_NOTE_LIMIT + 1) })).toBe(false);
  });
});

describe('vote.countingBoardSet', () => {
  it('[M2] sets the board of a secret election before it opens and after it closes, from the secretary or the chair', () => {
    expect(accepted(election, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }).countingBoards).toEqual({ v1: { members: board } });
    expect(accepted(closed, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, 'chair').countingBoards).toEqual({ v1: { members: board } });
  });

  it('sets the board of a confidence vote', () => {
    const confidence = accepted(base, voteCreateCommand({ kind: 'confidence', secret: true, names: ['Nguyễn Văn An'] }));
    expect(accepted(confidence, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }).countingBoards.v1).toEqual({ members: board });
  });

  it('[M2] is refused with vote_in_progress while the ballot is open', () => {
    expect(decide(opened, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'vote_in_progress' });
  });

  it('[M2] is refused with not_secret_ballot for a resolution, even a secret one', () => {
    expect(decide(resolution, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_secret_ballot' });
  });

  it('is refused with not_found for a vote that does not exist', () => {
    expect(decide(election, { type: 'vote.countingBoardSet', voteId: 'nope', members: board }, ctxFor('chair'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('is refused with invalid for a board with two heads and for a cancelled vote', () => {
    const twoHeads = [...board, { name: 'Vũ Thị Hoa', role: 'head' as const }];
    expect(decide(election, { type: 'vote.countingBoardSet', voteId: 'v1', members: twoHeads }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
    const cancelled = apply(opened, { type: 'vote.cancelled', voteId: 'v1', reason: 'Sai sót' });
    expect(decide(cancelled, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('is refused with forbidden from a delegate, a guest and the screen', () => {
    for (const role of ['delegate', 'guest', 'screen'] as const) {
      expect(decide(election, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, ctxFor(role))).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('is refused at the edge with more members than the limit, or a name that is empty or too long', () => {
    const members = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `Thành viên ${index + 1}`, role: 'member' }));
    expect(parses({ type: 'vote.countingBoardSet', voteId: 'v1', members: members(MAX_COUNTING_BOARD_MEMBERS) })).toBe(true);
    expect(parses({ type: 'vote.countingBoardSet', voteId: 'v1', members: members(MAX_COUNTING_BOARD_MEMBERS + 1) })).toBe(false);
    expect(parses({ type: 'vote.countingBoardSet', voteId: 'v1', members: [{ name: '  ', role: 'head' }] })).toBe(false);
    expect(parses({ type: 'vote.countingBoardSet', voteId: 'v1', members: [{ name: 'a'.repeat(121), role: 'head' }] })).toBe(false);
    expect(parses({ type: 'vote.countingBoardSet', voteId: 'v1', members: [{ name: 'Lê Văn Cường', role: 'chair' }] })).toBe(false);
  });
});

describe('an ended session', () => {
  it('[M4] refuses both with session_ended', () => {
    const ended = apply(election, { type: 'session.ended', at: 3 });
    expect(decide(ended, { type: 'minutes.noteSet', itemId: item.id, text: 'Muộn' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'session_ended' });
    expect(decide(ended, { type: 'vote.countingBoardSet', voteId: 'v1', members: board }, ctxFor('chair'))).toMatchObject({ ok: false, code: 'session_ended' });
  });
});

describe('the minutes’ inputs are staff only', () => {
  const noted = accepted(closed, { type: 'minutes.noteSet', itemId: item.id, text: 'Ghi chép' });
  const full = accepted(noted, { type: 'vote.countingBoardSet', voteId: 'v1', members: board });

  it('[M3] in snapshots: delegates and the screen get neither the notes nor the boards', () => {
    expect(projectState(full, 'staff')).toMatchObject({ minutesNotes: { [item.id]: 'Ghi chép' }, countingBoards: { v1: { members: board } } });
    for (const audience of ['delegate', 'screen'] as const) expect(projectState(full, audience)).toMatchObject({ minutesNotes: {}, countingBoards: {} });
  });

  it('[M3] in events: delegates and the screen never receive them', () => {
    const events: DomainEvent[] = [
      { type: 'minutes.noteSet', itemId: item.id, text: 'Ghi chép' },
      { type: 'vote.countingBoardSet', voteId: 'v1', members: board },
    ];
    for (const event of events) {
      expect(projectEvent(event, 'staff')).toEqual(event);
      expect(projectEvent(event, 'delegate')).toBeNull();
      expect(projectEvent(event, 'screen')).toBeNull();
    }
  });

  it('a snapshot written before the minutes existed still reads, with neither', () => {
    const { minutesNotes: _notes, countingBoards: _boards, ...older } = base;
    expect(sessionStateSchema.parse(JSON.parse(JSON.stringify(older)))).toMatchObject({ minutesNotes: {}, countingBoards: {} });
  });
});
