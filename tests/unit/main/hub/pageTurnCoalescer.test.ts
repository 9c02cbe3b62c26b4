/** Page turns folded into one commit per window, driven by vitest's fake timers through the hub's real clock. */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoSession } from '../../../../src/main/hub/demoSession';
import { createPageTurnCoalescer, PAGE_TURN_WINDOW_MS } from '../../../../src/main/hub/pageTurnCoalescer';
import { createSessionEngine } from '../../../../src/main/hub/sessionEngine';
import type { ExecuteResult, SessionEngine } from '../../../../src/main/hub/sessionEngine';
import { createMemoryEventLog } from '../../../../src/main/hub/store/memoryEventLog';
import { findPrincipal } from '../../../../src/shared/core';
import type { Principal } from '../../../../src/shared/protocol';

const START = Date.UTC(2026, 0, 1, 8, 0, 0);
const PAGES = 200;

let engine: SessionEngine;
let secretary: Principal;
let documentId: string;
/** Each commit of a page turn: when (ms after START) and which page. */
let commits: Array<{ at: number; page: number }>;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  engine = createSessionEngine({ log: createMemoryEventLog(), key: randomBytes(32) });
  engine.seedIfEmpty(demoSession());
  const found = findPrincipal(engine.state(), 'secretary');
  if (!found) throw new Error('the demo session has no secretary');
  secretary = found;
  const itemId = engine.state().agenda[0]?.id ?? '';
  const imported = engine.importDocument(secretary, { itemId, title: 'Tờ trình', sha256: 'a'.repeat(64), fileName: 'to-trinh.pdf', bytes: 1000, pages: PAGES });
  if (!imported.ok) throw new Error(imported.message);
  documentId = imported.documentId;
  commits = [];
  engine.onCommit((events) => {
    for (const { event } of events) if (event.type === 'presentation.shown') commits.push({ at: Date.now() - START, page: event.presentation.page });
  });
});

afterEach(() => {
  vi.useRealTimers();
});

const show = (page: number) => ({ type: 'presentation.show' as const, documentId, page, offset: 0 });

/** Submits a turn and returns the place its reply will be written to. */
function turn(coalescer: ReturnType<typeof createPageTurnCoalescer>, page: number): { result: ExecuteResult | null } {
  const reply: { result: ExecuteResult | null } = { result: null };
  coalescer.submit(secretary, show(page), (result) => (reply.result = result));
  return reply;
}

describe('page-turn coalescer', () => {
  it('commits the first turn after a pause at once, and acknowledges it with its seq', () => {
    const coalescer = createPageTurnCoalescer(engine);
    const reply = turn(coalescer, 2);
    expect(commits).toEqual([{ at: 0, page: 2 }]);
    expect(reply.result).toMatchObject({ ok: true, seq: engine.seq() });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('folds the turns within the window into one commit at its end, latest wins, and every sender gets that commit’s seq', () => {
    const coalescer = createPageTurnCoalescer(engine);
    turn(coalescer, 1);
    vi.advanceTimersByTime(10);
    const folded = [2, 3, 4].map((page) => turn(coalescer, page));
    vi.advanceTimersByTime(PAGE_TURN_WINDOW_MS - 10 - 1);
    expect(commits).toEqual([{ at: 0, page: 1 }]);
    expect(folded.map((reply) => reply.result)).toEqual([null, null, null]);
    vi.advanceTimersByTime(1);
    expect(commits).toEqual([
      { at: 0, page: 1 },
      { at: PAGE_TURN_WINDOW_MS, page: 4 },
    ]);
    expect(engine.state().presentation).toEqual({ documentId, page: 4, offset: 0 });
    for (const reply of folded) expect(reply.result).toMatchObject({ ok: true, seq: engine.seq() });
  });

  it('commits a held-down clicker once per window, at exact window boundaries, and the last turn lands', () => {
    const coalescer = createPageTurnCoalescer(engine);
    const replies: Array<{ result: ExecuteResult | null }> = [];
    // A turn every 10 ms for half a second: pages 1 to 50.
    for (let page = 1; page <= 50; page += 1) {
      replies.push(turn(coalescer, page));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(PAGE_TURN_WINDOW_MS);
    expect(commits.map((commit) => commit.at)).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
    // Each commit carries the newest turn sent before it.
    expect(commits.map((commit) => commit.page)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(replies.every((reply) => reply.result?.ok === true)).toBe(true);
    expect(new Set(replies.map((reply) => (reply.result?.ok ? reply.result.seq : null))).size).toBe(commits.length);
    expect(engine.state().presentation?.page).toBe(50);
  });

  it('commits at once again after a pause longer than the window', () => {
    const coalescer = createPageTurnCoalescer(engine);
    turn(coalescer, 1);
    vi.advanceTimersByTime(PAGE_TURN_WINDOW_MS);
    turn(coalescer, 2);
    expect(commits).toEqual([
      { at: 0, page: 1 },
      { at: PAGE_TURN_WINDOW_MS, page: 2 },
    ]);
  });

  it('refuses a turn past the last page at once, without touching the pending turn', () => {
    const coalescer = createPageTurnCoalescer(engine);
    turn(coalescer, 1);
    const pending = turn(coalescer, 7);
    const refused = turn(coalescer, PAGES + 1);
    expect(refused.result).toMatchObject({ ok: false, code: 'invalid' });
    expect(pending.result).toBeNull();
    vi.advanceTimersByTime(PAGE_TURN_WINDOW_MS);
    expect(commits.map((commit) => commit.page)).toEqual([1, 7]);
    expect(pending.result).toMatchObject({ ok: true });
  });

  it('flush commits the pending turn at once and leaves no timer behind, as the hub does before another command and when it stops', () => {
    const coalescer = createPageTurnCoalescer(engine);
    turn(coalescer, 1);
    const pending = turn(coalescer, 9);
    expect(vi.getTimerCount()).toBe(1);
    coalescer.flush();
    expect(commits).toEqual([
      { at: 0, page: 1 },
      { at: 0, page: 9 },
    ]);
    expect(pending.result).toMatchObject({ ok: true, seq: engine.seq() });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * PAGE_TURN_WINDOW_MS);
    expect(commits).toHaveLength(2);
  });

  it('a flush with nothing pending commits nothing', () => {
    const coalescer = createPageTurnCoalescer(engine);
    const seq = engine.seq();
    coalescer.flush();
    expect(engine.seq()).toBe(seq);
  });
});
