/**
 * What an attacker holding a copy of a hub's data folder tries, to tie a
 * secret ballot to the seat that cast it. Each attack returns what it found;
 * an empty list means it found nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import type { Selection } from '../../src/shared/protocol';
import type { PageCell, SqliteImage } from './sqlitePages';
import { GAP_AFTER_CELL_POINTERS, readSqliteImage, recordsOf, schemaRows } from './sqlitePages';

/** One secret ballot as the test cast it: who, what, and what the hub answered. */
export interface CastBallot {
  voteId: string;
  seat: number;
  ballotId: string;
  receipt: string;
  selections: Selection[];
}

/** Copies the whole data folder, as a thief with a USB stick would, and returns the copy's path. */
export function copyDataFolder(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'chamber-forensic-copy-'));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

export function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

function occurrences(haystack: Buffer, needle: string): number[] {
  const found: number[] = [];
  const bytes = Buffer.from(needle, 'utf8');
  for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) found.push(at);
  return found;
}

/** The file offsets [start, end) of every live cell of a table. */
function cellRanges(image: SqliteImage, table: string): Array<[number, number]> {
  const root = schemaRows(image).find((row) => row.name === table)?.rootpage;
  if (root === undefined) return [];
  return recordsOf(image, root).map((cell) => {
    const start = (cell.page - 1) * image.pageSize + cell.offset;
    return [start, start + cell.bytes.length];
  });
}

/**
 * Scans the raw bytes of every file for each ballot id and receipt, and for
 * any encoding of a ballot's choices (`{"row":`, `"selections"`). A ballot id
 * or receipt may stand only inside a live `participation` row of
 * ballots.sqlite, beside the seat it belongs to; anywhere else it could sit
 * next to a choice. Every file of the folder is scanned, whatever session folder it is in.
 */
export function scanRawBytes(folder: string, ballots: readonly CastBallot[]): string[] {
  const findings: string[] = [];
  for (const file of filesIn(folder)) {
    const name = relative(folder, file);
    const bytes = readFileSync(file);
    const allowed = basename(name) === 'ballots.sqlite' ? cellRanges(readSqliteImage(bytes), 'participation') : [];
    const inParticipation = (at: number, length: number) => allowed.some(([start, end]) => at >= start && at + length <= end);
    for (const fragment of ['{"row":', '"selections"']) {
      for (const at of occurrences(bytes, fragment)) findings.push(`${name} holds a choice encoding ${fragment} at byte ${at}`);
    }
    for (const ballot of ballots) {
      for (const [what, value] of [['ballot id', ballot.ballotId], ['receipt', ballot.receipt]] as const) {
        for (const at of occurrences(bytes, value)) {
          if (!inParticipation(at, value.length)) findings.push(`${name} holds the ${what} of seat ${ballot.seat} at byte ${at}, outside the participation rows`);
        }
      }
    }
  }
  return findings;
}

/** Files a rollback journal or a WAL would leave; after an acknowledgement there must be none of any session's ballots.sqlite. */
export function leftoverJournals(folder: string): string[] {
  return filesIn(folder)
    .map((file) => relative(folder, file))
    .filter((name) => /^ballots\.sqlite-(journal|wal|shm)$/.test(basename(name)));
}

/**
 * Every byte of ballots.sqlite that holds no live row (free pages, gaps,
 * freeblocks, fragments) and is not zero. The one thing let through is what
 * SQLite leaves after a page split: stale cell-pointer slots at the start of
 * the gap after the pointer array, each an offset inside the page. An offset
 * says where a row once sat, never what it said.
 */
export function leftoversInFreeSpace(image: SqliteImage): string[] {
  const findings: string[] = [];
  for (const range of image.unusedRanges) {
    let start = range.start;
    if (range.what === GAP_AFTER_CELL_POINTERS) start += staleCellPointerBytes(image, range.start, range.end);
    const slice = image.bytes.subarray(start, range.end);
    const at = slice.findIndex((byte) => byte !== 0);
    if (at !== -1) findings.push(`page ${range.page}: ${range.what} keeps non-zero bytes at file offset ${start + at}: ${JSON.stringify(slice.subarray(at, at + 40).toString('latin1'))}`);
  }
  return findings;
}

