import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BallotLayout } from '../../../../../src/main/hub/voting/ballotStore';
import { openBallotStore } from '../../../../../src/main/hub/voting/ballotStore';
import { leftoversInFreeSpace } from '../../../../helpers/dataFolderForensics';
import { readSqliteImage } from '../../../../helpers/sqlitePages';
import { makeDataDir, removeDataDir } from '../../../../helpers/testHub';
import { RESOLUTION_LAYOUT } from '../../../../helpers/voting';

/** The first layout of ballots.sqlite: one row per secret ballot, its choices beside its receipt. */
const FIRST_LAYOUT = `
CREATE TABLE participation (vote_id TEXT NOT NULL, seat INTEGER NOT NULL, ballot_id TEXT NOT NULL, PRIMARY KEY (vote_id, seat)) WITHOUT ROWID, STRICT;
CREATE TABLE secret_ballots (vote_id TEXT NOT NULL, receipt TEXT NOT NULL, selections TEXT NOT NULL, PRIMARY KEY (vote_id, receipt)) WITHOUT ROWID, STRICT;
CREATE TABLE open_ballots (vote_id TEXT NOT NULL, seat INTEGER NOT NULL, receipt TEXT NOT NULL, selections TEXT NOT NULL, PRIMARY KEY (vote_id, seat)) WITHOUT ROWID, STRICT;
`;
const ELECTION: BallotLayout = { rows: ['cand-alpha', 'cand-bravo', 'cand-charlie'].map((id) => ({ id, label: id })), options: [{ id: 'yes', label: 'Bầu' }] };

let dir: string;
beforeEach(() => {
  dir = makeDataDir();
});
afterEach(() => removeDataDir(dir));

function firstLayoutFile(): string {
  const file = join(dir, 'ballots.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.exec(FIRST_LAYOUT);
  const secret: string[][] = [['cand-alpha', 'cand-bravo'], ['cand-alpha'], [], ['cand-bravo', 'cand-alpha']];
  secret.forEach((rows, index) => {
    db.prepare('INSERT INTO participation VALUES (?, ?, ?)').run('election', index + 1, `secret-ballot-${index + 1}`);
    db.prepare('INSERT INTO secret_ballots VALUES (?, ?, ?)').run('election', `OLD${index}-RCPT`, JSON.stringify(rows.map((row) => ({ row, option: 'yes' }))));
  });
  db.prepare('INSERT INTO participation VALUES (?, ?, ?)').run('named', 7, 'open-ballot-7');
  db.prepare('INSERT INTO open_ballots VALUES (?, ?, ?, ?)').run('named', 7, 'KEEP-THIS', JSON.stringify([{ row: 'motion', option: 'against' }]));
  db.close();
  return file;
}

describe('ballot files of the first layout', () => {
  it('are converted to counters with the same tally, fresh receipts for secret seats, open receipts kept, and no page left with an old secret ballot', () => {
    const file = firstLayoutFile();
    const store = openBallotStore(file);
    try {
      expect(store.tally({ id: 'election', secret: true, ...ELECTION })).toEqual({ participants: 4, counts: { 'cand-alpha': { yes: 3 }, 'cand-bravo': { yes: 2 }, 'cand-charlie': { yes: 0 } } });
      expect(store.tally({ id: 'named', secret: false, ...RESOLUTION_LAYOUT })).toEqual({ participants: 1, counts: { motion: { for: 0, against: 1, abstain: 0 } } });
      expect(store.castMany([{ voteId: 'named', seat: 7, ballotId: 'open-ballot-7', selections: [], secret: false, allowChange: false, layout: RESOLUTION_LAYOUT }])).toEqual([
        { status: 'duplicate', receipt: 'KEEP-THIS', selections: [{ row: 'motion', option: 'against' }] },
      ]);
      const [retry] = store.castMany([{ voteId: 'election', seat: 1, ballotId: 'secret-ballot-1', selections: [], secret: true, allowChange: false, layout: ELECTION }]);
      expect(retry).toEqual({ status: 'duplicate', receipt: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
      // A later ballot of the converted vote still counts, on a candidate nobody had chosen before.
      store.castMany([{ voteId: 'election', seat: 5, ballotId: 'secret-ballot-5', selections: [{ row: 'cand-charlie', option: 'yes' }], secret: true, allowChange: false, layout: ELECTION }]);
      expect(store.tally({ id: 'election', secret: true, ...ELECTION }).counts['cand-charlie']).toEqual({ yes: 1 });
    } finally {
      store.close();
    }
    const bytes = readFileSync(file);
    expect(bytes.indexOf('"row":"cand-')).toBe(-1);
    expect(bytes.indexOf('RCPT')).toBe(-1);
    expect(leftoversInFreeSpace(readSqliteImage(bytes))).toEqual([]);
    const db = new Database(file, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
    db.close();
    expect(tables).toEqual(['open_ballots', 'participation', 'secret_counts']);
  });
});
