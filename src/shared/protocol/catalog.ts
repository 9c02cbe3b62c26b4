/**
 * The catalog HTTP contract: the sessions one data folder holds, and the
 * answers of `/api/sessions…` and `/api/roster`. The hub's routes and the
 * console's session list both take their shapes and codes from here.
 * A refusal is `{error, message}` with the HTTP status given below (a refused
 * command keeps the core's code, see `catalogStatusOf`).
 */
import { z } from 'zod';
import { COUNCIL_LEVELS, idSchema, SESSION_KINDS, SESSION_STATUSES } from './values';

export const sessionSummarySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  council: z.string(),
  councilLevel: z.enum(COUNCIL_LEVELS),
  term: z.string(),
  number: z.number().int().nullable(),
  kind: z.enum(SESSION_KINDS),
  status: z.enum(SESSION_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  termId: idSchema,
  /** Seats in the roster, vacant ones included. */
  seats: z.number().int().min(0),
  guests: z.number().int().min(0),
  /** When the session was created (epoch ms, the hub's clock). */
  createdAt: z.number().int().min(0),
  // The record: a session brought back from an archive, which opens read-only.
  restored: z.boolean().optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

// The record: the first event of a session's log that does not match its hash chain.
export const chainProblemSchema = z.strictObject({
  sessionId: idSchema,
  seq: z.number().int().min(0),
  type: z.string(),
  kind: z.enum(['missing', 'link', 'content']),
  reason: z.string(),
});
export type ChainProblem = z.infer<typeof chainProblemSchema>;

/** `GET /api/sessions`, and what `catalog.json` holds. */
export const sessionCatalogSchema = z.strictObject({
  activeSessionId: idSchema.nullable(),
  sessions: z.array(sessionSummarySchema),
  // The record (in `GET /api/sessions` only): sessions refused for a broken chain, and whether the active one is read-only.
  brokenChains: z.array(chainProblemSchema).optional(),
  activeReadOnly: z.boolean().optional(),
});
export type SessionCatalogListing = z.infer<typeof sessionCatalogSchema>;

/** Codes the catalog routes answer with besides a refused command's, with their HTTP status. */
export const CATALOG_REFUSALS = {
  bad_json: 400,
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  /** Another session is open (running): it must end before the hub serves another one. */
  session_running: 409,
  /** The hub is in the lobby: no session is active. */
  no_active_session: 409,
  storage_full: 507,
  storage_read_only: 503,
  storage_failed: 500,
  internal: 500,
  // The record: a session whose hash chain is broken opens only read-only; an archive that fails its checks.
  chain_broken: 409,
  already_exists: 409,
  bad_archive: 422,
} as const satisfies Record<string, number>;
export type CatalogRefusalCode = keyof typeof CATALOG_REFUSALS;

/** A refusal of a catalog route; `session_running` also names the running session. */
export const catalogRefusalSchema = z.object({
  error: z.string(),
  message: z.string(),
  sessionId: idSchema.optional(),
  title: z.string().optional(),
  // The record: the first bad event of a `chain_broken` refusal, and why an archive was refused (`bad_archive`).
  chain: chainProblemSchema.optional(),
  reason: z.string().optional(),
});
export type CatalogRefusal = z.infer<typeof catalogRefusalSchema>;

/** Codes of the core that say the session is in the wrong state for the command: 409; every other refusal of the core is 400. */
const CONFLICT_CODES: ReadonlySet<string> = new Set(['session_ended', 'session_not_open', 'session_not_preparing', 'seat_has_ballots']);

/** The HTTP status of a refusal code, whether the catalog's own or a refused command's. */
export function catalogStatusOf(code: string): number {
  if (Object.hasOwn(CATALOG_REFUSALS, code)) return CATALOG_REFUSALS[code as CatalogRefusalCode];
  return CONFLICT_CODES.has(code) ? 409 : 400;
}

/** `POST /api/sessions`, `/demo`, `/:id/activate` and `/:id/next` answer the session's id. */
export const sessionIdReplySchema = z.strictObject({ id: idSchema });
/** `POST /api/roster` answers the seq of the committed import. */
export const rosterReplySchema = z.strictObject({ seq: z.number().int().min(0) });
