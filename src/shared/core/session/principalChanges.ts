/**
 * What the hub must redo after events change who holds a link: rebuild its
 * token table, and close the connections of links that were revoked. Roster
 * events (an import, a vacancy, a removed seat or guest) revoke links as
 * `pairing.reissued` does.
 */
import type { SessionState } from '../../protocol';

export interface PrincipalChanges {
  /** Some principal was added, removed or given a new generation: the token table is out of date. */
  changed: boolean;
  /** Principals whose link stopped working: removed, or moved to a newer generation. */
  revoked: string[];
}

/** Compares the principals before and after some events. */
export function principalChanges(before: SessionState, after: SessionState): PrincipalChanges {
  if (before.principals === after.principals) return { changed: false, revoked: [] };
  const revoked = Object.values(before.principals)
    .filter((principal) => {
      const now = Object.hasOwn(after.principals, principal.id) ? after.principals[principal.id] : undefined;
      return now === undefined || now.generation !== principal.generation;
    })
    .map((principal) => principal.id);
  const added = Object.keys(after.principals).some((id) => !Object.hasOwn(before.principals, id));
  return { changed: revoked.length > 0 || added, revoked };
}
