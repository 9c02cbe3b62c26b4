/**
 * A reissued link replaces the old one at once: every connection that said
 * hello with an older generation of the principal is told `revoked` and
 * closed, and the secretary gets the new links.
 */
import type { StoredEvent } from '../../../shared/protocol';
import { CLOSE_CODES } from '../../../shared/protocol';
import type { ClientRegistry, ConnectedClient } from './clientRegistry';
import { serialize } from './fanOut';

/** Tells a connection its link was replaced, then closes it with 4003. */
export function revoke(connection: Pick<ConnectedClient, 'send' | 'close'>): void {
  connection.send(serialize({ type: 'error', code: 'revoked', message: 'This link was replaced by a newer one' }));
  connection.send(serialize({ type: 'revoked' }));
  connection.close(CLOSE_CODES.revoked, 'token revoked');
}

/** Acts on the `pairing.reissued` events among committed ones; the others are ignored. */
export function revokeReplacedLinks(registry: ClientRegistry, events: readonly StoredEvent[], pairingLinksText: () => string): void {
  const reissued = events.flatMap(({ event }) => (event.type === 'pairing.reissued' ? [event] : []));
  if (reissued.length === 0) return;
  for (const event of reissued) {
    for (const client of registry.ofPrincipal(event.principalId)) {
      if (client.generation < event.generation) revoke(client);
    }
  }
  const text = pairingLinksText();
  for (const client of registry.withRole('secretary')) client.send(text);
}
