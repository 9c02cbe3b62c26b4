/**
 * The record's HTTP API, for the console (`Authorization: Bearer` with the
 * console token or the active secretary's, same-origin from a browser):
 *   GET  /api/record/verify            → the active session's chain check (RecordCheck)
 *   POST /api/record/receipt {code}    → where that ballot was counted (ReceiptFinding)
 *   POST /api/record/minutes-check     → whether a minutes file matches the record (minutesCheckRoute.ts)
 * A refusal is `{error, message}`; nothing here changes anything.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeReceiptCode, receiptRequestSchema } from '../../../shared/protocol';
import type { ReceiptFinding, RecordCheck } from '../../../shared/protocol';
// The minutes check (a DOCX or PDF against the record).
import { handleMinutesCheck, MINUTES_CHECK_PATH } from './minutesCheckRoute';
import type { MinutesCheckRouteOptions } from './minutesCheckRoute';
import { isSameOriginUpgrade } from './requestGuard';
import { readJsonBody } from './readJsonBody';
import { sendJson } from './sendJson';

export interface RecordRouteOptions {
  authorize(token: string): boolean;
  verify(): RecordCheck | null;
  findReceipt(code: string): ReceiptFinding | null;
  // The minutes check: the active session's log; without it the route is not served.
  minutesCheck?: MinutesCheckRouteOptions;
}

const RECEIPT_MAX_BODY_BYTES = 1024;

export function isRecordPath(path: string): boolean {
  return path === '/api/record/verify' || path === '/api/record/receipt' || path === MINUTES_CHECK_PATH;
}

export async function handleRecordRequest(req: IncomingMessage, res: ServerResponse, path: string, options: RecordRouteOptions): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const refuse = (status: number, error: string, message: string) => {
    req.resume();
    sendJson(res, status, { error, message });
  };
  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse(403, 'forbidden', 'The record is for the console only');
  const token = req.headers.authorization?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/)?.[1];
  if (token === undefined || !options.authorize(token)) return refuse(401, 'unauthorized', 'The console token or the secretary token is required');
  const method = req.method ?? 'GET';

  if (path === '/api/record/verify') {
    if (method !== 'GET') return refuse(405, 'invalid', 'Method not allowed');
    const check = options.verify();
    if (!check) return refuse(409, 'no_active_session', 'No session is active');
    return sendJson(res, 200, check);
  }
  // The minutes check.
  if (path === MINUTES_CHECK_PATH) {
    if (!options.minutesCheck) return refuse(404, 'not_found', 'The minutes check is not served here');
    return handleMinutesCheck(req, res, options.minutesCheck, refuse);
  }
  if (method !== 'POST') return refuse(405, 'invalid', 'Method not allowed');
  const body = await readJsonBody(req, RECEIPT_MAX_BODY_BYTES);
  if (!body.ok) return refuse(body.code === 'too_large' ? 413 : 400, body.code, body.message);
  const parsed = receiptRequestSchema.safeParse(body.value);
  if (!parsed.success) return refuse(400, 'invalid', 'The body is {code}');
  const code = normalizeReceiptCode(parsed.data.code);
  if (code === null) return refuse(400, 'invalid', 'A receipt is 8 letters and digits, as XXXX-XXXX');
  const finding = options.findReceipt(code);
  if (!finding) return refuse(409, 'no_active_session', 'No session is active');
  return sendJson(res, 200, finding);
}
