/**
 * What the console may do and show for a state of its link to the hub. A
 * command needs a live, caught-up link; without one the buttons are disabled
 * rather than left to fail after a wait, and live figures are marked stale.
 */
import type { ConnectionStatus } from '../client/hubClient';

export interface ConsoleLink {
  /** Commands can be sent: the link is up and the state caught up. */
  live: boolean;
  /** The link was up and is lost: say so plainly, in a banner. */
  lost: boolean;
}

export function consoleLink(status: ConnectionStatus, synced: boolean, everSynced: boolean): ConsoleLink {
  const live = status === 'online' && synced;
  return { live, lost: !live && everSynced };
}
