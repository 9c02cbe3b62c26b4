/**
 * A replaced link ends at once: every connection that said hello with an
 * older generation of its principal (a reissue, a vacated seat), or whose
 * principal is gone (a removed guest, a roster replaced), is told `revoked`
 * and closed, and the secretary gets the new links.
 */
import type { Principal } from '../../../shared/protocol';
import { CLOSE_CODES } from '../../../shared/protocol';
import type { ClientRegistry, ConnectedClient } from './clientRegistry';
import { serialize } from './fanOut';

/** Tells a connection its link was replaced, then closes it with 4003. */
export function revoke(connection: Pick<ConnectedClient, 'send' | 'close'>): void {
  connection.send(serialize({ type: 'error', code: 'revoked', message: 'This link was replaced by a newer one' }));
  connection.send(serialize({ type: 'revoked' }));
  connection.close(CLOSE_CODES.revoked, 'token revoked');
}

/**
 * Called when the principals changed: closes the connections whose link is no
 * longer current, then sends the secretary the links as they are now.
 */
export function revokeOutdatedLinks(registry: ClientRegistry, principals: Readonly<Record<string, Principal>>, pairingLinksText: () => string): void {
  for (const client of [...registry.all()]) {
    const current = principals[client.principal.id];
    if (!current || current.generation > client.generation) revoke(client);
  }
  const text = pairingLinksText();
  for (const client of registry.withRole('secretary')) client.send(text);
}
