import { describe, expect, it } from 'vitest';
import { apply, nextAutoChangeAt, shownScreenMode } from '../../../../../src/shared/core';
import type { DomainEvent, SessionState } from '../../../../../src/shared/protocol';
import { sessionState } from '../fixtures';

const PUBLISHED_AT = 1_800_000_000_000;
const tally = { participants: 2, counts: { motion: { for: 2, against: 0, abstain: 0 } } };
const base = sessionState();
const [first, second] = base.agenda;
const firstId = first?.id ?? null;

function onItem(state: SessionState, itemId: string | null): SessionState {
  return apply(state, { type: 'agenda.currentSet', itemId });
}

/** A resolution vote on `itemId`, taken to `status`: opened at 1, closed at 2, published at PUBLISHED_AT. */
function voted(state: SessionState, itemId: string | null, status: 'open' | 'published'): SessionState {
  const events: DomainEvent[] = [
    {
      type: 'vote.created',
      vote: {
        status: 'created', id: 'v1', itemId, title: 'Nghị quyết', kind: 'resolution', secret: false, rows: [{ id: 'motion', label: 'Nghị quyết' }],
        options: [{ id: 'for', label: 'Tán thành' }, { id: 'against', label: 'Không tán thành' }, { id: 'abstain', label: 'Không biểu quyết' }],
        maxChoices: 1, rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' }, quorum: { numerator: 2, denominator: 3, mode: 'warn' }, durationSeconds: null, allowChange: false,
      },
    },
    { type: 'vote.opened', voteId: 'v1', openedAt: 1, seated: 2, present: 2, quorumMet: true },
  ];
  if (status === 'published') {
    events.push({ type: 'vote.closed', voteId: 'v1', closedAt: 2, tally, named: [] }, { type: 'vote.published', voteId: 'v1', tally, at: PUBLISHED_AT });
  }
  return events.reduce(apply, state);
}

function speaking(state: SessionState): SessionState {
  return apply(state, {
    type: 'speech.granted',
    turn: {
      id: 't1', principalId: 'seat-2', name: 'Trần Thị Bình', seat: 2, kind: 'discussion', itemId: firstId, requestId: null, questionId: null, endedAt: null,
      timer: { startedAt: PUBLISHED_AT + 5_000, limitMs: 420_000, addedMs: 0, pausedAt: null, pausedMs: 0 },
    },
  });
}

function presenting(state: SessionState): SessionState {
  return apply(state, { type: 'presentation.shown', presentation: { documentId: 'doc-a', page: 2, offset: 0 } });
}

const SECOND = 1000;

describe('the big screen in auto mode', () => {
  const onFirst = onItem(base, firstId);

  it('[B3] shows the current item when nothing else is going on', () => {
    expect(shownScreenMode(onFirst, PUBLISHED_AT)).toBe('item');
  });

  it('[B3] shows the presented page while a document is presented', () => {
    expect(shownScreenMode(presenting(onFirst), PUBLISHED_AT)).toBe('page');
  });

  it('[B3] gives the screen to a speaker while the turn lasts, paused or not, and back to the item when it ends', () => {
    const withSpeaker = speaking(onFirst);
    expect(shownScreenMode(withSpeaker, PUBLISHED_AT + 10 * SECOND)).toBe('speaker');
    expect(shownScreenMode(presenting(withSpeaker), PUBLISHED_AT + 10 * SECOND)).toBe('speaker');
    const paused = apply(withSpeaker, { type: 'timer.paused', turnId: 't1', at: PUBLISHED_AT + 20 * SECOND });
    expect(shownScreenMode(paused, PUBLISHED_AT + 30 * SECOND)).toBe('speaker');
    const ended = apply(withSpeaker, { type: 'speech.ended', turnId: 't1', at: PUBLISHED_AT + 60 * SECOND, spokenMs: 55 * SECOND });
    expect(shownScreenMode(ended, PUBLISHED_AT + 61 * SECOND)).toBe('item');
  });

  it('[B3] shows an open vote, even over a speaker', () => {
    expect(shownScreenMode(speaking(voted(onFirst, firstId, 'open')), PUBLISHED_AT)).toBe('result');
  });

  it('[B3] holds a published result for resultHoldSeconds, then returns to the current item', () => {
    const published = voted(onFirst, firstId, 'published');
    expect(published.screen.resultHoldSeconds).toBe(60);
    expect(shownScreenMode(published, PUBLISHED_AT)).toBe('result');
    expect(shownScreenMode(published, PUBLISHED_AT + 59 * SECOND)).toBe('result');
    expect(shownScreenMode(published, PUBLISHED_AT + 60 * SECOND)).toBe('item');
    expect(nextAutoChangeAt(published)).toBe(PUBLISHED_AT + 60 * SECOND);
  });

  it('[B3] follows the hold time the secretary set', () => {
    const published = apply(voted(onFirst, firstId, 'published'), { type: 'screen.resultHoldSet', seconds: 10 });
    expect(shownScreenMode(published, PUBLISHED_AT + 9 * SECOND)).toBe('result');
    expect(shownScreenMode(published, PUBLISHED_AT + 10 * SECOND)).toBe('item');
  });

  it('[B3] lets a speaker take the screen from a held result', () => {
    const published = speaking(voted(onFirst, firstId, 'published'));
    expect(shownScreenMode(published, PUBLISHED_AT + 5 * SECOND)).toBe('speaker');
  });

  it('[B3] ends the hold early when the hall moves to another item or page', () => {
    const published = voted(onFirst, firstId, 'published');
    expect(shownScreenMode(onItem(published, second?.id ?? null), PUBLISHED_AT + SECOND)).toBe('item');
    expect(shownScreenMode(presenting(published), PUBLISHED_AT + SECOND)).toBe('page');
  });

  it('[B5] keeps a result published before times were recorded while its item is current', () => {
    const published = voted(onFirst, firstId, 'published');
    const untimed: SessionState = { ...published, votes: published.votes.map((vote) => (vote.status === 'published' ? { ...vote, publishedAt: undefined } : vote)) };
    expect(shownScreenMode(untimed, PUBLISHED_AT + 3600 * SECOND)).toBe('result');
    expect(nextAutoChangeAt(untimed)).toBeNull();
  });
});

describe('the big screen in a mode the secretary picked', () => {
  it('[B3] shows that mode whatever the session does', () => {
    const busy = speaking(voted(onItem(base, firstId), firstId, 'open'));
    for (const mode of ['item', 'speaker', 'attendance', 'page', 'result', 'clock', 'blank', 'emblem'] as const) {
      const picked = apply(busy, { type: 'screen.modeSet', mode, at: PUBLISHED_AT });
      expect(shownScreenMode(picked, PUBLISHED_AT)).toBe(mode);
      expect(nextAutoChangeAt(picked)).toBeNull();
    }
  });
});
