/**
 * Tokens are HMACs of (council term, principal, generation) under the hub key.
 * Every session of one council term shares its `termId`, so a device paired
 * once for the term reaches the next session with the same token, as long as
 * its principal keeps its generation there. Reissuing a link or vacating a
 * seat bumps the generation: the old token then resolves as revoked. A session
 * from before terms existed has its own id as its termId, so its links stay.
 */
import { createHmac } from 'node:crypto';
import { seatPrincipalId } from '../../../shared/core';
import type { Principal, SessionState } from '../../../shared/protocol';

export function deriveToken(key: Buffer, termId: string, principalId: string, generation: number): string {
  return createHmac('sha256', key).update(`chamber-token/v1\n${termId}\n${principalId}\n${generation}`).digest('base64url').slice(0, 32);
}

export type TokenLookup =
  | { status: 'valid'; principal: Principal }
  | { status: 'revoked'; principal: Principal }
  | { status: 'unknown' };

export interface TokenDirectory {
  lookup(token: string): TokenLookup;
  /** The current token of a principal. */
  tokenOf(principalId: string): string | undefined;
}

/**
 * Builds the token table for a state; rebuild it whenever principals change. A
 * vacant seat has no current link: every token it ever had resolves as revoked,
 * and no card can be printed for it.
 */
export function buildTokenDirectory(key: Buffer, state: SessionState): TokenDirectory {
  const byToken = new Map<string, { principal: Principal; generation: number }>();
  const current = new Map<string, string>();
  const termId = state.session?.termId;
  const vacant = new Set(state.seats.filter((seat) => seat.vacantFrom !== undefined).map((seat) => seatPrincipalId(seat.seat)));
  if (termId !== undefined) {
    for (const principal of Object.values(state.principals)) {
      const live = !vacant.has(principal.id);
      for (let generation = 1; generation <= principal.generation; generation += 1) {
        const token = deriveToken(key, termId, principal.id, generation);
        // A vacant seat's tokens all point past its generation, so each looks up as revoked.
        byToken.set(token, { principal, generation: live ? generation : 0 });
        if (live && generation === principal.generation) current.set(principal.id, token);
      }
    }
  }
  return {
    lookup(token) {
      const entry = byToken.get(token);
      if (!entry) return { status: 'unknown' };
      return entry.generation === entry.principal.generation
        ? { status: 'valid', principal: entry.principal }
        : { status: 'revoked', principal: entry.principal };
    },
    tokenOf: (principalId) => current.get(principalId),
  };
}

/** The principal id and term of the console token, which opens the session list whatever session is active. */
const CONSOLE_TERM = 'hub';
const CONSOLE_PRINCIPAL = 'console';

/** The hub's console token: it works in the lobby and with every session, for the catalog API only. */
export function consoleToken(key: Buffer): string {
  return deriveToken(key, CONSOLE_TERM, CONSOLE_PRINCIPAL, 1);
}
