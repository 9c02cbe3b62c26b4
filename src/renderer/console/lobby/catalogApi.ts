/**
 * The hub's catalog API as the console calls it: the sessions of the data
 * folder, creating one, opening one. Every answer is checked before use; a
 * failure comes back as a code the console translates, never as a throw.
 */
import { z } from 'zod';
import type { SessionDefinition } from '../../../shared/core';
import type { SessionKind, SittingPeriod } from './sessionModel';
import { COUNCIL_LEVELS, SESSION_KINDS, SESSION_STATUSES } from './sessionModel';

export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  council: z.string(),
  councilLevel: z.enum(COUNCIL_LEVELS),
  term: z.string(),
  number: z.number().nullable(),
  kind: z.enum(SESSION_KINDS),
  status: z.enum(SESSION_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  termId: z.string(),
  seats: z.number(),
  guests: z.number(),
  createdAt: z.number(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

const catalogSchema = z.object({ activeSessionId: z.string().nullable(), sessions: z.array(sessionSummarySchema) });
export type Catalog = z.infer<typeof catalogSchema>;

const createdSchema = z.object({ id: z.string() });

/** What went wrong: the hub's error code (e.g. `session_running`), or `offline` when it could not be reached. */
export interface CatalogFailure {
  error: string;
  /** The running session, with a `session_running` refusal. */
  sessionId?: string;
  title?: string;
}

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; failure: CatalogFailure };

export interface NextSessionRequest {
  title: string;
  number: number | null;
  kind: SessionKind;
  startDate: string;
  endDate: string;
  sittings: Array<{ key: string; title: string; date: string; period: SittingPeriod }>;
}

export interface CatalogApi {
  list(): Promise<CatalogResult<Catalog>>;
  create(definition: SessionDefinition): Promise<CatalogResult<{ id: string }>>;
  createDemo(): Promise<CatalogResult<{ id: string }>>;
  activate(sessionId: string): Promise<CatalogResult<{ id: string }>>;
  next(sessionId: string, request: NextSessionRequest): Promise<CatalogResult<{ id: string }>>;
}

const failureSchema = z.object({ error: z.string(), sessionId: z.string().optional(), title: z.string().optional() });

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
      const failure = failureSchema.safeParse(json);
      return { ok: false, failure: failure.success ? stripUndefined(failure.data) : { error: response.status === 401 ? 'unauthorized' : 'internal' } };
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: { error: 'internal' } };
  }
  const id = (sessionId: string) => encodeURIComponent(sessionId);
  return {
    list: () => call('GET', '/api/sessions', catalogSchema),
    create: (definition) => call('POST', '/api/sessions', createdSchema, { definition }),
    createDemo: () => call('POST', '/api/sessions/demo', createdSchema, {}),
    activate: (sessionId) => call('POST', `/api/sessions/${id(sessionId)}/activate`, createdSchema, {}),
    next: (sessionId, request) => call('POST', `/api/sessions/${id(sessionId)}/next`, createdSchema, request),
  };
}

function stripUndefined(failure: z.infer<typeof failureSchema>): CatalogFailure {
  return {
    error: failure.error,
    ...(failure.sessionId === undefined ? {} : { sessionId: failure.sessionId }),
    ...(failure.title === undefined ? {} : { title: failure.title }),
  };
}
