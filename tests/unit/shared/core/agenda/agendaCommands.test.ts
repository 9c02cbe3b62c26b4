import { describe, expect, it } from 'vitest';
import { apply, countSittingRuns, createSessionEvents, decide, initialState, isGroupedBySitting } from '../../../../../src/shared/core';
import type { AgendaItem, Command, DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { ctxFor, sequentialIds, sessionState, smallSession } from '../fixtures';

function accepted(state: SessionState, command: Command): SessionState {
  const decision = decide(state, command, ctxFor('secretary', sequentialIds('x')));
  if (!decision.ok) throw new Error(`expected acceptance, got ${decision.code}: ${decision.message}`);
  return decision.events.reduce(apply, state);
}

const titles = (state: SessionState) => state.agenda.map((item) => item.title);
const state = sessionState();
const [sittingOne, sittingTwo] = state.sittings;
const [opening, report, closing] = state.agenda;
if (!sittingOne || !sittingTwo || !opening || !report || !closing) throw new Error('fixture is missing items');

const addTo = (sittingId: string, title: string, index?: number): Command => ({
  type: 'agenda.add',
  sittingId,
  title,
  kind: 'report',
  presenter: '',
  notes: '',
  ...(index === undefined ? {} : { index }),
});

describe('agenda: a new item goes where its sitting is', () => {
  it('[G2] places an item added to the first sitting after that sitting\'s items, before the next sitting', () => {
    expect(titles(accepted(state, addTo(sittingOne.id, 'Tờ trình mới')))).toEqual(['Khai mạc', 'Báo cáo', 'Tờ trình mới', 'Bế mạc']);
  });

  it('[G2] places an item added to a sitting with no items after the items of earlier sittings', () => {
    const onlyFirst = accepted(state, { type: 'agenda.remove', itemId: closing.id });
    const withSecond = accepted(onlyFirst, addTo(sittingTwo.id, 'Bế mạc mới'));
    const withFirst = accepted(withSecond, addTo(sittingOne.id, 'Thêm'));
    expect(titles(withFirst)).toEqual(['Khai mạc', 'Báo cáo', 'Thêm', 'Bế mạc mới']);
  });

  it('[G1] [G2] refuses an explicit position inside another sitting', () => {
    expect(decide(state, addTo(sittingTwo.id, 'Lạc chỗ', 0), ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[G2] accepts an explicit position inside the item\'s own sitting', () => {
    expect(titles(accepted(state, addTo(sittingOne.id, 'Đầu', 0)))).toEqual(['Đầu', 'Khai mạc', 'Báo cáo', 'Bế mạc']);
  });
});

describe('agenda: a move never splits a sitting', () => {
  it('[G3] refuses to move the last item of a sitting further down, with a reason that names the sitting', () => {
    const decision = decide(state, { type: 'agenda.move', itemId: report.id, toIndex: 2 }, ctxFor('secretary'));
    expect(decision).toMatchObject({ ok: false, code: 'invalid' });
    expect(decision.ok ? '' : decision.message).toMatch(/sitting/);
  });

  it('[G3] refuses to move the first item of a sitting further up', () => {
    expect(decide(state, { type: 'agenda.move', itemId: closing.id, toIndex: 1 }, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[G3] moves an item up within its sitting', () => {
    expect(titles(accepted(state, { type: 'agenda.move', itemId: report.id, toIndex: 0 }))).toEqual(['Báo cáo', 'Khai mạc', 'Bế mạc']);
  });

  it('[G4] moves an item given another sitting to the end of that sitting', () => {
    const moved = accepted(state, { type: 'agenda.update', itemId: closing.id, changes: { sittingId: sittingOne.id } });
    expect(titles(moved)).toEqual(['Khai mạc', 'Báo cáo', 'Bế mạc']);
    const back = accepted(state, { type: 'agenda.update', itemId: opening.id, changes: { sittingId: sittingTwo.id } });
    expect(titles(back)).toEqual(['Báo cáo', 'Bế mạc', 'Khai mạc']);
    expect(isGroupedBySitting(back.agenda, back.sittings)).toBe(true);
  });
});

describe('agenda: logs written before the order rule', () => {
  /** What the old hub wrote for an item added to the first sitting: index = end of the agenda. */
  const legacyAdd: DomainEvent = {
    type: 'agenda.itemAdded',
    index: 3,
    item: { id: 'old', sittingId: sittingOne.id, title: 'Thêm cũ', kind: 'report', presenter: '', notes: '' },
  };
  const legacy = apply(state, legacyAdd);

  it('[G5] replays an old log to the same split order it had', () => {
    expect(titles(legacy)).toEqual(['Khai mạc', 'Báo cáo', 'Bế mạc', 'Thêm cũ']);
    expect(countSittingRuns(legacy.agenda)).toBe(3);
  });

  it('[G5] lets the secretary join a stray item to its sitting by moving it', () => {
    const healed = accepted(legacy, { type: 'agenda.move', itemId: 'old', toIndex: 2 });
    expect(titles(healed)).toEqual(['Khai mạc', 'Báo cáo', 'Thêm cũ', 'Bế mạc']);
    expect(isGroupedBySitting(healed.agenda, healed.sittings)).toBe(true);
  });

  it('[G5] refuses a move that would add a heading to a split agenda', () => {
    const withClosingItem = apply(legacy, { type: 'agenda.itemAdded', index: 4, item: { ...closing, id: 'late', title: 'Bế mạc 2' } });
    expect(countSittingRuns(withClosingItem.agenda)).toBe(4);
    const splitting: Command = { type: 'agenda.move', itemId: report.id, toIndex: 4 };
    expect(decide(withClosingItem, splitting, ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[G5] adds to a split sitting after its last item', () => {
    expect(titles(accepted(legacy, addTo(sittingOne.id, 'Mới')))).toEqual(['Khai mạc', 'Báo cáo', 'Bế mạc', 'Thêm cũ', 'Mới']);
  });
});

describe('agenda: a new session', () => {
  it('[G6] groups a hand-written agenda by sitting, keeping the written order within each sitting', () => {
    const shuffled = { ...smallSession, agenda: [smallSession.agenda[2], smallSession.agenda[0], smallSession.agenda[1]].filter((item) => item !== undefined) };
    const created = createSessionEvents(shuffled, sequentialIds('s')).reduce(apply, initialState);
    expect(created.agenda.map((item: AgendaItem) => item.title)).toEqual(['Khai mạc', 'Báo cáo', 'Bế mạc']);
  });
});
