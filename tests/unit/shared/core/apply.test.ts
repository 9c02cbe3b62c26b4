import { describe, expect, it } from 'vitest';
import { apply, createSessionEvents, initialState, replay } from '../../../../src/shared/core';
import { sequentialIds, sessionState, smallSession } from './fixtures';

const state = sessionState();
const [first, second, third] = state.agenda;
if (!first || !second || !third) throw new Error('fixture is missing items');

describe('apply', () => {
  it('session.created loads sittings, seats, agenda and one principal per seat plus secretary, chair and screen', () => {
    const created = replay(createSessionEvents(smallSession, sequentialIds()));
    expect(created.session?.title).toBe(smallSession.title);
    expect(created.sittings.map((s) => s.title)).toEqual(['Phiên thứ nhất', 'Phiên thứ hai']);
    expect(created.agenda.map((item) => item.title)).toEqual(['Khai mạc', 'Báo cáo', 'Bế mạc']);
    expect(created.agenda[2]?.sittingId).toBe(created.sittings[1]?.id);
    expect(Object.keys(created.principals).sort()).toEqual(['chair', 'screen', 'seat-1', 'seat-2', 'secretary']);
    expect(created.currentItemId).toBeNull();
  });

  it('agenda.itemAdded inserts at the index', () => {
    const item = { ...first, id: 'added', title: 'Chen vào' };
    expect(apply(state, { type: 'agenda.itemAdded', item, index: 1 }).agenda.map((i) => i.id)).toEqual([first.id, 'added', second.id, third.id]);
  });

  it('agenda.itemUpdated changes only the given fields', () => {
    const next = apply(state, { type: 'agenda.itemUpdated', itemId: second.id, changes: { title: 'Báo cáo mới' } });
    expect(next.agenda[1]).toEqual({ ...second, title: 'Báo cáo mới' });
    expect(next.agenda[0]).toBe(first);
  });

  it('agenda.itemMoved reorders', () => {
    expect(apply(state, { type: 'agenda.itemMoved', itemId: third.id, toIndex: 0 }).agenda.map((i) => i.id)).toEqual([third.id, first.id, second.id]);
  });

  it('agenda.itemMoved of an item already gone leaves the state as it was', () => {
    expect(apply(state, { type: 'agenda.itemMoved', itemId: 'gone', toIndex: 0 })).toBe(state);
  });

  it('agenda.itemRemoved removes the item and clears it as current', () => {
    const current = apply(state, { type: 'agenda.currentSet', itemId: second.id });
    const next = apply(current, { type: 'agenda.itemRemoved', itemId: second.id });
    expect(next.agenda.map((i) => i.id)).toEqual([first.id, third.id]);
    expect(next.currentItemId).toBeNull();
  });

  it('agenda.itemRemoved of another item keeps the current item', () => {
    const current = apply(state, { type: 'agenda.currentSet', itemId: second.id });
    expect(apply(current, { type: 'agenda.itemRemoved', itemId: third.id }).currentItemId).toBe(second.id);
  });

  it('agenda.currentSet sets and clears the current item', () => {
    const set = apply(state, { type: 'agenda.currentSet', itemId: third.id });
    expect(set.currentItemId).toBe(third.id);
    expect(apply(set, { type: 'agenda.currentSet', itemId: null }).currentItemId).toBeNull();
  });

  it('pairing.reissued bumps the principal generation', () => {
    expect(apply(state, { type: 'pairing.reissued', principalId: 'seat-1', generation: 2 }).principals['seat-1']?.generation).toBe(2);
  });

  it('pairing.reissued for an unknown principal leaves the state as it was', () => {
    expect(apply(state, { type: 'pairing.reissued', principalId: 'constructor', generation: 2 })).toBe(state);
  });

  it('never mutates the state it is given', () => {
    const frozen = structuredClone(state);
    apply(state, { type: 'agenda.itemMoved', itemId: third.id, toIndex: 0 });
    apply(state, { type: 'agenda.itemRemoved', itemId: first.id });
    expect(state).toEqual(frozen);
  });

  it('starts from an empty state', () => {
    expect(initialState.session).toBeNull();
    expect(initialState.agenda).toEqual([]);
  });
});

describe('apply: documents and presentation', () => {
  it('document.moved reorders within the item and leaves other items alone', () => {
    const next = apply(state, { type: 'document.moved', documentId: 'doc-b', toIndex: 0 });
    expect(next.documents.map((d) => d.id)).toEqual(['doc-b', 'doc-a', 'doc-c']);
  });

  it('document.removed stops a presentation of that document', () => {
    const shown = apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 2, offset: 0 } });
    const next = apply(shown, { type: 'document.removed', documentId: 'doc-a' });
    expect(next.documents.map((d) => d.id)).toEqual(['doc-b', 'doc-c']);
    expect(next.presentation).toBeNull();
  });

  it('agenda.itemRemoved removes the item’s documents too', () => {
    expect(apply(state, { type: 'agenda.itemRemoved', itemId: first.id }).documents.map((d) => d.id)).toEqual(['doc-c']);
  });

  it('document.opened adds the delegate once', () => {
    const once = apply(state, { type: 'document.opened', documentId: 'doc-c', principalId: 'seat-2' });
    const twice = apply(once, { type: 'document.opened', documentId: 'doc-c', principalId: 'seat-2' });
    expect(twice.documents[2]?.openedBy).toEqual(['seat-2']);
  });

  it('document.updated renames', () => {
    expect(apply(state, { type: 'document.updated', documentId: 'doc-b', title: 'Mới' }).documents[1]?.title).toBe('Mới');
  });

  it('presentation.shown and presentation.stopped set and clear what is shown', () => {
    const shown = apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-c', page: 3, offset: 0.5 } });
    expect(shown.presentation).toEqual({ documentId: 'doc-c', page: 3, offset: 0.5 });
    expect(apply(shown, { type: 'presentation.stopped' }).presentation).toBeNull();
  });
});
