/**
 * The shapes of a roster read from a spreadsheet: the raw table, the column
 * mapping the secretary confirms in the preview, the rows it yields and the
 * problems found on the way. Nothing here changes a session: the rows become
 * a `roster.import` only once the secretary presses "Nhập".
 */
import { MAX_ROSTER_NUMBER, MAX_ROSTER_ROWS, TEXT_LIMITS } from '../protocol';
import type { GuestRole, GuestRow, SeatRole, SeatRow } from '../protocol';

/** The columns a roster can map, in the order the preview and the export show them. */
export const ROSTER_COLUMNS = ['seat', 'name', 'office', 'group', 'role'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** For each roster column, the index of the sheet column it reads (0-based), or null when not mapped. */
export type ColumnMapping = Record<RosterColumn, number | null>;

/** One cell as the spreadsheet libraries hand it over. */
export type RosterCell = string | number | boolean | Date | null;
export type RosterRow = RosterCell[];
export type RosterTable = RosterRow[];

export const ROSTER_LIMITS = {
  /** Data rows in one import, delegates and guests together (the `roster.import` command's cap). */
  maxRows: MAX_ROSTER_ROWS,
  /** A file larger than this is refused before it is read. */
  maxBytes: 10 * 1024 * 1024,
  /** Names, positions and groups, as the protocol bounds them. */
  maxText: TEXT_LIMITS.name,
  /** The highest seat or guest number the protocol accepts. */
  maxNumber: MAX_ROSTER_NUMBER,
} as const;

export type { GuestRole, SeatRole };
export type RosterRole = SeatRole | GuestRole;

/** A delegate's row, ready for `roster.import`. */
export interface RosterSeatRow extends SeatRow {
  group: string;
  role: SeatRole;
}

/** A guest's (or the session secretary's) row, ready for `roster.import`; the number makes the principal `guest-N`. */
export interface RosterGuestRow extends GuestRow {
  number: number;
}

/**
 * Why a row needs the secretary's eye. Every code blocks the import except
 * `guest_number_assigned`, which only says a number was given to a guest.
 */
export const ROSTER_PROBLEM_CODES = [
  'duplicate_seat',
  'missing_seat',
  'bad_seat',
  'missing_name',
  'blank_name',
  'bad_role',
  'text_too_long',
  'guest_number_assigned',
] as const;
export type RosterProblemCode = (typeof ROSTER_PROBLEM_CODES)[number];

export interface RosterProblem {
  /** The row number as the spreadsheet shows it (1 = the sheet's first row). */
  row: number;
  /** The roster column at fault, or null when the row as a whole is. */
  column: RosterColumn | null;
  code: RosterProblemCode;
}

/** True when the problem stops the import until the file or the mapping is fixed. */
export function isBlockingProblem(problem: RosterProblem): boolean {
  return problem.code !== 'guest_number_assigned';
}

/** Why a whole file is refused before any row is looked at. */
export const ROSTER_REFUSAL_CODES = ['too_large', 'not_spreadsheet', 'password_protected', 'empty', 'too_many_rows', 'sheet_not_found'] as const;
export type RosterRefusalCode = (typeof ROSTER_REFUSAL_CODES)[number];
