/**
 * The catalog HTTP API: the sessions of the data folder, creating, switching
 * and continuing them, and the active session's roster in bulk.
 *   GET  /api/sessions                 → {activeSessionId, sessions}
 *   POST /api/sessions {definition}    → 201 {id}: a new preparing session, active
 *   POST /api/sessions/demo            → 201 {id}: the demo session with its documents, active
 *   POST /api/sessions/:id/activate    → 200 {id}
 *   POST /api/sessions/:id/next {…}    → 201 {id}: the next session of the same council term, active
 *   POST /api/roster {seats, guests}   → 200 {seq}: `roster.import` on the active session
 *   GET  /api/roster.xlsx              → the active session's roster as a spreadsheet
 *   GET  /api/sessions/:id/archive     → the session's archive file (see archiveRoutes.ts)
 *   POST /api/sessions/restore         → 201 {id, …}: an uploaded archive restored, read-only
 * Every route needs `Authorization: Bearer` with the hub's console token or
 * the active session's secretary token, and a same-origin request when it
 * comes from a browser. Bodies are JSON of at most 1 MB, parsed with strict
 * schemas; a refusal is `{error, message}` (see shared/protocol/catalog.ts)
 * and changes nothing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { nextSessionSchema, sessionDefinitionSchema } from '../../../shared/core';
import type { NextSession, SessionDefinition } from '../../../shared/core';
import { catalogStatusOf, commandSchema, idSchema } from '../../../shared/protocol';
import type { CatalogRefusalCode, ChainProblem, CommandOf, SessionCatalogListing } from '../../../shared/protocol';
import { isSameOriginUpgrade } from './requestGuard';
import type { RecordActions } from '../../record/recordActions';
import { receiveRestore, sendArchive } from './archiveRoutes';
import { sendJson } from './sendJson';
import { readJsonBody } from './readJsonBody';

/** Room for a roster of 2,000 rows with long names and offices (the WebSocket's 64 KB is too small). */
export const CATALOG_MAX_BODY_BYTES = 1024 * 1024;

const createSessionRequestSchema = z.strictObject({ definition: sessionDefinitionSchema });
const rosterRequestSchema = z.strictObject({ seats: z.unknown(), guests: z.unknown() });
const activateRequestSchema = z.strictObject({ readOnly: z.boolean().optional() });

/** What a catalog action answers: a status and a JSON body, or a refusal. */
export type CatalogAnswer =
  | { ok: true; status: number; body: object }
  | { ok: false; code: CatalogRefusalCode | (string & {}); message: string; sessionId?: string; title?: string; chain?: ChainProblem };

/** A file to download: the roster spreadsheet. */
export interface CatalogFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface CatalogRouteOptions {
  /** Whether a bearer token may use the catalog: the console token, or the active session's secretary token. */
  authorize(token: string): boolean;
  listing(): SessionCatalogListing;
  create(definition: SessionDefinition): Promise<CatalogAnswer>;
  createDemo(): Promise<CatalogAnswer>;
  /** Opens a session; `readOnly` opens it to look at only (the one way to open a session whose chain is broken). */
  activate(sessionId: string, how?: { readOnly?: boolean }): Promise<CatalogAnswer>;
  next(sessionId: string, request: NextSession): Promise<CatalogAnswer>;
  importRoster(command: CommandOf<'roster.import'>): CatalogAnswer;
  /** The active roster as a spreadsheet; without it the route answers 501. */
  exportRoster(): Promise<CatalogFile | Extract<CatalogAnswer, { ok: false }>>;
  // The record: a session's archive, and restoring one (without it those routes answer not_found).
  records?: RecordActions;
}

/** True for the paths this module answers. */
export function isCatalogPath(path: string): boolean {
  return path === '/api/sessions' || path.startsWith('/api/sessions/') || path === '/api/roster' || path === '/api/roster.xlsx';
}

