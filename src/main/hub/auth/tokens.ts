/**
 * Tokens are HMACs of (session, principal, generation) under the hub key.
 * Reissuing a link bumps the generation: the old token then resolves as revoked.
 */
import { createHmac } from 'node:crypto';
import type { Principal, SessionState } from '../../../shared/protocol';

export function deriveToken(key: Buffer, sessionId: string, principalId: string, generation: number): string {
  return createHmac('sha256', key).update(`chamber-token/v1\n${sessionId}\n${principalId}\n${generation}`).digest('base64url').slice(0, 32);
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

/** Builds the token table for a state; rebuild it whenever principals change. */
export function buildTokenDirectory(key: Buffer, state: SessionState): TokenDirectory {
  const byToken = new Map<string, { principal: Principal; generation: number }>();
  const current = new Map<string, string>();
  const sessionId = state.session?.id;
  if (sessionId !== undefined) {
    for (const principal of Object.values(state.principals)) {
      for (let generation = 1; generation <= principal.generation; generation += 1) {
        const token = deriveToken(key, sessionId, principal.id, generation);
        byToken.set(token, { principal, generation });
        if (generation === principal.generation) current.set(principal.id, token);
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
