/**
 * Turns the data rows of a roster sheet, read through the secretary's column
 * mapping, into delegates' and guests' rows, and lists every problem row with its
 * reason. Nothing is dropped quietly: a row with a blocking problem stays out of
 * the result and its problem says why; empty rows are skipped.
 */
import { parseRole } from './parseRole';
import { cellText, normalizeText } from './rosterText';
import { ROSTER_LIMITS } from './rosterTypes';
import type { ColumnMapping, RosterColumn, RosterGuestRow, RosterProblem, RosterRow, RosterSeatRow } from './rosterTypes';

export interface RosterRows {
  seats: RosterSeatRow[];
  guests: RosterGuestRow[];
  problems: RosterProblem[];
}

/** One data row read through the mapping, before seats are checked against each other. */
interface ReadRow {
  sheetRow: number;
  number: number | null;
  name: string;
  office: string;
  group: string;
}

/** A seat or guest number: a whole number in range, as a number cell or as digits. `missing` for an empty cell. */
function readNumber(cell: string): number | 'missing' | 'bad' {
  const text = cell.trim();
  if (text === '') return 'missing';
  if (!/^\d+(\.0+)?$/.test(text)) return 'bad';
  const value = Number(text);
  return value >= 1 && value <= ROSTER_LIMITS.maxNumber ? value : 'bad';
}

function isEmptyRow(row: RosterRow): boolean {
  return row.every((cell) => cellText(cell).trim() === '');
}

/**
 * The roster in the table's rows after `headerRow` (all rows when it is null).
 * Sheet row numbers in the problems count from 1, as the spreadsheet shows them.
 */
export function rosterFromTable(table: readonly RosterRow[], headerRow: number | null, mapping: ColumnMapping): RosterRows {
  const problems: RosterProblem[] = [];
  const seatRows: (ReadRow & { role: RosterSeatRow['role'] })[] = [];
  const guestRows: (ReadRow & { role: RosterGuestRow['role'] })[] = [];
  const raw = (row: RosterRow, column: RosterColumn) => {
    const index = mapping[column];
    return index === null ? '' : cellText(row[index]);
  };

  table.forEach((row, index) => {
    if (headerRow !== null && index <= headerRow) return;
    if (isEmptyRow(row)) return;
    const sheetRow = index + 1;
    const problem = (column: RosterColumn | null, code: RosterProblem['code']) => problems.push({ row: sheetRow, column, code });
    const before = problems.length;

    const rawName = raw(row, 'name');
    const name = normalizeText(rawName);
    if (rawName === '') problem('name', 'missing_name');
    else if (name === '') problem('name', 'blank_name');
    const office = normalizeText(raw(row, 'office'));
    const group = normalizeText(raw(row, 'group'));
    if (name.length > ROSTER_LIMITS.maxText) problem('name', 'text_too_long');
    if (office.length > ROSTER_LIMITS.maxText) problem('office', 'text_too_long');
    if (group.length > ROSTER_LIMITS.maxText) problem('group', 'text_too_long');
    const role = parseRole(raw(row, 'role'));
    if (role === null) problem('role', 'bad_role');

    const number = readNumber(raw(row, 'seat'));
    const isGuest = role === 'guest' || role === 'secretary';
    if (number === 'bad' && !isGuest) problem('seat', 'bad_seat');
    if (number === 'missing' && !isGuest && role !== null) problem('seat', 'missing_seat');
    if (problems.length > before || role === null) return;

    const read: ReadRow = { sheetRow, number: typeof number === 'number' ? number : null, name, office, group };
    if (role === 'guest' || role === 'secretary') guestRows.push({ ...read, role });
    else seatRows.push({ ...read, role });
  });

  const seats = seatsWithoutDuplicates(seatRows, problems);
  const guests = guestsNumbered(guestRows, problems);
  problems.sort((first, second) => first.row - second.row);
  return { seats, guests, problems };
}

/** Every row of a seat given twice is a problem (the secretary must see both); the others are kept. */
function seatsWithoutDuplicates(rows: readonly (ReadRow & { role: RosterSeatRow['role'] })[], problems: RosterProblem[]): RosterSeatRow[] {
  const bySeat = new Map<number, number>();
  for (const row of rows) if (row.number !== null) bySeat.set(row.number, (bySeat.get(row.number) ?? 0) + 1);
  const seats: RosterSeatRow[] = [];
  for (const row of rows) {
    if (row.number === null) continue;
    if ((bySeat.get(row.number) ?? 0) > 1) problems.push({ row: row.sheetRow, column: 'seat', code: 'duplicate_seat' });
    else seats.push({ seat: row.number, name: row.name, office: row.office, group: row.group, role: row.role });
  }
  return seats;
}

/**
 * Guests keep the number in the seat column when it is free among guests; a guest
 * without one, or with one already taken, gets the next number after the highest,
 * and a problem that says so (it does not block the import).
 */
function guestsNumbered(rows: readonly (ReadRow & { role: RosterGuestRow['role'] })[], problems: RosterProblem[]): RosterGuestRow[] {
  const used = new Set<number>();
  const keeps = rows.map((row) => {
    if (row.number === null || used.has(row.number)) return false;
    used.add(row.number);
    return true;
  });
  let next = Math.max(0, ...used) + 1;
  const takeFreeNumber = () => {
    if (next > ROSTER_LIMITS.maxNumber) next = 1;
    while (used.has(next)) next += 1;
    used.add(next);
    return next;
  };
  return rows.map((row, index) => {
    let number = row.number;
    if (!keeps[index] || number === null) {
      number = takeFreeNumber();
      problems.push({ row: row.sheetRow, column: 'seat', code: 'guest_number_assigned' });
    }
    return { number, name: row.name, office: row.office, role: row.role };
  });
}