/** How many bytes at `start` are stale cell pointers: 2-byte offsets past the page header and inside the page. */
function staleCellPointerBytes(image: SqliteImage, start: number, end: number): number {
  let length = 0;
  while (start + length + 2 <= end) {
    const offset = image.bytes.readUInt16BE(start + length);
    if (offset < 8 || offset >= image.pageSize) break;
    length += 2;
  }
  return length;
}

export interface TableRecords {
  table: string;
  cells: PageCell[];
}

/** The live records of every table of ballots.sqlite, by table. */
export function tablesOf(image: SqliteImage): TableRecords[] {
  return schemaRows(image)
    .filter((row) => row.type === 'table' && row.rootpage > 0)
    .map((row) => ({ table: row.name, cells: recordsOf(image, row.rootpage) }));
}

/**
 * The classic attack: rows written in the same transaction sit side by side,
 * so the k-th participation row (by where it physically sits) is paired with
 * the k-th row of every other table that has one row per ballot of the vote.
 * Returns, per such table, how many seats the pairing ties to their real
 * choice (tables where it ties none are left out); a store that keeps no row
 * per secret ballot offers no table to pair.
 */
export function pairByPhysicalOrder(image: SqliteImage, ballots: readonly CastBallot[]): Array<{ table: string; voteId: string; linked: number; of: number }> {
  const tables = tablesOf(image);
  const participation = tables.find((table) => table.table === 'participation');
  const byVote = new Map<string, CastBallot[]>();
  for (const ballot of ballots) byVote.set(ballot.voteId, [...(byVote.get(ballot.voteId) ?? []), ballot]);
  const physical = (a: PageCell, b: PageCell) => a.page - b.page || b.offset - a.offset;
  const results: Array<{ table: string; voteId: string; linked: number; of: number }> = [];
  for (const [voteId, cast] of byVote) {
    const seats = (participation?.cells ?? []).filter((cell) => cell.values[0] === voteId).sort(physical);
    for (const other of tables) {
      if (other.table === 'participation') continue;
      const rows = other.cells.filter((cell) => cell.values[0] === voteId).sort(physical);
      if (rows.length !== cast.length) continue;
      let linked = 0;
      seats.forEach((seatCell, index) => {
        const truth = cast.find((ballot) => ballot.seat === seatCell.values[1]);
        const paired = rows[index]?.values.map(String).join('|') ?? '';
        if (truth && paired.includes(JSON.stringify(truth.selections))) linked += 1;
      });
      if (linked > 0) results.push({ table: other.table, voteId, linked, of: cast.length });
    }
  }
  return results;
}

/** Where each counter of a vote physically sits: "row/option" → "page:offset". */
export function counterPlaces(image: SqliteImage, voteId: string): Map<string, string> {
  const counters = tablesOf(image).find((table) => table.table === 'secret_counts');
  return new Map((counters?.cells ?? []).filter((cell) => cell.values[0] === voteId).map((cell) => [`${String(cell.values[1])}/${String(cell.values[2])}`, `${cell.page}:${cell.offset}`]));
}

/** The ballots.sqlite of the one session in a copy of the data folder (`sessions/<id>/ballots.sqlite`). */
export function ballotsFileIn(folder: string): string {
  const found = filesIn(folder).filter((file) => basename(file) === 'ballots.sqlite');
  if (found.length !== 1 || found[0] === undefined) throw new Error(`Expected one ballots.sqlite in ${folder}, found ${found.length}`);
  return found[0];
}

export function readBallotsImage(folder: string): SqliteImage {
  return readSqliteImage(readFileSync(ballotsFileIn(folder)));
}
