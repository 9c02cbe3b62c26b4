import { describe, expect, it } from 'vitest';
import { apply, decide, importDocument, initialState, MAX_AGENDA_ITEMS } from '../../../../src/shared/core';
import type { Command, DomainEvent, Role } from '../../../../src/shared/protocol';
import { COMMAND_ROLES, COMMAND_TYPES, ROLES } from '../../../../src/shared/protocol';
import { commandExamples } from './commandExamples';
import { ctxFor, preparingState, sessionState, voteCreateCommand } from './fixtures';

function accepted(result: ReturnType<typeof decide>): DomainEvent[] {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

const state = sessionState();
const [first, second, third] = state.agenda;
const [sittingOne, sittingTwo] = state.sittings;
if (!first || !second || !third || !sittingOne || !sittingTwo) throw new Error('fixture is missing items');

/** One valid example of every command, for the role checks. */
const examples = commandExamples(state);

/** The state with doc-a presented, so presentation.stop has something to stop in the role checks. */
const presenting = apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 1, offset: 0 } });

/** States in which each vote command has something to act on. */
function created(from: typeof state, id: string, kind: 'resolution' | 'hands' = 'resolution') {
  const decision = decide(from, voteCreateCommand({ kind }), ctxFor('secretary', () => id));
  if (!decision.ok) throw new Error(decision.message);
  return decision.events.reduce(apply, from);
}
const withCreated = created(presenting, 'v1');
const withOpen = apply(withCreated, { type: 'vote.opened', voteId: 'v1', openedAt: 1, seated: 2, present: 2, quorumMet: true });
const withOpenHands = apply(created(presenting, 'vh', 'hands'), { type: 'vote.opened', voteId: 'vh', openedAt: 1, seated: 2, present: 2, quorumMet: true });
const withClosed = apply(withOpen, { type: 'vote.closed', voteId: 'v1', closedAt: 2, tally: { participants: 0, counts: {} }, named: [] });
/** A preparing session with an empty third sitting, for the commands only a preparing session takes. */
const preparing = apply(preparingState(), { type: 'sitting.added', sitting: { id: 'sitting-empty', title: 'Phiên dự phòng', date: '2026-12-10', period: 'morning' } });
/** The open session with a guest, for the guest commands. */
const withGuest = apply(presenting, {
  type: 'guest.added',
  guest: { id: 'guest-1', number: 1, name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' },
  principal: { id: 'guest-1', role: 'guest', seat: null, generation: 1 },
});
/** The open session with a notice to every iPad and a help request, for the notice and help commands. */
const withNotice = [
  { type: 'notice.sent', notice: { id: 'n1', text: 'Tài liệu bổ sung', seat: null, sentAt: 1, acknowledgedBy: [] } },
  { type: 'help.requested', request: { id: 'h1', principalId: 'seat-2', seat: 2, kind: 'technical', text: '', at: 1, resolvedAt: null } },
] satisfies DomainEvent[];
/** The floor: guests may answer, a request from the delegate (req-1) and one from the guest, a turn running, a turn paused. */
const guestsAnswering = { ...presenting, settings: { ...presenting.settings, guestsMayAnswer: true } };
const request = { principalId: 'seat-1', seat: 1, kind: 'discussion', itemId: null, requestedAt: 1, questionId: null } as const;
const withRequests = [
  { type: 'speech.requested', request: { ...request, id: 'req-1' } },
  { type: 'speech.requested', request: { ...request, id: 'req-guest', principalId: 'guest', seat: null, kind: 'answer' } },
] satisfies DomainEvent[];
const withSpeechRequests = withRequests.reduce(apply, guestsAnswering);
const turn = { id: 't1', principalId: null, name: 'Giám đốc Sở', seat: null, kind: 'answer', itemId: null, requestId: null, questionId: null, endedAt: null } as const;
const withTurn = apply(presenting, { type: 'speech.granted', turn: { ...turn, timer: { startedAt: 1, limitMs: 60_000, addedMs: 0, pausedAt: null, pausedMs: 0 } } });
const withPausedTurn = apply(withTurn, { type: 'timer.paused', turnId: 't1', at: 2 });
/** Question time: q-1 registered by seat 1 on the topic "Đất đai". */
const withQuestion = apply(presenting, {
  type: 'question.registered',
  question: { id: 'q-1', askerPrincipalId: 'seat-1', askerSeat: 1, text: 'Tiến độ?', addressee: 'Sở Tài chính', topic: 'Đất đai', itemId: null, status: 'registered', registeredAt: 1 },
});
/** The example for a role: a guest withdraws their own request. */
function exampleFor(type: Command['type'], role: Role): Command {
  return type === 'speech.withdraw' && role === 'guest' ? { type, requestId: 'req-guest' } : examples[type];
}
const stateFor: Partial<Record<Command['type'], typeof state>> = {
  // Notices and help requests.
  'notice.acknowledge': withNotice.reduce(apply, presenting),
  'help.resolve': withNotice.reduce(apply, presenting),
  'speech.request': guestsAnswering,
  'speech.withdraw': withSpeechRequests,
  'speech.grant': withSpeechRequests,
  'speech.end': withTurn,
  'timer.pause': withTurn,
  'timer.add': withTurn,
  'timer.resume': withPausedTurn,
  'question.withdraw': withQuestion,
  'question.callGroup': withQuestion,
  'question.markAnswered': withQuestion,
  'question.markWritten': withQuestion,
  'session.update': preparing,
  'session.open': preparing,
  'sitting.add': preparing,
  'sitting.update': preparing,
  'sitting.remove': preparing,
  'settings.update': preparing,
  'roster.import': preparing,
  'guest.update': withGuest,
  'guest.remove': withGuest,
  'vote.remove': withCreated,
  'vote.open': withCreated,
  'vote.cast': withOpen,
  'vote.close': withOpen,
  'vote.cancel': withOpen,
  'vote.enterCounts': withOpenHands,
  'vote.publish': withClosed,
  // "Tôi có mặt" needs a sitting in progress.
  'attendance.confirm': apply(presenting, { type: 'agenda.currentSet', itemId: first.id }),
  // The minutes: a counting board belongs to a secret election.
  'vote.countingBoardSet': accepted(decide(presenting, voteCreateCommand({ kind: 'election', secret: true, names: ['Ứng cử viên'] }), ctxFor('secretary', () => 'v1'))).reduce(apply, presenting),
};

describe('decide: roles', () => {
  for (const type of COMMAND_TYPES) {
    for (const role of ROLES) {
      const allowed = COMMAND_ROLES[type].includes(role);
      it(`[A1] ${allowed ? 'lets' : 'refuses'} the ${role} ${allowed ? 'give' : 'giving'} ${type}`, () => {
        const result = decide(stateFor[type] ?? presenting, exampleFor(type, role), ctxFor(role));
        if (allowed) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, code: 'forbidden' });
      });
    }
  }

  it('refuses every command while no session is loaded', () => {
    expect(decide(initialState, examples['agenda.setCurrent'], ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('decide: agenda.add', () => {
  it('adds an item at the end of its sitting with a fresh id', () => {
    const events = accepted(decide(state, examples['agenda.add'], ctxFor('secretary')));
    expect(events).toEqual([
      { type: 'agenda.itemAdded', index: 2, item: { id: 'new0', sittingId: sittingOne.id, title: 'Mới', kind: 'report', presenter: '', notes: '' } },
    ]);
  });

  it('adds an item at a given position', () => {
    const events = accepted(decide(state, { ...examples['agenda.add'], index: 1 } as Command, ctxFor('secretary')));
    expect(events[0]).toMatchObject({ type: 'agenda.itemAdded', index: 1 });
  });

  it('refuses an unknown sitting', () => {
    const command = { ...examples['agenda.add'], sittingId: 'nope' } as Command;
    expect(decide(state, command, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses a position past the end', () => {
    const command = { ...examples['agenda.add'], index: 4 } as Command;
    expect(decide(state, command, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it(`refuses an item past the limit of ${MAX_AGENDA_ITEMS}`, () => {
    const full = { ...state, agenda: Array.from({ length: MAX_AGENDA_ITEMS }, (_, i) => ({ ...first, id: `x${i}` })) };
    expect(decide(full, examples['agenda.add'], ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('decide: agenda.update', () => {
  it('records only the fields that change', () => {
    const command: Command = { type: 'agenda.update', itemId: first.id, changes: { title: 'Khai mạc kỳ họp', kind: first.kind } };
    expect(accepted(decide(state, command, ctxFor('secretary')))).toEqual([
      { type: 'agenda.itemUpdated', itemId: first.id, changes: { title: 'Khai mạc kỳ họp' } },
    ]);
  });

  it('produces no event when nothing changes', () => {
    const command: Command = { type: 'agenda.update', itemId: first.id, changes: { title: first.title } };
    expect(accepted(decide(state, command, ctxFor('secretary')))).toEqual([]);
  });

  it('moves an item to the end of another sitting', () => {
    const command: Command = { type: 'agenda.update', itemId: first.id, changes: { sittingId: sittingTwo.id } };
    expect(accepted(decide(state, command, ctxFor('secretary')))).toEqual([
      { type: 'agenda.itemUpdated', itemId: first.id, changes: { sittingId: sittingTwo.id } },
      { type: 'agenda.itemMoved', itemId: first.id, toIndex: 2 },
    ]);
  });

  it('refuses an unknown item', () => {
    const command: Command = { type: 'agenda.update', itemId: 'nope', changes: { title: 'x' } };
    expect(decide(state, command, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses an unknown sitting', () => {
    const command: Command = { type: 'agenda.update', itemId: first.id, changes: { sittingId: 'nope' } };
    expect(decide(state, command, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('decide: agenda.move', () => {
  it('moves an item to a new position within its sitting', () => {
    expect(accepted(decide(state, examples['agenda.move'], ctxFor('secretary')))).toEqual([{ type: 'agenda.itemMoved', itemId: first.id, toIndex: 1 }]);
  });

  it('refuses a move out of the item\'s sitting', () => {
    expect(decide(state, { type: 'agenda.move', itemId: first.id, toIndex: 2 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('produces no event for a move to the same place', () => {
    expect(accepted(decide(state, { type: 'agenda.move', itemId: first.id, toIndex: 0 }, ctxFor('secretary')))).toEqual([]);
  });

  it('refuses a position past the end', () => {
    expect(decide(state, { type: 'agenda.move', itemId: first.id, toIndex: 3 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses an unknown item', () => {
    expect(decide(state, { type: 'agenda.move', itemId: 'nope', toIndex: 0 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('decide: agenda.remove', () => {
  it('removes an item', () => {
    expect(accepted(decide(state, examples['agenda.remove'], ctxFor('secretary')))).toEqual([{ type: 'agenda.itemRemoved', itemId: first.id }]);
  });

  it('refuses an unknown item', () => {
    expect(decide(state, { type: 'agenda.remove', itemId: 'nope' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('decide: agenda.setCurrent', () => {
  it('sets the current item, for the secretary and for the chair', () => {
    for (const role of ['secretary', 'chair'] as Role[]) {
      expect(accepted(decide(state, examples['agenda.setCurrent'], ctxFor(role)))).toEqual([{ type: 'agenda.currentSet', itemId: second.id }]);
    }
  });

  it('clears the current item', () => {
    const withCurrent = apply(state, { type: 'agenda.currentSet', itemId: second.id });
    expect(accepted(decide(withCurrent, { type: 'agenda.setCurrent', itemId: null }, ctxFor('secretary')))).toEqual([{ type: 'agenda.currentSet', itemId: null }]);
  });

  it('produces no event when the item is already current', () => {
    const withCurrent = apply(state, { type: 'agenda.currentSet', itemId: second.id });
    expect(accepted(decide(withCurrent, examples['agenda.setCurrent'], ctxFor('secretary')))).toEqual([]);
  });

  it('refuses an unknown item', () => {
    expect(decide(state, { type: 'agenda.setCurrent', itemId: 'nope' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('decide: pairing.reissue', () => {
  it('bumps the generation of a seat', () => {
    expect(accepted(decide(state, examples['pairing.reissue'], ctxFor('secretary')))).toEqual([{ type: 'pairing.reissued', principalId: 'seat-2', generation: 2 }]);
  });

  it('reissues the chair and the screen links', () => {
    for (const principalId of ['chair', 'screen']) {
      expect(accepted(decide(state, { type: 'pairing.reissue', principalId }, ctxFor('secretary')))[0]).toMatchObject({ principalId, generation: 2 });
    }
  });

  it('refuses to reissue the secretary link from a client', () => {
    expect(decide(state, { type: 'pairing.reissue', principalId: 'secretary' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('refuses an unknown principal, including names of Object.prototype', () => {
    for (const principalId of ['seat-99', 'constructor', '__proto__', 'toString']) {
      expect(decide(state, { type: 'pairing.reissue', principalId }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
    }
  });
});

describe('decide: documents', () => {
  it('renames a document, and produces no event for the same title', () => {
    expect(accepted(decide(state, examples['document.update'], ctxFor('secretary')))).toEqual([{ type: 'document.updated', documentId: 'doc-a', title: 'Tờ trình (bản sửa)' }]);
    expect(accepted(decide(state, { type: 'document.update', documentId: 'doc-a', title: 'Tài liệu 1' }, ctxFor('secretary')))).toEqual([]);
  });

  it('moves a document among the documents of its item only', () => {
    expect(accepted(decide(state, examples['document.move'], ctxFor('secretary')))).toEqual([{ type: 'document.moved', documentId: 'doc-b', toIndex: 0 }]);
    expect(decide(state, { type: 'document.move', documentId: 'doc-b', toIndex: 2 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
    expect(accepted(decide(state, { type: 'document.move', documentId: 'doc-b', toIndex: 1 }, ctxFor('secretary')))).toEqual([]);
  });

  it('removes a document', () => {
    expect(accepted(decide(state, examples['document.remove'], ctxFor('secretary')))).toEqual([{ type: 'document.removed', documentId: 'doc-c' }]);
  });

  it('records the first opening of a document by a delegate, and only the first', () => {
    const events = accepted(decide(state, examples['document.open'], ctxFor('delegate')));
    expect(events).toEqual([{ type: 'document.opened', documentId: 'doc-a', principalId: 'seat-1' }]);
    const opened = events.reduce(apply, state);
    expect(accepted(decide(opened, examples['document.open'], ctxFor('delegate')))).toEqual([]);
  });

  it.each([
    ['document.update', { type: 'document.update', documentId: 'nope', title: 'x' }],
    ['document.move', { type: 'document.move', documentId: 'nope', toIndex: 0 }],
    ['document.remove', { type: 'document.remove', documentId: 'nope' }],
    ['document.open', { type: 'document.open', documentId: 'nope' }],
    ['presentation.show', { type: 'presentation.show', documentId: 'nope', page: 1, offset: 0 }],
  ] as const)('refuses %s of an unknown document', (type, command) => {
    const role = COMMAND_ROLES[type][0] ?? 'secretary';
    expect(decide(state, command as Command, ctxFor(role))).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('decide: presentation', () => {
  it('shows a page with the place on it', () => {
    expect(accepted(decide(state, examples['presentation.show'], ctxFor('chair')))).toEqual([
      { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 5, offset: 0.25 } },
    ]);
  });

  it('refuses a page past the end of the document', () => {
    expect(decide(state, { type: 'presentation.show', documentId: 'doc-b', page: 4, offset: 0 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('produces no event when the same place is shown again', () => {
    const shown = accepted(decide(state, examples['presentation.show'], ctxFor('secretary'))).reduce(apply, state);
    expect(accepted(decide(shown, examples['presentation.show'], ctxFor('secretary')))).toEqual([]);
  });

  it('stops presenting, and produces no event when nothing is presented', () => {
    expect(accepted(decide(presenting, { type: 'presentation.stop' }, ctxFor('secretary')))).toEqual([{ type: 'presentation.stopped' }]);
    expect(accepted(decide(state, { type: 'presentation.stop' }, ctxFor('secretary')))).toEqual([]);
  });
});

describe('importDocument', () => {
  const input = { itemId: first.id, title: 'Báo cáo', sha256: 'f'.repeat(64), fileName: 'bao-cao.pdf', bytes: 2048, pages: 7 };

  it('attaches a stored PDF to an item, unopened, as its first version and not supplementary', () => {
    const decision = importDocument(state, input, ctxFor('secretary'));
    expect(decision).toEqual({ ok: true, documentId: 'new0', events: [{ type: 'document.added', document: { id: 'new0', ...input, openedBy: [], version: 1, previous: [], supplementary: false } }] });
  });

  it('gives back the document already there when the same file is attached to the same item again', () => {
    const decision = importDocument(state, { ...input, sha256: '0'.repeat(64) }, ctxFor('secretary'));
    expect(decision).toEqual({ ok: true, documentId: 'doc-a', events: [] });
  });

  it('attaches the same file to another item as a document of its own', () => {
    const decision = importDocument(state, { ...input, itemId: second.id, sha256: '0'.repeat(64) }, ctxFor('secretary'));
    expect(decision.ok && decision.events).toHaveLength(1);
  });

  it('refuses an unknown item, and any role but the secretary', () => {
    expect(importDocument(state, { ...input, itemId: 'nope' }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'not_found' });
    expect(importDocument(state, input, ctxFor('chair'))).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
