/**
 * The events a document is made from, read straight from a session's log
 * (opened read-only, so a running hub is not disturbed), each with its chain
 * hash: the last one is the record's final hash printed on the minutes.
 */
import Database from 'better-sqlite3';
import { domainEventSchema } from '../../shared/protocol';
import { sqliteBinding } from '../hub/store/sqliteBinding';
import type { MinutesSourceEvent } from './buildMinutes';

interface EventRow {
  seq: number;
  at: number;
  body: string;
  hash: string;
}

export function readMinutesEvents(databaseFile: string): MinutesSourceEvent[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  try {
    const rows = db.prepare<[], EventRow>('SELECT seq, at, body, hash FROM events ORDER BY seq').all();
    return rows.map((row) => ({ seq: row.seq, at: row.at, event: domainEventSchema.parse(JSON.parse(row.body)), hash: row.hash }));
  } finally {
    db.close();
  }
}
