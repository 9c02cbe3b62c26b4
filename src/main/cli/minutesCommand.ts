/**
 * `minutes`: writes the minutes of a session (or of one sitting), or the count
 * report of one election or confidence vote, as DOCX or PDF, from the data
 * folder's event log. The file is written only once it is complete.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isLanguage } from '../../shared/i18n/translate';
import { defaultDataDir } from '../defaultDataDir';
import { SESSIONS_FOLDER } from '../hub/dataFolder';
import { MinutesError } from '../minutes/minutesError';
import type { MinutesScope } from '../minutes/minutesDocument';
import { isMinutesFormat, makeMinutesFile } from '../minutes/minutesFile';
import { readVerifiedMinutesEvents } from '../minutes/readVerifiedMinutesEvents';
import type { MinutesSourceEvent } from '../minutes/buildMinutes';
import type { CliCommand, CliOutput } from './cliOutput';
import { sessionDatabase } from './sessionDatabase';

const USAGE = 'minutes --data DIR [--session ID] [--sitting N | --count-report VOTE_ID] --format docx|pdf --out FILE [--lang vi|en]   the minutes (biên bản) or a count report';

interface MinutesRequest {
  dataDir: string;
  sessionId: string | undefined;
  sitting: number | null;
  countReport: string | undefined;
  format: 'docx' | 'pdf';
  out: string;
  locale: 'vi' | 'en';
}

/** The request the arguments make, or why they make none. */
export function parseMinutesArgs(args: string[]): { ok: true; request: MinutesRequest } | { ok: false; message: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        session: { type: 'string' },
        sitting: { type: 'string' },
        'count-report': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (!isMinutesFormat(values.format)) return { ok: false, message: values.format === undefined ? '--format docx|pdf is required' : `--format must be docx or pdf, not "${values.format}"` };
  if (values.out === undefined || values.out === '') return { ok: false, message: '--out FILE is required' };
  if (values.sitting !== undefined && values['count-report'] !== undefined) return { ok: false, message: 'Choose --sitting or --count-report, not both' };
  let sitting: number | null = null;
  if (values.sitting !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.sitting)) return { ok: false, message: `--sitting must be a sitting number (1, 2, …), not "${values.sitting}"` };
    sitting = Number(values.sitting);
  }
  const countReport = values['count-report'];
  if (countReport !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(countReport)) return { ok: false, message: `--count-report must be a vote id, not "${countReport}"` };
  const lang = values.lang ?? 'vi';
  if (!isLanguage(lang)) return { ok: false, message: `--lang must be vi or en, not "${lang}"` };
  const { data, session, format, out } = values;
  const request = { dataDir: data ?? defaultDataDir(), sessionId: session, sitting, countReport, format, out, locale: lang };
  return { ok: true, request };
}

export async function minutesCommand(args: string[], io: CliOutput): Promise<number> {
  const parsed = parseMinutesArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\nUsage: npm run chamber -- ${USAGE}`);
    return 2;
  }
  const { request } = parsed;
  const database = sessionDatabase(request.dataDir, request.sessionId);
  if (!database.ok) {
    io.err(database.message);
    return 2;
  }
  let events: MinutesSourceEvent[];
  let file;
  try {
    events = readVerifiedMinutesEvents(database.file);
    const sessionId = request.sessionId ?? sessionIdOf(database.file, events);
    const scope: MinutesScope = request.countReport === undefined ? { kind: 'minutes', sessionId, sitting: request.sitting } : { kind: 'countReport', sessionId, voteId: request.countReport };
    file = await makeMinutesFile(events, scope, request.format, request.locale);
  } catch (error) {
    if (error instanceof MinutesError) {
      io.err(`No minutes written: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    writeFileSync(request.out, file.bytes);
  } catch (error) {
    io.err(`Cannot write ${request.out}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.out(`Wrote ${request.out} (${file.bytes.byteLength} bytes) from ${events.length} events.`);
  return 0;
}

/** The session's id: its folder's name under sessions/, or (the one-session layout) the id its first event names. */
function sessionIdOf(databaseFile: string, events: readonly MinutesSourceEvent[]): string {
  const folder = dirname(databaseFile);
  if (basename(dirname(folder)) === SESSIONS_FOLDER) return basename(folder);
  for (const { event } of events) {
    const session = (event as { session?: { id?: unknown } }).session;
    if (typeof session?.id === 'string') return session.id;
  }
  return basename(folder);
}

export const minutes: CliCommand = { usage: USAGE, run: minutesCommand };
