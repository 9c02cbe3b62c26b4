/**
 * Ballots, in a database file of their own (ballots.sqlite), apart from the
 * event log. One seat, one ballot per vote is a primary key: the database
 * enforces it.
 *
 * A secret ballot's content is never stored. Its transaction records *that*
 * the seat took part (with the ballot id and a random receipt, to answer a
 * retry) and adds one to the counter of each answer it gives; the counters
 * of a vote are all made together, by its first ballot, and are rewritten in
 * place (see secretCounter.ts). So there is no row per ballot to pair with a
 * seat, by column, by position or by order. Open (named) votes keep each
 * seat's choice, which the minutes need anyway. How the file is opened, and
 * why, is in openBallotDatabase.ts; what a copy of it can reveal is in
 * docs/architecture.md ("Secret ballots: what the data folder reveals").
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { sqliteBinding } from '../store/sqliteBinding';
import { z } from 'zod';
import { emptyTally, tallyBallots } from '../../../shared/core';
import type { NamedBallot, Selection, Tally, VoteInfo } from '../../../shared/protocol';
import { selectionSchema } from '../../../shared/protocol';
import { newReceipt } from './ballotReceipt';
import { prepareBallotSchema } from './ballotSchema';
import { openBallotDatabase } from './openBallotDatabase';
import { countOf, storedCount } from './secretCounter';

/** The rows and options of a ballot, by id. */
export type BallotLayout = Pick<VoteInfo, 'rows' | 'options'>;

export interface CastInput {
  voteId: string;
  seat: number;
  ballotId: string;
  selections: Selection[];
  secret: boolean;
  allowChange: boolean;
  /** The vote's rows and options: a secret vote's counters are made from it. */
  layout: BallotLayout;
}

export type CastOutcome =
  | { status: 'recorded'; receipt: string }
  | { status: 'changed'; receipt: string }
  /** A retry of the ballot already stored: its receipt, and for an open vote the choice stored. */
  | ({ status: 'duplicate' } & StoredBallot)
  | { status: 'already_voted' };

export interface BallotStore {
  /** Records the ballots in one transaction; nothing is recorded if it throws. */
  castMany(inputs: readonly CastInput[]): CastOutcome[];
  tally(vote: Pick<VoteInfo, 'id' | 'secret' | 'rows' | 'options'>): Tally;
  named(voteId: string): NamedBallot[];
  /** Seats that took part, in seat order. */
  participants(voteId: string): number[];
  hasVoted(voteId: string, seat: number): boolean;
  /**
   * Forgets the counts of secret votes that were cancelled: never published, they must not
   * outlive the vote in the file, where a count of one would name a voter's choice.
   * Freed space is zeroed (secure_delete). Returns how many votes had counts.
   */
  discardSecretCounts(voteIds: readonly string[]): number;
  /** The seat's stored ballot if it has this ballot id: its receipt, and for an open vote its choice. */
  storedBallot(voteId: string, seat: number, ballotId: string): StoredBallot | null;
  close(): void;
}

export interface StoredBallot {
  receipt: string;
  /** Open votes only: the choice stored. A secret vote keeps none. */
  selections?: Selection[];
}

const selectionsSchema = z.array(selectionSchema);

export interface BallotStoreOptions {
  /** Opens the file read-only, as it is: nothing is created, converted or written (a session open read-only). */
  readonly?: boolean;
}

