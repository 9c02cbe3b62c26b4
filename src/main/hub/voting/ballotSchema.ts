/**
 * The tables of ballots.sqlite, and the move from the first layout, which kept
 * one row per secret ballot (`secret_ballots`, with its choices beside its
 * receipt), to counters. A data folder from before is converted once, in one
 * transaction, then rewritten whole (VACUUM) so no page keeps the old rows.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { selectionSchema } from '../../../shared/protocol';
import { newReceipt } from './ballotReceipt';
import { storedCount } from './secretCounter';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS participation (
  vote_id TEXT NOT NULL,
  seat INTEGER NOT NULL,
  ballot_id TEXT NOT NULL,
  receipt TEXT NOT NULL,
  PRIMARY KEY (vote_id, seat)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS secret_counts (
  vote_id TEXT NOT NULL,
  row TEXT NOT NULL,
  option TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (vote_id, row, option)
) WITHOUT ROWID, STRICT;
CREATE TABLE IF NOT EXISTS open_ballots (
  vote_id TEXT NOT NULL,
  seat INTEGER NOT NULL,
  selections TEXT NOT NULL,
  PRIMARY KEY (vote_id, seat)
) WITHOUT ROWID, STRICT;
`;

const selectionsSchema = z.array(selectionSchema);

/** Creates the tables, converting a file of the first layout first. */
export function prepareBallotSchema(db: Database.Database): void {
  const hasBallotRows = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'secret_ballots'").get() !== undefined;
  if (!hasBallotRows) {
    db.exec(SCHEMA);
    return;
  }
  db.transaction(() => convertFromBallotRows(db)).immediate();
  // Dropped tables' pages are zeroed by secure_delete; VACUUM also leaves no free page behind.
  db.exec('VACUUM');
}

/**
 * Secret ballots become counters (of the answers chosen so far; the other
 * counters of a vote are made by its next ballot). Their receipts cannot be
 * given back to their seats, since nothing linked them, so each secret
 * participation gets a fresh receipt; open ballots keep theirs.
 */
function convertFromBallotRows(db: Database.Database): void {
  db.exec('ALTER TABLE participation RENAME TO old_participation; ALTER TABLE open_ballots RENAME TO old_open_ballots;');
  db.exec(SCHEMA);
  const participation = db
    .prepare<[], { vote_id: string; seat: number; ballot_id: string; receipt: string | null }>(
      'SELECT p.vote_id, p.seat, p.ballot_id, o.receipt FROM old_participation AS p LEFT JOIN old_open_ballots AS o ON o.vote_id = p.vote_id AND o.seat = p.seat ORDER BY p.vote_id, p.seat',
    )
    .all();
  const insertParticipation = db.prepare<[string, number, string, string]>('INSERT INTO participation (vote_id, seat, ballot_id, receipt) VALUES (?, ?, ?, ?)');
  for (const row of participation) insertParticipation.run(row.vote_id, row.seat, row.ballot_id, row.receipt ?? newReceipt());
  db.exec('INSERT INTO open_ballots (vote_id, seat, selections) SELECT vote_id, seat, selections FROM old_open_ballots ORDER BY vote_id, seat');

  const counts = new Map<string, number>();
  for (const ballot of db.prepare<[], { vote_id: string; selections: string }>('SELECT vote_id, selections FROM secret_ballots').all()) {
    for (const { row, option } of selectionsSchema.parse(JSON.parse(ballot.selections))) {
      const key = JSON.stringify([ballot.vote_id, row, option]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const insertCounter = db.prepare<[string, string, string, number]>('INSERT INTO secret_counts (vote_id, row, option, count) VALUES (?, ?, ?, ?)');
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [voteId, row, option] = JSON.parse(key) as [string, string, string];
    insertCounter.run(voteId, row, option, storedCount(count));
  }
  db.exec('DROP TABLE secret_ballots; DROP TABLE old_participation; DROP TABLE old_open_ballots;');
}
