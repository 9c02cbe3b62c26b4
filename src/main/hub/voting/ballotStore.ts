/**
 * Ballots, in a database file of their own (ballots.sqlite), apart from the
 * event log. For a secret vote two tables record, separately, *that* a seat
 * took part and *what* an anonymous ballot says; nothing links the two: no
 * shared column, no rowid or timestamp, and rows are stored in the order of a
 * random receipt. The file uses a rollback journal (no WAL, which would keep
 * the commit order) and secure_delete, so freed space keeps no old rows.
 * One seat, one ballot per vote is a primary key: the database enforces it.
 */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { NamedBallot, Selection, Tally, VoteInfo } from '../../../shared/protocol';
import { selectionSchema } from '../../../shared/protocol';
import { tallyBallots } from '../../../shared/core';
import { z } from 'zod';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS participation (
  vote_id TEXT NOT NULL,
  seat INTEGER NOT NULL,
  ballot_id TEXT NOT NULL,
  PRIMARY KEY (vote_id, seat)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS secret_ballots (
  vote_id TEXT NOT NULL,
  receipt TEXT NOT NULL,
  selections TEXT NOT NULL,
  PRIMARY KEY (vote_id, receipt)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS open_ballots (
  vote_id TEXT NOT NULL,
  seat INTEGER NOT NULL,
  receipt TEXT NOT NULL,
  selections TEXT NOT NULL,
  PRIMARY KEY (vote_id, seat)
) WITHOUT ROWID, STRICT;
`;

export interface CastInput {
  voteId: string;
  seat: number;
  ballotId: string;
  selections: Selection[];
  secret: boolean;
  allowChange: boolean;
}

export type CastOutcome =
  | { status: 'recorded'; receipt: string }
  | { status: 'changed'; receipt: string }
  | { status: 'duplicate' }
  | { status: 'already_voted' };

export interface BallotStore {
  /** Records the ballots in one transaction; nothing is recorded if it throws. */
  castMany(inputs: readonly CastInput[]): CastOutcome[];
  tally(vote: Pick<VoteInfo, 'id' | 'secret' | 'rows' | 'options'>): Tally;
  named(voteId: string): NamedBallot[];
  /** Seats that took part, in seat order. */
  participants(voteId: string): number[];
  hasVoted(voteId: string, seat: number): boolean;
  close(): void;
}

const selectionsSchema = z.array(selectionSchema);
/** Crockford's base32 without look-alikes: a receipt a delegate can read out. */
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newReceipt(): string {
  const bytes = randomBytes(8);
  let code = '';
  for (const byte of bytes) code += RECEIPT_ALPHABET[byte % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function openBallotStore(file: string): BallotStore {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const findParticipation = db.prepare<[string, number], { ballot_id: string }>('SELECT ballot_id FROM participation WHERE vote_id = ? AND seat = ?');
  const insertParticipation = db.prepare('INSERT INTO participation (vote_id, seat, ballot_id) VALUES (?, ?, ?)');
  const updateParticipation = db.prepare('UPDATE participation SET ballot_id = ? WHERE vote_id = ? AND seat = ?');
  const insertSecret = db.prepare('INSERT INTO secret_ballots (vote_id, receipt, selections) VALUES (?, ?, ?)');
  const insertOpen = db.prepare('INSERT INTO open_ballots (vote_id, seat, receipt, selections) VALUES (?, ?, ?, ?)');
  const updateOpen = db.prepare('UPDATE open_ballots SET receipt = ?, selections = ? WHERE vote_id = ? AND seat = ?');
  const secretSelections = db.prepare<[string], { selections: string }>('SELECT selections FROM secret_ballots WHERE vote_id = ?');
  const openRows = db.prepare<[string], { seat: number; selections: string }>('SELECT seat, selections FROM open_ballots WHERE vote_id = ? ORDER BY seat');
  const participantRows = db.prepare<[string], { seat: number }>('SELECT seat FROM participation WHERE vote_id = ? ORDER BY seat');

  const castOne = (input: CastInput): CastOutcome => {
    const existing = findParticipation.get(input.voteId, input.seat);
    const selections = JSON.stringify(input.selections);
    if (existing) {
      if (existing.ballot_id === input.ballotId) return { status: 'duplicate' };
      if (input.secret || !input.allowChange) return { status: 'already_voted' };
      const receipt = newReceipt();
      updateOpen.run(receipt, selections, input.voteId, input.seat);
      updateParticipation.run(input.ballotId, input.voteId, input.seat);
      return { status: 'changed', receipt };
    }
    insertParticipation.run(input.voteId, input.seat, input.ballotId);
    for (;;) {
      const receipt = newReceipt();
      try {
        if (input.secret) insertSecret.run(input.voteId, receipt, selections);
        else insertOpen.run(input.voteId, input.seat, receipt, selections);
        return { status: 'recorded', receipt };
      } catch (error) {
        // A receipt already used in this vote (1 in 10^12): draw another.
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
      }
    }
  };
  const castInTransaction = db.transaction((inputs: readonly CastInput[]) => inputs.map(castOne));

  const parse = (json: string) => selectionsSchema.parse(JSON.parse(json));

  return {
    castMany: (inputs) => (inputs.length === 0 ? [] : castInTransaction.immediate(inputs)),
    tally(vote) {
      const rows = vote.secret ? secretSelections.all(vote.id) : openRows.all(vote.id);
      return tallyBallots(vote, rows.map((row) => parse(row.selections)));
    },
    named: (voteId) => openRows.all(voteId).map((row) => ({ seat: row.seat, selections: parse(row.selections) })),
    participants: (voteId) => participantRows.all(voteId).map((row) => row.seat),
    hasVoted: (voteId, seat) => findParticipation.get(voteId, seat) !== undefined,
    close: () => db.close(),
  };
}
