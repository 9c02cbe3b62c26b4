/**
 * A replaced link ends at once: every connection that said hello with an
 * older generation of its principal (a reissue, a vacated seat), or whose
 * principal is gone (a removed guest, a roster replaced), is told `revoked`
 * and closed, and the secretary gets the new links.
 */
import { seatPrincipalId } from '../../../shared/core';
import type { Principal, RevokedReason, SessionState } from '../../../shared/protocol';
import { CLOSE_CODES } from '../../../shared/protocol';
import type { ClientRegistry, ConnectedClient } from './clientRegistry';
import { serialize } from './fanOut';

const REVOKED_MESSAGES: Record<RevokedReason, string> = {
  replaced: 'This link was replaced by a newer one',
  vacated: 'This seat was vacated; its link no longer works',
  removed: 'This person is no longer on the roster; the link no longer works',
};

/** Tells a connection why its link stopped working, then closes it with 4003. */
export function revoke(connection: Pick<ConnectedClient, 'send' | 'close'>, reason: RevokedReason = 'replaced'): void {
  connection.send(serialize({ type: 'error', code: 'revoked', message: REVOKED_MESSAGES[reason] }));
  connection.send(serialize({ type: 'revoked', reason }));
  connection.close(CLOSE_CODES.revoked, 'token revoked');
}

/** Why a principal's older link no longer works in this state. */
export function revokedReason(state: Pick<SessionState, 'principals' | 'seats'>, principalId: string): RevokedReason {
  if (!state.principals[principalId]) return 'removed';
  const vacant = state.seats.some((seat) => seat.vacantFrom !== undefined && seatPrincipalId(seat.seat) === principalId);
  return vacant ? 'vacated' : 'replaced';
}

/**
 * Called when the principals changed: closes the connections whose link is no
 * longer current, then sends the secretary the links as they are now.
 */
export function revokeOutdatedLinks(registry: ClientRegistry, state: Pick<SessionState, 'principals' | 'seats'>, pairingLinksText: () => string): void {
  for (const client of [...registry.all()]) {
    const current: Principal | undefined = state.principals[client.principal.id];
    if (!current || current.generation > client.generation) revoke(client, revokedReason(state, client.principal.id));
  }
  const text = pairingLinksText();
  for (const client of registry.withRole('secretary')) client.send(text);
}
