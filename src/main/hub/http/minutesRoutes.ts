/**
 * The minutes for download, made on the hub from the active session's log:
 *   GET /api/minutes?format=docx|pdf[&sitting=N]         the session's (or one sitting's) minutes
 *   GET /api/minutes?format=docx|pdf&countReport=VOTE_ID  the count report of an election or confidence vote
 * (and `lang=vi|en`, Vietnamese by default). The same bearer check as the
 * catalog (the console token or the active session's secretary token) and a
 * same-origin request from a browser. The file comes as an attachment with
 * its Vietnamese name; a refusal is `{error, message}` and changes nothing.
 * The file is made in the minutes worker thread (one at a time, a few queued,
 * the rest refused as `busy`), never on the hub's own thread.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLanguage } from '../../../shared/i18n/translate';
import type { MinutesError } from '../../minutes/minutesError';
import type { MinutesScope } from '../../minutes/minutesDocument';
import { isMinutesFormat } from '../../minutes/minutesFile';
import { minutesWorkerPool } from '../../minutes/worker/minutesWorkerPool';
import type { MinutesWorkerPool } from '../../minutes/worker/minutesWorkerPool';
import { attachmentDisposition } from './contentDisposition';
import { isSameOriginUpgrade } from './requestGuard';
import { sendJson } from './sendJson';

export const MINUTES_PATH = '/api/minutes';

export interface MinutesRouteOptions {
  /** The catalog's check: the console token, or the active session's secretary token. */
  authorize(token: string): boolean;
  /** The active session and its event log; null in the lobby. */
  activeSession(): { sessionId: string; databaseFile: string } | null;
  /** The worker that makes the files; the hub's one by default. */
  pool?: MinutesWorkerPool;
}

export type MinutesRefusalCode = 'invalid' | 'unauthorized' | 'forbidden' | 'no_session' | 'busy' | 'timeout' | 'internal' | MinutesError['code'];

const STATUS: Record<MinutesRefusalCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  no_session: 409,
  busy: 503,
  timeout: 503,
  internal: 500,
  no_events: 409,
  no_sitting: 404,
  no_vote: 404,
  chain_broken: 409,
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

type ParsedQuery = { ok: true; scope: (sessionId: string) => MinutesScope; format: 'docx' | 'pdf'; locale: 'vi' | 'en' } | { ok: false; message: string };

/** The request's query, checked: every parameter known, each well formed. */
export function parseMinutesQuery(params: URLSearchParams): ParsedQuery {
  for (const name of params.keys()) {
    if (!['format', 'sitting', 'countReport', 'lang'].includes(name)) return { ok: false, message: `Unknown parameter "${name}"` };
    if (params.getAll(name).length > 1) return { ok: false, message: `"${name}" is given more than once` };
  }
  const format = params.get('format');
  if (!isMinutesFormat(format)) return { ok: false, message: 'format must be docx or pdf' };
  const sitting = params.get('sitting');
  const countReport = params.get('countReport');
  if (sitting !== null && countReport !== null) return { ok: false, message: 'Ask for a sitting or a count report, not both' };
  if (sitting !== null && !/^[1-9]\d{0,3}$/.test(sitting)) return { ok: false, message: 'sitting must be a sitting number (1, 2, …)' };
  if (countReport !== null && !ID.test(countReport)) return { ok: false, message: 'countReport must be a vote id' };
  const lang = params.get('lang') ?? 'vi';
  if (!isLanguage(lang)) return { ok: false, message: 'lang must be vi or en' };
  return {
    ok: true,
    format,
    locale: lang,
    scope: (sessionId) => (countReport === null ? { kind: 'minutes', sessionId, sitting: sitting === null ? null : Number(sitting) } : { kind: 'countReport', sessionId, voteId: countReport }),
  };
}

export async function handleMinutesRequest(req: IncomingMessage, res: ServerResponse, url: URL, options: MinutesRouteOptions): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const refuse = (code: MinutesRefusalCode, message: string) => sendJson(res, STATUS[code], { error: code, message });
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    req.resume();
    return sendJson(res, 405, { error: 'invalid', message: 'Method not allowed' });
  }
  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse('forbidden', 'The minutes are for the console only');
  const token = req.headers.authorization?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/)?.[1];
  if (token === undefined || !options.authorize(token)) return refuse('unauthorized', 'The console token or the secretary token is required');
  const query = parseMinutesQuery(url.searchParams);
  if (!query.ok) return refuse('invalid', query.message);
  const session = options.activeSession();
  if (session === null) return refuse('no_session', 'No session is active');
  const pool = options.pool ?? minutesWorkerPool;
  const outcome = await pool.run({ kind: 'make', databaseFile: session.databaseFile, scope: query.scope(session.sessionId), format: query.format, locale: query.locale });
  switch (outcome.kind) {
    case 'made': {
      res.statusCode = 200;
      res.setHeader('Content-Type', outcome.contentType);
      res.setHeader('Content-Disposition', attachmentDisposition(outcome.fileName));
      res.setHeader('Content-Length', outcome.bytes.byteLength);
      res.end(Buffer.from(outcome.bytes));
      return;
    }
    case 'refused':
      return refuse(outcome.code, outcome.message);
    case 'busy':
    case 'timeout':
      return refuse(outcome.kind, outcome.message);
    case 'checked':
    case 'failed':
      return refuse('internal', outcome.kind === 'failed' ? outcome.message : 'The minutes worker answered another job');
  }
}
