/** What the iPad keeps of a ballot: a ballot in flight to resend it unchanged, never a secret choice once acknowledged, nothing of a closed vote. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nextBallot } from '../../../../src/renderer/delegate/ballotMachine';
import type { BallotState } from '../../../../src/renderer/delegate/ballotMachine';
import { forgetBallotsExcept, keepBallot, newBallotId, recallBallot } from '../../../../src/renderer/delegate/ballotMemory';
import type { Selection } from '../../../../src/shared/protocol';

/** The Web Storage interface over a Map, standing in for the browser's in this Node test. */
class MapStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  dump(): string {
    return JSON.stringify([...this.items.entries()]);
  }
}

const CHOICE: Selection[] = [
  { row: 'cand-1', option: 'yes' },
  { row: 'cand-3', option: 'yes' },
];
let session: MapStorage;
let local: MapStorage;

beforeEach(() => {
  session = new MapStorage();
  local = new MapStorage();
  Object.assign(globalThis, { window: { sessionStorage: session, localStorage: local } });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

const sending: BallotState = { phase: 'sending', ballotId: 'b1f0c2d3e4a5', selections: CHOICE, waiting: false, hubHolds: false };

describe('ballot memory', () => {
  it('keeps a ballot in flight so that a reload resends it with the same id and selections', () => {
    keepBallot('vote-1', sending, { secret: true, voteOpen: true });
    expect(recallBallot('vote-1')).toEqual({ ...sending, waiting: true });
  });

  it('keeps it in sessionStorage, never in localStorage', () => {
    keepBallot('vote-1', sending, { secret: true, voteOpen: true });
    expect(session.length).toBe(1);
    expect(local.length).toBe(0);
  });

  it('keeps no trace of a secret choice once the ballot is acknowledged: only "recorded" and the receipt', () => {
    keepBallot('vote-1', sending, { secret: true, voteOpen: true });
    const recorded = nextBallot(sending, { type: 'acked', ack: { receipt: 'K7M2-QX4P' } }, { secret: true });
    keepBallot('vote-1', recorded, { secret: true, voteOpen: true });
    expect(session.dump()).not.toContain('cand-');
    expect(session.dump()).not.toContain('selections');
    expect(session.dump()).not.toContain('b1f0c2d3e4a5');
    expect(recallBallot('vote-1')).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: null });
  });

  it('keeps an open vote’s confirmed choice, which is public', () => {
    keepBallot('vote-1', { phase: 'recorded', receipt: 'K7M2-QX4P', selections: CHOICE }, { secret: false, voteOpen: true });
    expect(recallBallot('vote-1')).toEqual({ phase: 'recorded', receipt: 'K7M2-QX4P', selections: CHOICE });
  });

  it('keeps nothing for a vote that is no longer open, except a ballot the hub has not answered yet', () => {
    const recorded: BallotState = { phase: 'recorded', receipt: 'K7M2-QX4P', selections: null };
    keepBallot('vote-1', recorded, { secret: true, voteOpen: true });
    keepBallot('vote-1', recorded, { secret: true, voteOpen: false });
    expect(session.length).toBe(0);
    keepBallot('vote-1', sending, { secret: false, voteOpen: false });
    expect(recallBallot('vote-1')).toMatchObject({ phase: 'sending', waiting: true });
  });

  it('keeps nothing for a ballot still being chosen, refused or closed', () => {
    for (const state of [
      { phase: 'chosen', selections: CHOICE },
      { phase: 'idle', draft: CHOICE, refusal: 'storage_failed' },
      { phase: 'closed', outcome: 'unconfirmed', selections: CHOICE },
    ] satisfies BallotState[]) {
      keepBallot('vote-1', state, { secret: false, voteOpen: true });
      expect(session.length).toBe(0);
    }
  });

  it('forgets the entries of votes that are not open, and every ballot an older version left in localStorage', () => {
    keepBallot('vote-open', sending, { secret: true, voteOpen: true });
    keepBallot('vote-closed', sending, { secret: true, voteOpen: true });
    local.setItem('chamber.ballot.vote-old', JSON.stringify({ ballotId: 'x', selections: CHOICE, receipt: 'AAAA-BBBB', recorded: true }));
    local.setItem('chamber.language', 'vi');
    forgetBallotsExcept(new Set(['vote-open']));
    expect(recallBallot('vote-open')).not.toBeNull();
    expect(recallBallot('vote-closed')).toBeNull();
    expect(local.getItem('chamber.ballot.vote-old')).toBeNull();
    expect(local.getItem('chamber.language')).toBe('vi');
  });

  it('ignores an entry it cannot read rather than trusting it', () => {
    session.setItem('chamber.ballot.vote-1', '{"phase":"sending","ballotId":"short","selections":"for"}');
    expect(recallBallot('vote-1')).toBeNull();
  });

  it('draws ballot ids of 24 hex digits that do not repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newBallotId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
  });
});