export async function handleCatalogRequest(req: IncomingMessage, res: ServerResponse, path: string, options: CatalogRouteOptions): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const refuse = (answer: Extract<CatalogAnswer, { ok: false }>) => {
    req.resume();
    const running = answer.sessionId ? { sessionId: answer.sessionId, title: answer.title } : {};
    sendJson(res, catalogStatusOf(answer.code), { error: answer.code, message: answer.message, ...running, ...(answer.chain ? { chain: answer.chain } : {}) });
  };
  const answer = (result: CatalogAnswer) => (result.ok ? sendJson(res, result.status, result.body) : refuse(result));

  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse({ ok: false, code: 'forbidden', message: 'The catalog is for the console only' });
  const token = req.headers.authorization?.match(/^Bearer ([A-Za-z0-9_-]{1,256})$/)?.[1];
  if (token === undefined || !options.authorize(token)) return refuse({ ok: false, code: 'unauthorized', message: 'The console token or the secretary token is required' });

  const route = matchRoute(req.method ?? 'GET', path);
  if (route === null) return refuse({ ok: false, code: 'not_found', message: 'No such catalog route' });
  if (route === 'method') {
    res.setHeader('Connection', 'close');
    req.resume();
    sendJson(res, 405, { error: 'invalid', message: 'Method not allowed' });
    return;
  }
  if (route.name === 'list') return sendJson(res, 200, options.listing());
  // The record: archives stream as files, not JSON.
  if (route.name === 'archive' || route.name === 'restore') {
    if (!options.records) return refuse({ ok: false, code: 'not_found', message: 'No such catalog route' });
    if (!('sessionId' in route)) return receiveRestore(req, res, options.records);
    req.resume();
    return sendArchive(res, route.sessionId, options.records);
  }
  if (route.name === 'export') {
    const file = await options.exportRoster();
    if ('ok' in file) return refuse(file);
    res.statusCode = 200;
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
    res.setHeader('Content-Length', file.bytes.byteLength);
    res.end(file.bytes);
    return;
  }

  const body = await readJsonBody(req, CATALOG_MAX_BODY_BYTES);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    return refuse({ ok: false, code: body.code, message: body.message });
  }
  switch (route.name) {
    case 'create': {
      const parsed = createSessionRequestSchema.safeParse(body.value);
      if (!parsed.success) return refuse(invalid(parsed.error));
      return answer(await options.create(parsed.data.definition));
    }
    case 'demo':
      if (body.value !== undefined && !isEmptyObject(body.value)) return refuse({ ok: false, code: 'invalid', message: 'The demo takes no body' });
      return answer(await options.createDemo());
    case 'activate': {
      // No body, `{}`, or `{readOnly: true}` to open the session to look at only.
      const parsed = activateRequestSchema.safeParse(body.value ?? {});
      if (!parsed.success) return refuse(invalid(parsed.error));
      return answer(await options.activate(route.sessionId, parsed.data.readOnly ? { readOnly: true } : {}));
    }
    case 'next': {
      const parsed = nextSessionSchema.safeParse(body.value);
      if (!parsed.success) return refuse(invalid(parsed.error));
      return answer(await options.next(route.sessionId, parsed.data));
    }
    case 'roster': {
      const shape = rosterRequestSchema.safeParse(body.value);
      if (!shape.success) return refuse(invalid(shape.error));
      const parsed = commandSchema.safeParse({ type: 'roster.import', seats: shape.data.seats, guests: shape.data.guests });
      if (!parsed.success || parsed.data.type !== 'roster.import') return refuse(parsed.success ? { ok: false, code: 'invalid', message: 'Not a roster' } : invalid(parsed.error));
      return answer(options.importRoster(parsed.data));
    }
  }
}

type Route =
  | { name: 'list' | 'create' | 'demo' | 'roster' | 'export' | 'restore' }
  | { name: 'activate' | 'next' | 'archive'; sessionId: string };

/** The route of a method and path; 'method' for a known path with another method; null for an unknown path. */
function matchRoute(method: string, path: string): Route | 'method' | null {
  const only = (wanted: string, route: Route): Route | 'method' => (method === wanted ? route : 'method');
  if (path === '/api/sessions') return method === 'GET' ? { name: 'list' } : only('POST', { name: 'create' });
  if (path === '/api/sessions/demo') return only('POST', { name: 'demo' });
  if (path === '/api/roster') return only('POST', { name: 'roster' });
  if (path === '/api/roster.xlsx') return only('GET', { name: 'export' });
  if (path === '/api/sessions/restore') return only('POST', { name: 'restore' });
  const match = path.match(/^\/api\/sessions\/([^/]+)\/(activate|next|archive)$/);
  if (!match?.[1] || !match[2]) return null;
  const sessionId = safeDecode(match[1]);
  if (sessionId === null || !idSchema.safeParse(sessionId).success) return null;
  if (match[2] === 'archive') return only('GET', { name: 'archive', sessionId });
  return only('POST', { name: match[2] === 'activate' ? 'activate' : 'next', sessionId });
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function invalid(error: z.ZodError): Extract<CatalogAnswer, { ok: false }> {
  const details = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
  return { ok: false, code: 'invalid', message: details };
}
