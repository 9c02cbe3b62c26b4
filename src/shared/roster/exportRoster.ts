/**
 * The roster as an .xlsx workbook, written by write-excel-file: the delegates by
 * seat (seat, name, position, group, role, and the vacancy's time and reason),
 * then the guests. Headers and role words are in the language asked for
 * (Vietnamese by default), and in the words the import recognises, so an
 * exported roster can be imported again. Every text cell is a string cell and is
 * escaped against formula injection. Runs in the console and in the hub.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, Row } from 'write-excel-file/universal';
import type { Language, PlainMessageKey } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { escapeFormula } from './escapeFormula';
import { formatDateTime } from './formatDateTime';
import type { GuestRole, SeatRole } from './rosterTypes';

/** A delegate's seat as the session state holds it (only the fields the export reads). */
export interface ExportSeat {
  seat: number;
  name: string;
  office: string;
  group?: string | undefined;
  role?: SeatRole | undefined;
  vacantFrom?: number | undefined;
  vacancyReason?: string | undefined;
}

export interface ExportGuest {
  number: number;
  name: string;
  office: string;
  role: GuestRole;
}

export interface ExportRoster {
  seats: readonly ExportSeat[];
  guests: readonly ExportGuest[];
}

export interface RosterExportOptions {
  language?: Language;
  /** The IANA time zone for vacancy times (the hall's); the computer's own when left out. */
  timeZone?: string;
}

export const ROSTER_XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_KEYS = [
  'roster.export.seat',
  'roster.export.name',
  'roster.export.office',
  'roster.export.group',
  'roster.export.role',
  'roster.export.vacantFrom',
  'roster.export.vacancyReason',
] as const satisfies readonly PlainMessageKey[];

const ROLE_KEYS: Record<SeatRole | GuestRole, PlainMessageKey> = {
  delegate: 'roster.role.delegate',
  chair: 'roster.role.chair',
  viceChair: 'roster.role.viceChair',
  guest: 'roster.role.guest',
  secretary: 'roster.role.secretary',
};

function text(value: string): Cell {
  return { value: escapeFormula(value), type: String };
}

/** The sheet's rows: the header, the delegates by seat, then the guests by number. */
export function rosterSheetRows(roster: ExportRoster, options: RosterExportOptions = {}): Row[] {
  const language = options.language ?? 'vi';
  const role = (value: SeatRole | GuestRole) => text(translate(language, ROLE_KEYS[value]));
  const header: Row = HEADER_KEYS.map((key) => ({ value: translate(language, key), type: String, fontWeight: 'bold' }));
  const seats = [...roster.seats].sort((first, second) => first.seat - second.seat);
  const guests = [...roster.guests].sort((first, second) => first.number - second.number);
  return [
    header,
    ...seats.map((seat): Row => [
      { value: seat.seat, type: Number },
      text(seat.name),
      text(seat.office),
      text(seat.group ?? ''),
      role(seat.role ?? 'delegate'),
      seat.vacantFrom === undefined ? null : text(formatDateTime(seat.vacantFrom, options.timeZone)),
      seat.vacantFrom === undefined ? null : text(seat.vacancyReason ?? ''),
    ]),
    ...guests.map((guest): Row => [{ value: guest.number, type: Number }, text(guest.name), text(guest.office), null, role(guest.role), null, null]),
  ];
}

/** The roster workbook's bytes. */
export async function exportRosterXlsx(roster: ExportRoster, options: RosterExportOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const language = options.language ?? 'vi';
  const blob = await writeXlsxFile(rosterSheetRows(roster, options), {
    sheet: translate(language, 'roster.export.sheetName'),
    columns: [{ width: 8 }, { width: 32 }, { width: 36 }, { width: 24 }, { width: 16 }, { width: 18 }, { width: 36 }],
    stickyRowsCount: 1,
  }).toBlob();
  // src/shared compiles without the DOM library; the Blob is the platform's (browser or Node).
  const arrayBuffer = await (blob as unknown as { arrayBuffer(): Promise<ArrayBuffer> }).arrayBuffer();
  return new Uint8Array(arrayBuffer);
}