export function openBallotStore(file: string, options: BallotStoreOptions = {}): BallotStore {
  const db = options.readonly ? openBallotDatabaseReadOnly(file) : openBallotDatabase(file);
  if (!options.readonly) prepareBallotSchema(db);
  const statements = prepareStatements(db);
  const parse = (json: string) => selectionsSchema.parse(JSON.parse(json));

  /**
   * Makes every counter of a secret vote at zero, all at once, the first time
   * the vote gets a ballot (or, for a vote converted from the first layout,
   * those it still lacks).
   */
  const ensureCounters = (voteId: string, layout: BallotLayout) => {
    const made = statements.counterCount.get(voteId)?.count ?? 0;
    if (made >= layout.rows.length * layout.options.length) return;
    for (const row of layout.rows) for (const option of layout.options) statements.insertCounter.run(voteId, row.id, option.id, storedCount(0));
  };

  const storedBallot = (voteId: string, seat: number, ballotId: string): StoredBallot | null => {
    const existing = statements.findParticipation.get(voteId, seat);
    if (!existing || existing.ballot_id !== ballotId) return null;
    const open = statements.openSelections.get(voteId, seat);
    return { receipt: existing.receipt, ...(open ? { selections: parse(open.selections) } : {}) };
  };

  const castOne = (input: CastInput): CastOutcome => {
    const existing = statements.findParticipation.get(input.voteId, input.seat);
    if (existing) {
      const stored = storedBallot(input.voteId, input.seat, input.ballotId);
      if (stored) return { status: 'duplicate', ...stored };
      if (input.secret || !input.allowChange) return { status: 'already_voted' };
      const receipt = newReceipt();
      statements.updateOpen.run(JSON.stringify(input.selections), input.voteId, input.seat);
      statements.updateParticipation.run(input.ballotId, receipt, input.voteId, input.seat);
      return { status: 'changed', receipt };
    }
    const receipt = newReceipt();
    statements.insertParticipation.run(input.voteId, input.seat, input.ballotId, receipt);
    if (input.secret) {
      ensureCounters(input.voteId, input.layout);
      // A choice outside the layout has no counter and counts for nothing, as in tallyBallots.
      for (const { row, option } of input.selections) statements.addToCounter.run(input.voteId, row, option);
    } else {
      statements.insertOpen.run(input.voteId, input.seat, JSON.stringify(input.selections));
    }
    return { status: 'recorded', receipt };
  };
  const castInTransaction = db.transaction((inputs: readonly CastInput[]) => inputs.map(castOne));
  const discardInTransaction = db.transaction((voteIds: readonly string[]) =>
    voteIds.reduce((had, voteId) => had + (statements.deleteCounters.run(voteId).changes > 0 ? 1 : 0), 0),
  );

  return {
    castMany: (inputs) => (inputs.length === 0 ? [] : castInTransaction.immediate(inputs)),
    tally(vote) {
      if (!vote.secret) return tallyBallots(vote, statements.openRows.all(vote.id).map((row) => parse(row.selections)));
      const tally = emptyTally(vote);
      tally.participants = statements.participantCount.get(vote.id)?.count ?? 0;
      for (const counter of statements.counters.all(vote.id)) {
        const counts = tally.counts[counter.row];
        if (counts && Object.hasOwn(counts, counter.option)) counts[counter.option] = countOf(counter.count);
      }
      return tally;
    },
    named: (voteId) => statements.openRows.all(voteId).map((row) => ({ seat: row.seat, selections: parse(row.selections) })),
    participants: (voteId) => statements.participantRows.all(voteId).map((row) => row.seat),
    hasVoted: (voteId, seat) => statements.findParticipation.get(voteId, seat) !== undefined,
    storedBallot,
    discardSecretCounts: (voteIds) => discardInTransaction.immediate(voteIds),
    close: () => db.close(),
  };
}

/**
 * The file as it is, read-only. A file with no tables yet (no ballot was ever
 * cast) reads as an empty store, kept in memory.
 */
function openBallotDatabaseReadOnly(file: string): Database.Database {
  if (!existsSync(file)) return emptyBallotDatabase();
  const db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  const hasTables = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'participation'").get() !== undefined;
  if (hasTables) return db;
  db.close();
  return emptyBallotDatabase();
}

function emptyBallotDatabase(): Database.Database {
  const empty = new DatabaseConstructor(':memory:', { nativeBinding: sqliteBinding() });
  prepareBallotSchema(empty);
  return empty;
}

function prepareStatements(db: Database.Database) {
  return {
    findParticipation: db.prepare<[string, number], { ballot_id: string; receipt: string }>('SELECT ballot_id, receipt FROM participation WHERE vote_id = ? AND seat = ?'),
    insertParticipation: db.prepare<[string, number, string, string]>('INSERT INTO participation (vote_id, seat, ballot_id, receipt) VALUES (?, ?, ?, ?)'),
    updateParticipation: db.prepare<[string, string, string, number]>('UPDATE participation SET ballot_id = ?, receipt = ? WHERE vote_id = ? AND seat = ?'),
    participantRows: db.prepare<[string], { seat: number }>('SELECT seat FROM participation WHERE vote_id = ? ORDER BY seat'),
    participantCount: db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM participation WHERE vote_id = ?'),
    counterCount: db.prepare<[string], { count: number }>('SELECT COUNT(*) AS count FROM secret_counts WHERE vote_id = ?'),
    insertCounter: db.prepare<[string, string, string, number]>('INSERT OR IGNORE INTO secret_counts (vote_id, row, option, count) VALUES (?, ?, ?, ?)'),
    addToCounter: db.prepare<[string, string, string]>('UPDATE secret_counts SET count = count + 1 WHERE vote_id = ? AND row = ? AND option = ?'),
    counters: db.prepare<[string], { row: string; option: string; count: number }>('SELECT row, option, count FROM secret_counts WHERE vote_id = ?'),
    deleteCounters: db.prepare<[string]>('DELETE FROM secret_counts WHERE vote_id = ?'),
    insertOpen: db.prepare<[string, number, string]>('INSERT INTO open_ballots (vote_id, seat, selections) VALUES (?, ?, ?)'),
    updateOpen: db.prepare<[string, string, number]>('UPDATE open_ballots SET selections = ? WHERE vote_id = ? AND seat = ?'),
    openSelections: db.prepare<[string, number], { selections: string }>('SELECT selections FROM open_ballots WHERE vote_id = ? AND seat = ?'),
    openRows: db.prepare<[string], { seat: number; selections: string }>('SELECT seat, selections FROM open_ballots WHERE vote_id = ? ORDER BY seat'),
  };
}
