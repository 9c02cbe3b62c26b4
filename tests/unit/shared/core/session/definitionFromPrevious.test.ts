/** A new session of the same term, made from the previous one: what carries over and what never does. */
import { describe, expect, it } from 'vitest';
import { createSessionEvents, decide, definitionFromPrevious, nextSessionSchema, replay, sessionDefinitionSchema } from '../../../../../src/shared/core';
import type { NextSession } from '../../../../../src/shared/core';
import type { Command, DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { applyAll, ctxFor, NOW, sequentialIds, sessionState, voteCreateCommand } from '../fixtures';

function accepted(result: ReturnType<typeof decide>): DomainEvent[] {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

function run(state: SessionState, role: 'secretary' | 'chair', command: Command): SessionState {
  return applyAll(state, accepted(decide(state, command, ctxFor(role, () => 'v1'))));
}

/** The small session after a term of use: a vote, a reissued link, a vacancy, a guest, other labels and settings, then ended. */
function previousSession(): SessionState {
  let state = sessionState();
  state = run(state, 'secretary', { type: 'guest.add', guest: { name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' } });
  state = run(state, 'secretary', { type: 'settings.setVoteLabels', labels: { for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' } });
  state = applyAll(state, [{ type: 'settings.updated', settings: { ...state.settings, allowBallotChange: true } }]);
  state = run(state, 'secretary', voteCreateCommand());
  state = run(state, 'chair', { type: 'vote.open', voteId: 'v1' });
  state = run(state, 'chair', { type: 'vote.close', voteId: 'v1' });
  state = run(state, 'secretary', { type: 'pairing.reissue', principalId: 'seat-1' });
  state = applyAll(state, accepted(decide(state, { type: 'seat.vacate', seat: 2, at: NOW + 1, reason: 'Chuyển công tác' }, ctxFor('secretary'))));
  return run(state, 'secretary', { type: 'session.end' });
}

const next: NextSession = {
  title: 'Kỳ họp thứ Hai',
  number: 2,
  kind: 'regular',
  startDate: '2027-07-06',
  endDate: '2027-07-07',
  sittings: [
    { key: 'a', title: 'Phiên thứ nhất', date: '2027-07-06', period: 'morning' },
    { key: 'b', title: 'Phiên thứ hai', date: '2027-07-07', period: 'afternoon' },
  ],
};

describe('definitionFromPrevious', () => {
  const previous = previousSession();
  const { definition, termId, generations } = definitionFromPrevious(previous, next);

  it('copies the council, the roster with its vacancies and guests, the settings and the vote labels', () => {
    expect(definition).toMatchObject({ council: previous.session?.council, councilLevel: 'province', place: previous.session?.place, status: 'preparing', title: 'Kỳ họp thứ Hai', number: 2 });
    expect(definition.seats).toEqual(previous.seats);
    expect(definition.seats[1]).toMatchObject({ seat: 2, vacantFrom: NOW + 1, vacancyReason: 'Chuyển công tác' });
    expect(definition.guests).toEqual([{ number: 1, name: 'Lê Văn Khách', office: 'Sở Tài chính', role: 'guest' }]);
    expect(definition.settings).toEqual(previous.settings);
    expect(definition.settings?.allowBallotChange).toBe(true);
    expect(definition.voteLabels).toEqual({ for: 'Đồng ý', against: 'Không đồng ý', abstain: 'Phiếu trắng' });
  });

  it('starts from the agenda template over the new sittings', () => {
    expect(definition.agenda.map((item) => item.kind)).toEqual(['opening', 'report', 'review', 'discussion', 'questions', 'voting', 'closing']);
    expect(definition.agenda.every((item) => item.documents === undefined)).toBe(true);
  });

  it('[S7] keeps the term id and every link generation, the reissued and the vacated ones included', () => {
    expect(termId).toBe(previous.session?.termId);
    expect(generations['seat-1']).toBe(2);
    expect(generations['seat-2']).toBe(2);
    expect(generations['guest-1']).toBe(1);
    expect(generations.secretary).toBe(1);
  });

  it('is a valid definition', () => {
    expect(sessionDefinitionSchema.safeParse(definition).success).toBe(true);
  });

  it('[S7] the new session: same term and principals with the same generations, so each device keeps its token; no votes, documents or events of the old one', () => {
    const created = createSessionEvents(definition, sequentialIds('next'), { termId, generations });
    expect(created).toHaveLength(1);
    const state = replay(created);
    expect(state.session).toMatchObject({ termId: previous.session?.termId, status: 'preparing', number: 2, kind: 'regular', startDate: '2027-07-06' });
    expect(state.session?.id).not.toBe(previous.session?.id);
    for (const principal of Object.values(previous.principals)) expect(state.principals[principal.id]).toEqual(principal);
    expect(state.votes).toEqual([]);
    expect(state.documents).toEqual([]);
    expect(state.currentItemId).toBeNull();
    expect(state.sittings.map((sitting) => sitting.period)).toEqual(['morning', 'afternoon']);
    expect(state.guests).toEqual(previous.guests);
    expect(state.voteLabels).toEqual(previous.voteLabels);
  });

  it('a vacated seat is not seated in the new session and its revoked link stays revoked', () => {
    const state = replay(createSessionEvents(definition, sequentialIds('next'), { termId, generations }));
    expect(state.seats.filter((seat) => seat.vacantFrom === undefined).map((seat) => seat.seat)).toEqual([1]);
    expect(state.principals['seat-2']?.generation).toBeGreaterThan(1);
  });

  it('[S7] a guest taken off the roster stays off the next session\'s links: one added later under the same number gets a newer link', () => {
    const withoutGuest = run(run(sessionState(), 'secretary', { type: 'guest.add', guest: { name: 'Lê Văn Khách', office: '', role: 'guest' } }), 'secretary', {
      type: 'guest.remove',
      guestId: 'guest-1',
    });
    const { definition: nextDefinition, ...carry } = definitionFromPrevious(withoutGuest, next);
    const following = replay(createSessionEvents(nextDefinition, sequentialIds('next'), carry));
    expect(following.retiredGenerations).toEqual({ 'guest-1': 1 });
    const added = run(following, 'secretary', { type: 'guest.add', guest: { name: 'Khách khác', office: '', role: 'guest' } });
    expect(added.principals['guest-1']?.generation).toBe(2);
  });

  it('[S7] a session created without a previous one starts its own term: termId = its id, every link at generation 1', () => {
    const state = replay(createSessionEvents(definition, sequentialIds('fresh')));
    expect(state.session?.termId).toBe(state.session?.id);
    expect(Object.values(state.principals).every((principal) => principal.generation === 1)).toBe(true);
  });

  it('the request schema refuses an end before the start, sittings sharing a key, a sitting outside the session\'s dates, and no sittings', () => {
    expect(nextSessionSchema.safeParse(next).success).toBe(true);
    expect(nextSessionSchema.safeParse({ ...next, startDate: '2027-07-08' }).success).toBe(false);
    expect(nextSessionSchema.safeParse({ ...next, sittings: [next.sittings[0], next.sittings[0]] }).success).toBe(false);
    expect(nextSessionSchema.safeParse({ ...next, sittings: [{ key: 'x', title: 'Phiên thứ nhất', date: '2020-01-01', period: 'morning' }] }).success).toBe(false);
    expect(nextSessionSchema.safeParse({ ...next, sittings: [] }).success).toBe(false);
  });

  it('the definition schema refuses a sitting held outside the session\'s dates, and takes one when the dates are not given', () => {
    const { definition: made } = definitionFromPrevious(previousSession(), next);
    expect(sessionDefinitionSchema.safeParse(made).success).toBe(true);
    const late = { ...made, sittings: [...made.sittings, { key: 'late', title: 'Phiên bổ sung', date: '2027-08-01' }] };
    expect(sessionDefinitionSchema.safeParse(late).success).toBe(false);
    expect(sessionDefinitionSchema.safeParse({ ...late, startDate: null, endDate: null }).success).toBe(true);
  });
});

describe('sessionDefinitionSchema', () => {
  const { definition } = definitionFromPrevious(previousSession(), next);

  it('refuses a seat listed twice and a roster past the limit', () => {
    const first = definition.seats[0];
    if (!first) throw new Error('fixture has no seat');
    expect(sessionDefinitionSchema.safeParse({ ...definition, seats: [...definition.seats, first] }).success).toBe(false);
    const guests = Array.from({ length: 2000 }, (_, index) => ({ name: `Khách ${index}`, office: '', role: 'guest' as const }));
    expect(sessionDefinitionSchema.safeParse({ ...definition, guests }).success).toBe(false);
  });

  it('accepts a definition with no roster yet: the console imports it later', () => {
    expect(sessionDefinitionSchema.safeParse({ ...definition, seats: [], guests: [] }).success).toBe(true);
  });
});
