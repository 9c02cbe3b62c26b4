/** The session's lifecycle: preparing → open → ended, and what each status allows. */
import { describe, expect, it } from 'vitest';
import { apply, decide } from '../../../../../src/shared/core';
import type { Command, CommandType, SessionState } from '../../../../../src/shared/protocol';
import { COMMAND_ROLES, COMMAND_TYPES } from '../../../../../src/shared/protocol';
import { commandExamples } from '../commandExamples';
import { applyAll, ctxFor, NOW, preparingState, sessionState, voteCreateCommand } from '../fixtures';

function accepted(result: ReturnType<typeof decide>) {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.message}`);
  return result.events;
}

/** Gives the command as the first role allowed to give it. */
function give(state: SessionState, command: Command) {
  const role = COMMAND_ROLES[command.type][0];
  if (!role) throw new Error(`nobody may give ${command.type}`);
  return decide(state, command, ctxFor(role));
}

const PREPARING_ONLY: CommandType[] = ['session.update', 'session.open', 'sitting.add', 'sitting.update', 'sitting.remove', 'settings.update', 'roster.import'];

describe('the session lifecycle', () => {
  it('[S1] a session made in the console starts preparing; a file or the demo starts open', () => {
    expect(preparingState().session?.status).toBe('preparing');
    expect(sessionState().session?.status).toBe('open');
  });

  it('[S1] session.open moves a preparing session to open, at the hub time', () => {
    const events = accepted(give(preparingState(), { type: 'session.open' }));
    expect(events).toEqual([{ type: 'session.opened', at: NOW }]);
    expect(applyAll(preparingState(), events).session?.status).toBe('open');
  });

  it('the chair may open the session too', () => {
    expect(decide(preparingState(), { type: 'session.open' }, ctxFor('chair')).ok).toBe(true);
  });

  it('session.open is refused with session_not_preparing once the session is open', () => {
    expect(give(sessionState(), { type: 'session.open' })).toMatchObject({ ok: false, code: 'session_not_preparing' });
  });

  it('session.open is refused while no delegate is seated', () => {
    const empty = apply(preparingState(), { type: 'roster.imported', seats: [], guests: [], principals: [] });
    expect(give(empty, { type: 'session.open' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[S1] session.end moves an open session to ended', () => {
    const events = accepted(give(sessionState(), { type: 'session.end' }));
    expect(events).toEqual([{ type: 'session.ended', at: NOW }]);
    expect(applyAll(sessionState(), events).session?.status).toBe('ended');
  });

  it('session.end is refused with session_not_open while the session is being prepared', () => {
    expect(give(preparingState(), { type: 'session.end' })).toMatchObject({ ok: false, code: 'session_not_open' });
  });

  it('[S1] session.end is refused while a vote is open', () => {
    const withVote = applyAll(sessionState(), accepted(decide(sessionState(), voteCreateCommand(), ctxFor('secretary', () => 'v1'))));
    const open = applyAll(withVote, accepted(decide(withVote, { type: 'vote.open', voteId: 'v1' }, ctxFor('chair'))));
    expect(give(open, { type: 'session.end' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('[S2] vote.open is refused with session_not_open while the session is being prepared; preparing a vote is allowed', () => {
    const created = applyAll(preparingState(), accepted(decide(preparingState(), voteCreateCommand(), ctxFor('secretary', () => 'v1'))));
    expect(created.votes.map((vote) => vote.status)).toEqual(['created']);
    expect(decide(created, { type: 'vote.open', voteId: 'v1' }, ctxFor('chair'))).toMatchObject({ ok: false, code: 'session_not_open' });
  });

  for (const type of PREPARING_ONLY) {
    it(`[S2] ${type} is refused with session_not_preparing in an open session`, () => {
      const open = sessionState();
      expect(give(open, commandExamples(open)[type])).toMatchObject({ ok: false, code: 'session_not_preparing' });
    });
  }

  describe('an ended session is read-only', () => {
    const ended = apply(sessionState(), { type: 'session.ended', at: NOW });
    for (const type of COMMAND_TYPES) {
      it(`[S3] refuses ${type} with session_ended`, () => {
        expect(give(ended, commandExamples(ended)[type])).toMatchObject({ ok: false, code: 'session_ended' });
      });
    }
  });

  it('session.opened after the end changes nothing: a session never goes back', () => {
    const ended = apply(sessionState(), { type: 'session.ended', at: NOW });
    expect(apply(ended, { type: 'session.opened', at: NOW + 1 }).session?.status).toBe('ended');
  });
});
