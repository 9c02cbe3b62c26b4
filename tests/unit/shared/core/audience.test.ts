import { describe, expect, it } from 'vitest';
import { audienceOf, createSessionEvents, projectEvent, projectState, projectStoredEvents } from '../../../../src/shared/core';
import { sequentialIds, sessionState, smallSession } from './fixtures';

const state = sessionState();

describe('audiences', () => {
  it('groups secretary and chair as staff', () => {
    expect([audienceOf('secretary'), audienceOf('chair'), audienceOf('delegate'), audienceOf('screen')]).toEqual(['staff', 'staff', 'delegate', 'screen']);
  });

  it('[C6] gives staff the whole state and others no principals', () => {
    expect(projectState(state, 'staff')).toBe(state);
    expect(projectState(state, 'delegate').principals).toEqual({});
    expect(projectState(state, 'screen').principals).toEqual({});
    expect(projectState(state, 'delegate').agenda).toEqual(state.agenda);
  });

  it('[C6] keeps pairing events from delegates and the screen', () => {
    const event = { type: 'pairing.reissued', principalId: 'seat-1', generation: 2 } as const;
    expect(projectEvent(event, 'staff')).toEqual(event);
    expect(projectEvent(event, 'delegate')).toBeNull();
    expect(projectEvent(event, 'screen')).toBeNull();
  });

  it('strips principals from session.created for delegates and the screen', () => {
    const created = createSessionEvents(smallSession, sequentialIds())[0];
    if (created?.type !== 'session.created') throw new Error('expected session.created');
    expect(created.principals.length).toBeGreaterThan(0);
    expect(projectEvent(created, 'delegate')).toEqual({ ...created, principals: [] });
    expect(projectEvent(created, 'screen')).toEqual({ ...created, principals: [] });
    expect(projectEvent(created, 'staff')).toBe(created);
  });

  it('drops the pairing events from a batch of stored events for delegates', () => {
    const events = projectStoredEvents(
      [
        { seq: 1, at: 0, event: { type: 'agenda.currentSet', itemId: null } },
        { seq: 2, at: 0, event: { type: 'pairing.reissued', principalId: 'seat-1', generation: 2 } },
      ],
      'delegate',
    );
    expect(events.map((e) => e.seq)).toEqual([1]);
  });
});
