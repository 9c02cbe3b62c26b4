/**
 * Sends an imported roster to the hub with `POST /api/roster` (the `roster.import`
 * command over HTTP, since 2,000 rows do not fit the WebSocket's message cap),
 * with the console's secretary token. The hub answers `{ seq }` or
 * `{ error, message }` with a rejection code the console translates.
 */
import { z } from 'zod';
import type { GuestRow, Result, SeatRow } from '../../../shared/protocol';
import { rejection } from '../../../shared/protocol';

/** A rejection code from the hub, or `network` when no answer came. */
export type RosterImportResult = Result<{ seq: number }, string>;

export interface RosterImportTarget {
  httpBase: string;
  token: string;
}

const replySchema = z.union([z.object({ seq: z.number().int().min(0) }), z.object({ error: z.string().min(1), message: z.string().optional() })]);

/** Reads the hub's answer; a body outside the contract (a proxy's page) is judged by its status. */
export function readRosterReply(status: number, body: unknown): RosterImportResult {
  const parsed = replySchema.safeParse(body);
  if (parsed.success) {
    const reply = parsed.data;
    if ('seq' in reply) return status === 200 ? { ok: true, seq: reply.seq } : rejection('invalid', `HTTP ${status}`);
    return rejection(reply.error, reply.message ?? `HTTP ${status}`);
  }
  if (status === 401) return rejection('unauthorized', 'HTTP 401');
  if (status === 403) return rejection('forbidden', 'HTTP 403');
  if (status === 413) return rejection('roster_too_large', 'HTTP 413');
  return rejection('invalid', `HTTP ${status}`);
}

export async function postRoster(target: RosterImportTarget, roster: { seats: SeatRow[]; guests: GuestRow[] }): Promise<RosterImportResult> {
  let response: Response;
  try {
    response = await fetch(`${target.httpBase}/api/roster`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(roster),
    });
  } catch {
    return rejection('network', 'The roster did not reach the hub');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON: judged by the status */
  }
  return readRosterReply(response.status, body);
}
