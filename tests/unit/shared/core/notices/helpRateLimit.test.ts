/** The domain limit on help requests: a few per principal a minute, other principals unaffected. */
import { describe, expect, it } from 'vitest';
import { apply, decide } from '../../../../../src/shared/core';
import type { SessionState } from '../../../../../src/shared/protocol';
import { NOTICE_LIMITS } from '../../../../../src/shared/protocol';
import { NOW, sessionState } from '../fixtures';

let nextId = 0;
function ask(state: SessionState, principalId: string, now: number): { state: SessionState; ok: boolean; code?: string } {
  const result = decide(state, { type: 'help.request', kind: 'technical' }, { actor: { id: principalId, role: 'delegate' }, now, newId: () => `h${nextId++}` });
  if (!result.ok) return { state, ok: false, code: result.code };
  return { state: result.events.reduce(apply, state), ok: true };
}

describe('help requests are rate-limited per principal', () => {
  it(`[N4] accepts ${NOTICE_LIMITS.helpPerWindow} requests in a minute from one seat and refuses the rest with rate_limited`, () => {
    let state = sessionState();
    const outcomes: boolean[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const outcome = ask(state, 'seat-1', NOW + index * 50);
      if (!outcome.ok) expect(outcome.code).toBe('rate_limited');
      outcomes.push(outcome.ok);
      state = outcome.state;
    }
    // 1,000 requests over 50 s: the first five pass, nothing more until the window moves on.
    expect(outcomes.filter(Boolean)).toHaveLength(NOTICE_LIMITS.helpPerWindow);
    expect(outcomes.slice(0, NOTICE_LIMITS.helpPerWindow).every(Boolean)).toBe(true);
    expect(state.helpRequests).toHaveLength(NOTICE_LIMITS.helpPerWindow);
  });

  it('[N4] leaves other seats unaffected by one seat that hit the limit', () => {
    let state = sessionState();
    for (let index = 0; index < NOTICE_LIMITS.helpPerWindow; index += 1) state = ask(state, 'seat-1', NOW).state;
    expect(ask(state, 'seat-1', NOW).ok).toBe(false);
    expect(ask(state, 'seat-2', NOW).ok).toBe(true);
  });

  it('[N4] accepts requests again once the oldest left the one-minute window', () => {
    let state = sessionState();
    for (let index = 0; index < NOTICE_LIMITS.helpPerWindow; index += 1) state = ask(state, 'seat-1', NOW + index).state;
    expect(ask(state, 'seat-1', NOW + NOTICE_LIMITS.helpWindowMs - 1).ok).toBe(false);
    expect(ask(state, 'seat-1', NOW + NOTICE_LIMITS.helpWindowMs).ok).toBe(true);
  });
});
