import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BallotLayout, BallotStore, CastInput } from '../../../../../src/main/hub/voting/ballotStore';
import { openBallotStore } from '../../../../../src/main/hub/voting/ballotStore';
import { openBallotDatabase } from '../../../../../src/main/hub/voting/openBallotDatabase';
import { tallyBallots } from '../../../../../src/shared/core';
import type { Selection } from '../../../../../src/shared/protocol';
import { counterPlaces } from '../../../../helpers/dataFolderForensics';
import { readSqliteImage } from '../../../../helpers/sqlitePages';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';
import { RESOLUTION_LAYOUT } from '../../../../helpers/voting';


let dir: string;
let stores: BallotStore[];
beforeEach(() => {
  dir = makeDataDir();
  stores = [];
});
afterEach(() => {
  for (const store of stores) store.close();
  removeDataDir(dir);
});

function open(name = 'ballots.sqlite'): BallotStore {
  const store = openBallotStore(join(dir, name));
  stores.push(store);
  return store;
}

function cast(overrides: Partial<CastInput> & Pick<CastInput, 'seat'>): CastInput {
  return { voteId: 'vote-1', ballotId: `ballot-${overrides.seat}`, selections: [{ row: 'motion', option: 'for' }], secret: true, allowChange: false, layout: RESOLUTION_LAYOUT, ...overrides };
}

/** A layout of 1–6 rows and 1–3 options, and ballots that answer any rows of it at most once each. */
const layoutAndBallots = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), options: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, options }) => {
    const layout: BallotLayout = {
      rows: Array.from({ length: rows }, (_, i) => ({ id: `row-${i}`, label: `Row ${i}` })),
      options: Array.from({ length: options }, (_, i) => ({ id: `option-${i}`, label: `Option ${i}` })),
    };
    const ballot = fc
      .array(fc.option(fc.integer({ min: 0, max: options - 1 }), { nil: null }), { minLength: rows, maxLength: rows })
      .map((answers): Selection[] => answers.flatMap((option, row) => (option === null ? [] : [{ row: `row-${row}`, option: `option-${option}` }])));
    return fc.record({ layout: fc.constant(layout), ballots: fc.array(ballot, { minLength: 0, maxLength: 40 }), batch: fc.integer({ min: 1, max: 7 }) });
  });

