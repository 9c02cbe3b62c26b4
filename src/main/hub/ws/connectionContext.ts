/** What one connection needs from the hub, and how it answers its own socket. */
import type { ErrorCode, HubMessage, PairingLink, Principal } from '../../../shared/protocol';
import type { PairingSetup } from '../auth/pairingSetup';
import type { Logger } from '../logger';
import type { PageTurnCoalescer } from '../pageTurnCoalescer';
import type { SessionEngine } from '../sessionEngine';
import type { BallotBox } from '../voting/ballotBox';
import type { ClientRegistry } from './clientRegistry';

export interface ConnectionContext {
  engine: SessionEngine;
  registry: ClientRegistry;
  /** Called when what staff see live (presence, following) may have changed. */
  staffChanged(): void;
  /** What a staff client is told at once on hello: presence, following, vote progress. */
  staffMessages(): HubMessage[];
  /** What a delegate is told on hello about its ballot in the open vote. */
  ballotStatus(principal: Principal): HubMessage[];
  ballots: BallotBox;
  /** The current links, for the secretary. */
  pairingLinks(): PairingLink[];
  /** The iPad setup page and the CA's fingerprint, for the secretary; null (or left out) when there is nothing to install. */
  pairingSetup?(): PairingSetup | null;
  /** Folds fast page turns into one commit per window. */
  pageTurns: PageTurnCoalescer;
  log: Logger;
  now?: () => number;
  /** How long a new socket may take to say hello. */
  helloTimeoutMs?: number;
  /** Told once this connection's hello is accepted (its pre-hello limits end). */
  helloAccepted?: () => void;
  /** Told of every accepted hello: a delegate's iPad may go on the roll. */
  deviceConnected?: (principal: Principal) => void;
}

/** The replies of one connection to its own socket. */
export interface ConnectionReplies {
  /** Sends an already serialised message. */
  sendText(text: string): void;
  send(message: HubMessage): void;
  replyError(code: ErrorCode, message: string, requestId?: string): void;
  close(code: number, reason: string): void;
}
