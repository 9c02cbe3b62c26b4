/**
 * POST /api/record/minutes-check: the body is a minutes file (DOCX or PDF, at
 * most 50 MB), checked in the minutes worker against the active session's
 * record, as `verify --minutes` checks it from the command line. A file read and
 * compared is answered 200 with the outcome (MinutesCheckAnswer); a body that is
 * no minutes file, has no record stamp, or was made from another session is a
 * refusal `{error, message}`. Nothing changes either way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MINUTES_CHECK_MAX_BYTES } from '../../../shared/protocol/minutesCheck';
import type { MinutesCheckAnswer } from '../../../shared/protocol/minutesCheck';
import type { MinutesCheck } from '../../minutes/verify/checkMinutesFile';
import { minutesWorkerPool } from '../../minutes/worker/minutesWorkerPool';
import type { MinutesWorkerPool } from '../../minutes/worker/minutesWorkerPool';
import { readBytesBody } from './readBytesBody';
import { sendJson } from './sendJson';

export const MINUTES_CHECK_PATH = '/api/record/minutes-check';

export interface MinutesCheckRouteOptions {
  /** The active session and its event log; null in the lobby. */
  activeSession(): { sessionId: string; databaseFile: string } | null;
  /** The worker that checks; the hub's one by default. */
  pool?: MinutesWorkerPool;
}

type Refuse = (status: number, error: string, message: string) => void;

export async function handleMinutesCheck(req: IncomingMessage, res: ServerResponse, options: MinutesCheckRouteOptions, refuse: Refuse): Promise<void> {
  if (req.method !== 'POST') return refuse(405, 'invalid', 'Method not allowed');
  const body = await readBytesBody(req, MINUTES_CHECK_MAX_BYTES);
  if (!body.ok) return refuse(413, body.code, body.message);
  if (body.bytes.byteLength === 0) return refuse(400, 'invalid', 'The body is the minutes file (DOCX or PDF)');
  const session = options.activeSession();
  if (session === null) return refuse(409, 'no_active_session', 'No session is active');
  const bytes = new ArrayBuffer(body.bytes.byteLength);
  new Uint8Array(bytes).set(body.bytes);
  const outcome = await (options.pool ?? minutesWorkerPool).run({ kind: 'check', bytes, sessionId: session.sessionId, databaseFile: session.databaseFile });
  switch (outcome.kind) {
    case 'checked':
      return answerCheck(res, outcome.check, session.sessionId, refuse);
    case 'busy':
    case 'timeout':
      return refuse(503, outcome.kind, outcome.message);
    case 'failed':
      return refuse(500, 'internal', outcome.message);
    case 'made':
    case 'refused':
      return refuse(500, 'internal', 'The minutes worker answered another job');
  }
}

function answerCheck(res: ServerResponse, check: MinutesCheck, activeSessionId: string, refuse: Refuse): void {
  if (check.ok) {
    const answer: MinutesCheckAnswer = { ok: true, kind: check.kind, events: check.record.eventCount, finalHash: check.record.finalHash, words: check.words };
    return sendJson(res, 200, answer);
  }
  switch (check.code) {
    case 'not_minutes':
      return refuse(415, 'not_minutes', `${check.message} Choose a minutes file (DOCX or PDF) made by Chamber.`);
    case 'no_stamp':
      return refuse(422, 'no_stamp', check.message);
    case 'other_session':
      return refuse(409, 'other_session', `The file was made from another session's record, not from the active session ${activeSessionId}.`);
    default: {
      const answer: MinutesCheckAnswer = { ok: false, code: check.code, message: check.message, ...(check.difference ? { difference: check.difference } : {}) };
      return sendJson(res, 200, answer);
    }
  }
}
