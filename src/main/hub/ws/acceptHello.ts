/**
 * The hello of a connection: the protocol version and the token are checked,
 * the client is resumed (welcome, then what it missed), registered, and told
 * what its role sees at once. A refused hello closes the socket with its code.
 */
import { audienceOf } from '../../../shared/core';
import type { HelloMessage } from '../../../shared/protocol';
import { CLOSE_CODES, PROTOCOL_VERSION } from '../../../shared/protocol';
import { pairingLinksMessage } from '../auth/pairingSetup';
import type { ConnectedClient } from './clientRegistry';
import type { ConnectionContext, ConnectionReplies } from './connectionContext';
import { resumeClient } from './resumeClient';
import { revoke, revokedReason } from './revokeReplacedLinks';

/** Returns the registered client, or null when the hello was refused. */
export function acceptHello(hello: HelloMessage, ctx: ConnectionContext, replies: ConnectionReplies): ConnectedClient | null {
  if (hello.protocolVersion !== PROTOCOL_VERSION) {
    replies.replyError('unsupported_version', `This hub speaks protocol version ${PROTOCOL_VERSION}`);
    replies.close(CLOSE_CODES.unsupportedVersion, 'unsupported protocol version');
    return null;
  }
  const found = ctx.engine.tokens().lookup(hello.token);
  if (found.status === 'unknown') {
    replies.replyError('unauthorized', 'This token is not known to the hub');
    replies.close(CLOSE_CODES.unauthorized, 'unknown token');
    return null;
  }
  if (found.status === 'revoked') {
    revoke({ send: replies.sendText, close: replies.close }, revokedReason(ctx.engine.state(), found.principal.id));
    return null;
  }
  ctx.helloAccepted?.();
  const principal = found.principal;
  const audience = audienceOf(principal.role);
  resumeClient(ctx.engine, replies, principal, hello.lastSeq, audience, (ctx.now ?? Date.now)(), hello.sessionId);
  const client: ConnectedClient = {
    principal,
    audience,
    following: false,
    generation: principal.generation,
    send: replies.sendText,
    close: replies.close,
  };
  ctx.registry.add(client);
  ctx.deviceConnected?.(principal);
  if (principal.role === 'secretary') replies.send(pairingLinksMessage(ctx.pairingLinks(), ctx.pairingSetup?.() ?? null));
  if (audience === 'staff') for (const message of ctx.staffMessages()) replies.send(message);
  if (audience === 'delegate') for (const message of ctx.ballotStatus(principal)) replies.send(message);
  ctx.staffChanged();
  return client;
}
