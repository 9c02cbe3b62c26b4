/**
 * The hub's catalog API as the console calls it: the sessions of the data
 * folder, creating one, opening one. Every answer is checked before use; a
 * failure comes back as a code the console translates, never as a throw.
 */
import type { z } from 'zod';
import type { NextSession, SessionDefinition } from '../../../shared/core';
import { catalogRefusalSchema, sessionCatalogSchema, sessionIdReplySchema } from '../../../shared/protocol';
import type { ChainProblem, SessionCatalogListing, SessionSummary } from '../../../shared/protocol';

export type { SessionSummary };
export type Catalog = SessionCatalogListing;
/** What the next-session form sends: the new session's own fields. */
export type NextSessionRequest = NextSession;

/** What went wrong: the hub's error code (e.g. `session_running`), or `offline` when it could not be reached. */
export interface CatalogFailure {
  error: string;
  /** The running session, with a `session_running` refusal. */
  sessionId?: string;
  title?: string;
  // The record: the first bad event of a `chain_broken` refusal; why an archive was refused.
  chain?: ChainProblem;
  reason?: string;
}

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; failure: CatalogFailure };

export interface CatalogApi {
  list(): Promise<CatalogResult<Catalog>>;
  create(definition: SessionDefinition): Promise<CatalogResult<{ id: string }>>;
  createDemo(): Promise<CatalogResult<{ id: string }>>;
  /** Opens a session; `readOnly` to look at it only (the one way to open a session whose record is broken). */
  activate(sessionId: string, how?: { readOnly?: boolean }): Promise<CatalogResult<{ id: string }>>;
  next(sessionId: string, request: NextSessionRequest): Promise<CatalogResult<{ id: string }>>;
}

/** `base` is the hub's address ('' for the page's own origin); `token` the console's or the secretary's. */
export function createCatalogApi(base: string, token: () => string, fetchImpl: typeof fetch = (...args) => fetch(...args)): CatalogApi {
  async function call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<CatalogResult<T>> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        cache: 'no-store',
        headers: { Authorization: `Bearer ${token()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, failure: { error: 'offline' } };
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const failure = catalogRefusalSchema.safeParse(json);
      return { ok: false, failure: failure.success ? stripUndefined(failure.data) : { error: response.status === 401 ? 'unauthorized' : 'internal' } };
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: { error: 'internal' } };
  }
  const id = (sessionId: string) => encodeURIComponent(sessionId);
  return {
    list: () => call('GET', '/api/sessions', sessionCatalogSchema),
    create: (definition) => call('POST', '/api/sessions', sessionIdReplySchema, { definition }),
    createDemo: () => call('POST', '/api/sessions/demo', sessionIdReplySchema, {}),
    activate: (sessionId, how) => call('POST', `/api/sessions/${id(sessionId)}/activate`, sessionIdReplySchema, how?.readOnly ? { readOnly: true } : {}),
    next: (sessionId, request) => call('POST', `/api/sessions/${id(sessionId)}/next`, sessionIdReplySchema, request),
  };
}

function stripUndefined(failure: z.infer<typeof catalogRefusalSchema>): CatalogFailure {
  return {
    error: failure.error,
    ...(failure.sessionId === undefined ? {} : { sessionId: failure.sessionId }),
    ...(failure.title === undefined ? {} : { title: failure.title }),
    ...(failure.chain === undefined ? {} : { chain: failure.chain }),
    ...(failure.reason === undefined ? {} : { reason: failure.reason }),
  };
}
