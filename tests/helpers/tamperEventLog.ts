/**
 * What an attacker with the data folder can do to an event log: drop the
 * append-only triggers and edit or delete rows in the raw SQLite file, with
 * the hub stopped. The hash chain is what must give them away.
 */
import Database from 'better-sqlite3';

/** Flips the case of one ASCII letter in an event's title (or first text value): one byte changed, still a valid event. */
export function changeOneByteOfEvent(file: string, seq: number): { before: string; after: string } {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
    const row = db.prepare<[number], { body: string }>('SELECT body FROM events WHERE seq = ?').get(seq);
    if (!row) throw new Error(`No event ${seq}`);
    const title = row.body.search(/"title":"[A-Za-z]/);
    const at = title >= 0 ? title + '"title":"'.length : row.body.search(/"(?!type")[a-zA-Z]+":"[A-Za-z]/) + 1;
    if (at < 1 || !/[A-Za-z]/.test(row.body.charAt(at))) throw new Error(`Event ${seq} has no text value starting with a letter`);
    const letter = row.body.charAt(at);
    const flipped = letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase();
    const body = `${row.body.slice(0, at)}${flipped}${row.body.slice(at + 1)}`;
    db.prepare('UPDATE events SET body = ? WHERE seq = ?').run(body, seq);
    return { before: row.body, after: body };
  } finally {
    db.close();
  }
}

/** Deletes one event row. */
export function deleteEvent(file: string, seq: number): void {
  const db = new Database(file);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_append_only_delete');
    if (db.prepare('DELETE FROM events WHERE seq = ?').run(seq).changes !== 1) throw new Error(`No event ${seq}`);
  } finally {
    db.close();
  }
}
