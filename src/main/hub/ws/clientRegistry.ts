/** The live, authenticated connections, grouped by audience and by principal. */
import type { Audience } from '../../../shared/core';
import { AUDIENCES } from '../../../shared/core';
import type { Principal } from '../../../shared/protocol';

export interface ConnectedClient {
  readonly principal: Principal;
  readonly audience: Audience;
  /** The principal's generation when this connection said hello; a reissue with a newer one revokes it. */
  readonly generation: number;
  /** A delegate's viewer follows the presenter (it says so with a `follow` message). */
  following: boolean;
  /** Sends an already serialised message. */
  send(text: string): void;
  close(code: number, reason: string): void;
}

export class ClientRegistry {
  private readonly audiences = new Map<Audience, Set<ConnectedClient>>(AUDIENCES.map((audience) => [audience, new Set()]));
  private readonly principals = new Map<string, Set<ConnectedClient>>();

  add(client: ConnectedClient): void {
    this.audiences.get(client.audience)?.add(client);
    const own = this.principals.get(client.principal.id) ?? new Set();
    own.add(client);
    this.principals.set(client.principal.id, own);
  }

  remove(client: ConnectedClient): void {
    this.audiences.get(client.audience)?.delete(client);
    const own = this.principals.get(client.principal.id);
    own?.delete(client);
    if (own?.size === 0) this.principals.delete(client.principal.id);
  }

  inAudience(audience: Audience): ReadonlySet<ConnectedClient> {
    return this.audiences.get(audience) ?? new Set();
  }

  ofPrincipal(principalId: string): ConnectedClient[] {
    return [...(this.principals.get(principalId) ?? [])];
  }

  withRole(role: Principal['role']): ConnectedClient[] {
    return [...this.all()].filter((client) => client.principal.role === role);
  }

  *all(): Iterable<ConnectedClient> {
    for (const set of this.audiences.values()) yield* set;
  }

  count(): number {
    let total = 0;
    for (const set of this.audiences.values()) total += set.size;
    return total;
  }

  onlinePrincipalIds(): string[] {
    return [...this.principals.keys()];
  }

  /** Delegates with at least one connection whose viewer follows the presenter. */
  followingPrincipalIds(): string[] {
    const following = new Set<string>();
    for (const client of this.inAudience('delegate')) if (client.following) following.add(client.principal.id);
    return [...following];
  }
}
