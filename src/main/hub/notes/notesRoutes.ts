/**
 * `/api/notes`: a delegate's private notes, as ciphertext (see
 * shared/protocol/notes.ts for the contract). The delegate's current token
 * authenticates; the seat's principal id is the only key, so a delegate reads
 * and writes their own seat's notes and no other. Staff and guests are
 * refused. Every body is checked before anything is stored; a refused request
 * changes nothing. No body is ever logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Principal } from '../../../shared/protocol';
import { NOTES_LIMITS, NOTES_REFUSALS, noteIdSchema, notesKeyRecordSchema, sealedSchema } from '../../../shared/protocol/notes';
import type { NotesListing, NotesRefusalCode } from '../../../shared/protocol/notes';
import { authenticate } from '../http/bearerToken';
import { readJsonBody } from '../http/readJsonBody';
import { sendJson } from '../http/sendJson';
import type { SessionEngine } from '../sessionEngine';
import type { NotesStore } from './notesStore';

export const NOTES_PATH = '/api/notes';

export interface NotesRouteOptions {
  /** The active session's engine; null in the lobby. */
  engine(): SessionEngine | null;
  /** The active session's notes; null in the lobby. */
  store(): NotesStore | null;
}

export function isNotesPath(path: string): boolean {
  return path === NOTES_PATH || path.startsWith(`${NOTES_PATH}/`);
}

export async function handleNotesRequest(req: IncomingMessage, res: ServerResponse, path: string, options: NotesRouteOptions): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const refuse = (code: NotesRefusalCode, message: string) => {
    req.resume();
    // What is still coming of a body past the limit is not read: the connection ends with the answer.
    if (code === 'too_large') res.setHeader('Connection', 'close');
    sendJson(res, NOTES_REFUSALS[code], { error: code, message });
  };
  const engine = options.engine();
  const store = options.store();
  if (!engine || !store) return refuse('no_session', 'No session is loaded');
  const principal = authenticate(req, engine);
  if (!principal) return refuse('unauthorized', 'A current delegate token is required');
  if (!ownsNotes(principal)) return refuse('forbidden', 'Only a delegate on a seat keeps private notes');
  const owner = principal.id;
  const rest = path.slice(NOTES_PATH.length);
  const method = req.method ?? 'GET';
  // A read-only (or restored) session changes nothing, the delegates' notes included; they can still be read.
  // An ended session that is open for work keeps taking notes: they are the delegate's own, not the record.
  if (engine.readOnly && method !== 'GET') return refuse('read_only', 'This session is open read-only: its notes cannot change');

  if (rest === '' || rest === '/') {
    if (method === 'GET') {
      const listing: NotesListing = { key: store.keyOf(owner), notes: store.list(owner) };
      sendJson(res, 200, listing);
      return;
    }
    if (method === 'DELETE') {
      store.clear(owner);
      sendJson(res, 200, { ok: true });
      return;
    }
    res.setHeader('Allow', 'GET, DELETE');
    return refuse('method_not_allowed', 'Use GET or DELETE');
  }

  if (rest === '/key') {
    if (method !== 'PUT') {
      res.setHeader('Allow', 'PUT');
      return refuse('method_not_allowed', 'Use PUT');
    }
    const body = await readBody(req, notesKeyRecordSchema);
    if (!body.ok) return refuse(body.code, body.message);
    if (!store.setKey(owner, body.value)) return refuse('key_exists', 'This seat already has a notes key');
    sendJson(res, 200, { ok: true });
    return;
  }

  const noteId = noteIdSchema.safeParse(rest.slice(1));
  if (!noteId.success) return refuse('not_found', 'No such notes path');
  if (method === 'DELETE') {
    store.remove(owner, noteId.data);
    sendJson(res, 200, { ok: true });
    return;
  }
  if (method !== 'PUT') {
    res.setHeader('Allow', 'PUT, DELETE');
    return refuse('method_not_allowed', 'Use PUT or DELETE');
  }
  const body = await readBody(req, sealedSchema);
  if (!body.ok) return refuse(body.code, body.message);
  const outcome = store.put(owner, noteId.data, body.value);
  if (outcome === 'no_key') return refuse('no_key', 'Set the notes key first');
  if (outcome === 'seat_full') {
    return refuse('seat_full', `A seat keeps at most ${NOTES_LIMITS.notesPerSeat} notes and ${NOTES_LIMITS.seatChars} characters of them`);
  }
  sendJson(res, 200, { ok: true });
}

/** Delegates on a seat; never staff (secretary, chair, screen) and never guests. */
function ownsNotes(principal: Principal): boolean {
  return principal.role === 'delegate' && principal.seat !== null;
}

type Body<T> = { ok: true; value: T } | { ok: false; code: 'too_large' | 'bad_json' | 'invalid'; message: string };

async function readBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<Body<T>> {
  const body = await readJsonBody(req, NOTES_LIMITS.bodyBytes);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  // A note longer than a note may be is refused as too large, like a body past the limit.
  if (!parsed.success && parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path.join('.') === 'data')) {
    return { ok: false, code: 'too_large', message: `A note's ciphertext may be at most ${NOTES_LIMITS.noteChars} characters` };
  }
  if (!parsed.success) return { ok: false, code: 'invalid', message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ') };
  return { ok: true, value: parsed.data };
}