describe('ballot store', () => {
  it('a secret vote counted by its counters gives exactly the tally of its ballots, whatever the layout, blank and partial ballots included, and however ballots are batched', () => {
    let run = 0;
    fc.assert(
      fc.property(layoutAndBallots, ({ layout, ballots, batch }) => {
        run += 1;
        const store = open(`run-${run}.sqlite`);
        const voteId = `vote-${run}`;
        const inputs = ballots.map((selections, index) => cast({ voteId, seat: index + 1, selections, layout }));
        for (let from = 0; from < inputs.length; from += batch) store.castMany(inputs.slice(from, from + batch));
        const vote = { id: voteId, secret: true, ...layout };
        expect(store.tally(vote)).toEqual(tallyBallots(layout, ballots));
        expect(store.tally({ ...vote, secret: false })).toEqual(tallyBallots(layout, []));
      }),
      { numRuns: 25 },
    );
  });

  it('an open vote is tallied from its named ballots, exactly as tallyBallots counts them', () => {
    const store = open();
    const ballots: Selection[][] = [[{ row: 'motion', option: 'for' }], [{ row: 'motion', option: 'against' }], [{ row: 'motion', option: 'for' }]];
    store.castMany(ballots.map((selections, index) => cast({ seat: index + 1, selections, secret: false })));
    expect(store.tally({ id: 'vote-1', secret: false, ...RESOLUTION_LAYOUT })).toEqual(tallyBallots(RESOLUTION_LAYOUT, ballots));
    expect(store.named('vote-1')).toEqual(ballots.map((selections, index) => ({ seat: index + 1, selections })));
  });

  it('[V2] [V6] a retried secret ballot is a duplicate with the original receipt and no choice, counted once, in a later batch or the same one', () => {
    const store = open();
    const [first] = store.castMany([cast({ seat: 1 })]);
    if (first?.status !== 'recorded') throw new Error(`not recorded: ${JSON.stringify(first)}`);
    expect(first.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(store.castMany([cast({ seat: 1 })])).toEqual([{ status: 'duplicate', receipt: first.receipt }]);
    const [again, sameBatch] = store.castMany([cast({ seat: 2 }), cast({ seat: 2 })]);
    expect(sameBatch).toEqual({ status: 'duplicate', receipt: again?.status === 'recorded' ? again.receipt : 'none' });
    expect(store.tally({ id: 'vote-1', secret: true, ...RESOLUTION_LAYOUT })).toEqual({ participants: 2, counts: { motion: { for: 2, against: 0, abstain: 0 } } });
  });

  it('[V2] a retried open ballot is a duplicate with the original receipt and the choice first stored, even if the retry says otherwise', () => {
    const store = open();
    const [first] = store.castMany([cast({ seat: 4, secret: false, selections: [{ row: 'motion', option: 'against' }] })]);
    if (first?.status !== 'recorded') throw new Error(`not recorded: ${JSON.stringify(first)}`);
    const retry = store.castMany([cast({ seat: 4, secret: false, selections: [{ row: 'motion', option: 'abstain' }] })]);
    expect(retry).toEqual([{ status: 'duplicate', receipt: first.receipt, selections: [{ row: 'motion', option: 'against' }] }]);
    expect(store.tally({ id: 'vote-1', secret: false, ...RESOLUTION_LAYOUT }).counts.motion).toEqual({ for: 0, against: 1, abstain: 0 });
  });

  it('[V5] one ballot per seat: a second ballot id is refused in a secret vote and in an open vote without changes, and replaces the first when changes are on', () => {
    const store = open();
    store.castMany([cast({ seat: 1 }), cast({ voteId: 'vote-2', seat: 1, secret: false })]);
    expect(store.castMany([cast({ seat: 1, ballotId: 'other', selections: [{ row: 'motion', option: 'against' }] })])).toEqual([{ status: 'already_voted' }]);
    expect(store.castMany([cast({ voteId: 'vote-2', seat: 1, ballotId: 'other', secret: false })])).toEqual([{ status: 'already_voted' }]);
    expect(store.tally({ id: 'vote-1', secret: true, ...RESOLUTION_LAYOUT })).toEqual({ participants: 1, counts: { motion: { for: 1, against: 0, abstain: 0 } } });

    const [before] = store.castMany([cast({ voteId: 'vote-3', seat: 1, secret: false, allowChange: true })]);
    const [changed] = store.castMany([cast({ voteId: 'vote-3', seat: 1, ballotId: 'second', secret: false, allowChange: true, selections: [{ row: 'motion', option: 'abstain' }] })]);
    expect(changed?.status).toBe('changed');
    expect(changed).not.toEqual(before);
    expect(store.named('vote-3')).toEqual([{ seat: 1, selections: [{ row: 'motion', option: 'abstain' }] }]);
    expect(store.castMany([cast({ voteId: 'vote-3', seat: 1, ballotId: 'second', secret: false, allowChange: true })])).toEqual([
      { status: 'duplicate', receipt: changed?.status === 'changed' ? changed.receipt : 'none', selections: [{ row: 'motion', option: 'abstain' }] },
    ]);
    expect(store.participants('vote-3')).toEqual([1]);
    expect(store.hasVoted('vote-3', 1)).toBe(true);
    expect(store.hasVoted('vote-3', 2)).toBe(false);
  });

  it('[V1] a batch that fails records nothing of it', () => {
    const store = open();
    const poisoned = { ...cast({ seat: 2 }), selections: null as unknown as Selection[] };
    expect(() => store.castMany([cast({ seat: 1 }), poisoned])).toThrow();
    expect(store.participants('vote-1')).toEqual([]);
    expect(store.tally({ id: 'vote-1', secret: true, ...RESOLUTION_LAYOUT }).participants).toBe(0);
  });

  it('a counter growing from 0 to 299, past the one-byte integer form of SQLite, stays where it was made in the page, so the page never shows which answer changed last', () => {
    const file = join(dir, 'ballots.sqlite');
    const store = open();
    store.castMany([cast({ seat: 1, selections: [{ row: 'motion', option: 'against' }] })]);
    const places = counterPlaces(readSqliteImage(readFileSync(file)), 'vote-1');
    expect(places.size).toBe(3);
    const seats = Array.from({ length: 299 }, (_, i) => i + 2);
    for (let from = 0; from < seats.length; from += 50) store.castMany(seats.slice(from, from + 50).map((seat) => cast({ seat, selections: [{ row: 'motion', option: 'for' }] })));
    expect(counterPlaces(readSqliteImage(readFileSync(file)), 'vote-1')).toEqual(places);
    expect(store.tally({ id: 'vote-1', secret: true, ...RESOLUTION_LAYOUT }).counts.motion).toEqual({ for: 299, against: 1, abstain: 0 });
  });

  it('the file is created owner-only, an existing one is narrowed to owner-only, and it is opened with a deleted journal, EXTRA sync, full fsync and secure delete', () => {
    const file = join(dir, 'new.sqlite');
    const db = openBallotDatabase(file);
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.pragma('synchronous', { simple: true })).toBe(3);
      expect(db.pragma('fullfsync', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
    const old = join(dir, 'old.sqlite');
    writeFileSync(old, '');
    chmodSync(old, 0o644);
    openBallotDatabase(old).close();
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });
});
