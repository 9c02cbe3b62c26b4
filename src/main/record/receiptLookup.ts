/**
 * Finds a ballot receipt in a session's ballot file. The answer names the
 * vote and when it was counted; it never carries a choice, and for a secret
 * vote not the seat either (the participation row links the two, but the
 * receipt's owner already knows it; a stranger holding a code must not).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ReceiptFinding, SessionState } from '../../shared/protocol';
import { sqliteBinding } from '../hub/store/sqliteBinding';

/** Looks a receipt (already normalised, `XXXX-XXXX`) up; the file is opened read-only and closed again. */
export function findReceipt(ballotsFile: string, state: SessionState, code: string): ReceiptFinding {
  if (!existsSync(ballotsFile)) return { found: false };
  const db = new Database(ballotsFile, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  try {
    db.pragma('busy_timeout = 5000');
    const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'participation'").get() !== undefined;
    if (!hasTable) return { found: false };
    const row = db.prepare<[string], { vote_id: string; seat: number }>('SELECT vote_id, seat FROM participation WHERE receipt = ?').get(code);
    if (!row) return { found: false };
    const vote = state.votes.find((candidate) => candidate.id === row.vote_id);
    if (!vote) return { found: false };
    const seat = vote.secret ? {} : { seat: row.seat };
    switch (vote.status) {
      case 'closed':
      case 'published':
        return { found: true, voteTitle: vote.title, secret: vote.secret, outcome: 'counted', at: vote.closedAt, ...seat };
      case 'open':
        return { found: true, voteTitle: vote.title, secret: vote.secret, outcome: 'open', at: vote.openedAt, ...seat };
      case 'cancelled':
        return { found: true, voteTitle: vote.title, secret: vote.secret, outcome: 'cancelled', at: null, ...seat };
      case 'created':
        return { found: false };
    }
  } finally {
    db.close();
  }
}
