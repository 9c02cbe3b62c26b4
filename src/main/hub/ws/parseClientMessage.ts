/** The edge: turns raw socket data into a typed client message or a precise error. */
import type { ClientMessage, Rejection } from '../../../shared/protocol';
import { clientMessageSchema, LIMITS, rejection } from '../../../shared/protocol';

/** A parsed message, or the error to answer, named by the request's id when it could be read. */
export type ParseResult = { ok: true; message: ClientMessage } | (Rejection & { requestId?: string });

export function parseClientMessage(data: Buffer | string, isBinary: boolean): ParseResult {
  if (isBinary) return rejection('bad_message', 'Binary frames are not part of the protocol');
  const byteLength = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  if (byteLength > LIMITS.maxMessageBytes) {
    return rejection('too_large', `A message may be at most ${LIMITS.maxMessageBytes} bytes`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(data.toString());
  } catch {
    return rejection('bad_json', 'The message is not JSON');
  }
  const parsed = clientMessageSchema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'message'}: ${issue.message}`)
    .join('; ');
  const requestId = requestIdOf(raw);
  return { ...rejection('bad_message', details), ...(requestId === undefined ? {} : { requestId }) };
}

/** The requestId of a malformed command, when it has a usable one, so the error can name it. */
function requestIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'requestId')) return undefined;
  const value = (raw as { requestId: unknown }).requestId;
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : undefined;
}
