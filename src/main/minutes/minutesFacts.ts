/**
 * One pass over the log: the final state, plus what the state forgets and the
 * minutes need — when each sitting was under way (its first and last event),
 * the sitting each vote was opened in, how long each turn was spoken, and when
 * the session ended. Linear in the number of events: one replay, no re-replay.
 */
import { apply, initialState, rollSittingForVote, sittingInProgress } from '../../shared/core';
import type { SessionState, StoredEvent } from '../../shared/protocol';

export interface SittingSpan {
  firstAt: number;
  lastAt: number;
}

export interface MinutesFacts {
  state: SessionState;
  /** Per sitting id: the first and last event while it was in progress. */
  spans: ReadonlyMap<string, SittingSpan>;
  /** Per vote id: the sitting in progress when it opened (else its item's sitting). */
  voteSittings: ReadonlyMap<string, string | null>;
  /** Per turn id: the time spoken, pauses left out. */
  spokenMs: ReadonlyMap<string, number>;
  /** When the session was ended (bế mạc), or null. */
  endedAt: number | null;
}

export function collectMinutesFacts(events: readonly StoredEvent[]): MinutesFacts {
  let state = initialState;
  const spans = new Map<string, SittingSpan>();
  const voteSittings = new Map<string, string | null>();
  const spokenMs = new Map<string, number>();
  let endedAt: number | null = null;
  for (const stored of events) {
    const before = sittingInProgress(state);
    const { event } = stored;
    state = apply(state, event);
    // The event that ends the session still belongs to the sitting it ends; moving to another sitting's item starts that one.
    const sitting = sittingInProgress(state) ?? before;
    if (sitting !== null) {
      const span = spans.get(sitting);
      if (span) span.lastAt = stored.at;
      else spans.set(sitting, { firstAt: stored.at, lastAt: stored.at });
    }
    switch (event.type) {
      case 'vote.opened': {
        const vote = state.votes.find((candidate) => candidate.id === event.voteId);
        voteSittings.set(event.voteId, rollSittingForVote(state, vote?.itemId ?? null));
        break;
      }
      case 'speech.ended':
        spokenMs.set(event.turnId, event.spokenMs);
        break;
      case 'session.ended':
        endedAt = event.at;
        break;
      default:
        break;
    }
  }
  return { state, spans, voteSittings, spokenMs, endedAt };
}
