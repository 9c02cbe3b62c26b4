import type { Principal, SessionState } from '../protocol';

/** Looks a principal up by id, never reaching into the prototype (`constructor`, `__proto__`). */
export function findPrincipal(state: SessionState, id: string): Principal | undefined {
  return Object.hasOwn(state.principals, id) ? state.principals[id] : undefined;
}
