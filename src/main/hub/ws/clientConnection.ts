/**
 * One WebSocket connection: hello, then commands. Every message is parsed at
 * the edge; a bad one gets an `error` reply and changes nothing.
 */
import type { WebSocket } from 'ws';
import { audienceOf, findPrincipal, principalName, projectState, projectStoredEvents } from '../../../shared/core';
import type { Audience } from '../../../shared/core';
import type { Command, ErrorCode, HelloMessage, HubMessage, PairingLink, Principal } from '../../../shared/protocol';
import { CLOSE_CODES, LIMITS, PROTOCOL_VERSION } from '../../../shared/protocol';
import type { Logger } from '../logger';
import type { PageTurnCoalescer } from '../pageTurnCoalescer';
import type { BallotBox, BallotReply } from '../voting/ballotBox';
import type { ExecuteResult, SessionEngine } from '../sessionEngine';
import type { ClientRegistry, ConnectedClient } from './clientRegistry';
import { serialize } from './fanOut';
import { parseClientMessage } from './parseClientMessage';
import { createRateLimiter } from './rateLimiter';

/** A client whose unsent data passes this is too slow to keep; it resyncs on reconnect. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

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
  /** Folds fast page turns into one commit per window. */
  pageTurns: PageTurnCoalescer;
  log: Logger;
  now?: () => number;
  /** How long a new socket may take to say hello. */
  helloTimeoutMs?: number;
  /** Told once this connection's hello is accepted (its pre-hello limits end). */
  helloAccepted?: () => void;
}

export interface HubClient extends ConnectedClient {
  /** The principal's generation when this connection said hello. */
  readonly generation: number;
}

export function handleConnection(socket: WebSocket, ctx: ConnectionContext): void {
  const now = ctx.now ?? Date.now;
  const limiter = createRateLimiter(LIMITS.messagesPerSecond, LIMITS.messageBurst, now());
  let refusedInARow = 0;
  let client: HubClient | null = null;

  const sendText = (text: string) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      ctx.log.warn('closing a client that does not read', { principal: client?.principal.id });
      socket.terminate();
      return;
    }
    socket.send(text);
  };
  const send = (message: HubMessage) => sendText(serialize(message));
  const replyError = (code: ErrorCode, message: string, requestId?: string) =>
    send({ type: 'error', code, message, ...(requestId === undefined ? {} : { requestId }) });

  const helloTimer = setTimeout(() => {
    socket.close(CLOSE_CODES.helloTimeout, 'no hello received');
  }, ctx.helloTimeoutMs ?? LIMITS.helloTimeoutMs);

  socket.on('message', (data, isBinary) => {
    if (!limiter.take(now())) {
      refusedInARow += 1;
      // Each refused command is answered (so the sender is not left waiting), a burst's worth at most, then the flooder is closed.
      if (refusedInARow > LIMITS.messageBurst) socket.close(CLOSE_CODES.rateLimited, 'rate limit exceeded');
      else replyError('rate_limited', `At most ${LIMITS.messagesPerSecond} messages per second`, requestIdOfSmall(data));
      return;
    }
    refusedInARow = 0;
    try {
      const parsed = parseClientMessage(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer), isBinary);
      if (!parsed.ok) {
        replyError(parsed.code, parsed.message, parsed.requestId);
        return;
      }
      const message = parsed.message;
      switch (message.type) {
        case 'hello':
          onHello(message);
          return;
        case 'ping':
          send({ type: 'pong', hubTime: now() });
          return;
        case 'command':
          onCommand(message.requestId, message.command);
          return;
        case 'follow':
          onFollow(message.following);
          return;
        default: {
          const unhandled: never = message;
          throw new Error(`Unhandled message ${JSON.stringify(unhandled)}`);
        }
      }
    } catch (error) {
      // Answered by its requestId, so the sender is not left waiting; a disk failure is named as such.
      ctx.log.error('message handler failed', { error: String(error) });
      const failure = ctx.engine.storageFailure(error);
      const requestId = requestIdOfSmall(data);
      if (failure) replyError(failure.code, failure.message, requestId);
      else replyError('internal', 'The hub could not handle this message; nothing was changed', requestId);
    }
  });

  socket.on('close', () => {
    clearTimeout(helloTimer);
    if (client) {
      ctx.registry.remove(client);
      ctx.staffChanged();
    }
  });

  socket.on('error', (error) => ctx.log.warn('socket error', { error: String(error) }));

  function onHello(hello: HelloMessage): void {
    if (client) {
      replyError('bad_message', 'hello was already received on this connection');
      return;
    }
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      replyError('unsupported_version', `This hub speaks protocol version ${PROTOCOL_VERSION}`);
      socket.close(CLOSE_CODES.unsupportedVersion, 'unsupported protocol version');
      return;
    }
    const found = ctx.engine.tokens().lookup(hello.token);
    if (found.status === 'unknown') {
      replyError('unauthorized', 'This token is not known to the hub');
      socket.close(CLOSE_CODES.unauthorized, 'unknown token');
      return;
    }
    if (found.status === 'revoked') {
      replyError('revoked', 'This link was replaced by a newer one');
      send({ type: 'revoked' });
      socket.close(CLOSE_CODES.revoked, 'token revoked');
      return;
    }
    clearTimeout(helloTimer);
    ctx.helloAccepted?.();
    const principal = found.principal;
    const audience = audienceOf(principal.role);
    sendWelcome(principal, hello.lastSeq, audience);
    client = {
      principal,
      audience,
      following: false,
      generation: principal.generation,
      send: sendText,
      close: (code, reason) => socket.close(code, reason),
    };
    ctx.registry.add(client);
    if (principal.role === 'secretary') send({ type: 'pairingLinks', links: ctx.pairingLinks() });
    if (audience === 'staff') for (const message of ctx.staffMessages()) send(message);
    if (audience === 'delegate') for (const message of ctx.ballotStatus(principal)) send(message);
    ctx.staffChanged();
  }

  /** Welcome, then what the client missed: the events since lastSeq, or a snapshot. */
  function sendWelcome(principal: Principal, lastSeq: number, audience: Audience): void {
    const state = ctx.engine.state();
    const seq = ctx.engine.seq();
    send({
      type: 'welcome',
      protocolVersion: PROTOCOL_VERSION,
      sessionId: state.session?.id ?? null,
      principal: { id: principal.id, role: principal.role, seat: principal.seat, name: principalName(state, principal) },
      seq,
      hubTime: now(),
    });
    if (lastSeq > seq) replyError('seq_ahead', `lastSeq ${lastSeq} is ahead of the hub's ${seq}; sending a snapshot`);
    const missed = lastSeq > 0 && lastSeq <= seq ? ctx.engine.eventsAfter(lastSeq) : null;
    if (missed === null) {
      send({ type: 'snapshot', seq, state: projectState(state, audience) });
      return;
    }
    send({ type: 'events', events: projectStoredEvents(missed, audience) });
  }

  function onFollow(following: boolean): void {
    if (!client) {
      replyError('hello_required', 'Send hello before anything else');
      return;
    }
    if (client.audience !== 'delegate' || client.following === following) return;
    client.following = following;
    ctx.staffChanged();
  }

  function onCommand(requestId: string, command: Command): void {
    if (!client) {
      replyError('hello_required', 'Send hello before any command', requestId);
      return;
    }
    const principal = findPrincipal(ctx.engine.state(), client.principal.id);
    if (!principal || principal.generation !== client.generation) {
      replyError('revoked', 'This link was replaced by a newer one', requestId);
      return;
    }
    const reply = (result: ExecuteResult | BallotReply) => {
      if (!result.ok) {
        replyError(result.code, result.message, requestId);
        return;
      }
      // Only ballots carry a receipt, a duplicate flag or the stored choice.
      const { receipt, duplicate, selections } = result as Partial<Extract<BallotReply, { ok: true }>>;
      send({ type: 'ack', requestId, seq: result.seq, ...(receipt ? { receipt } : {}), ...(duplicate ? { duplicate } : {}), ...(selections ? { selections } : {}) });
    };
    if (command.type === 'presentation.show') {
      ctx.pageTurns.submit(principal, command, reply);
      return;
    }
    if (command.type === 'vote.cast') {
      ctx.ballots.submit(principal, command, reply);
      return;
    }
    ctx.pageTurns.flush();
    ctx.ballots.flush();
    reply(ctx.engine.execute(principal, command));
  }
}

/** The requestId of a message within the size limit, to answer it by name; undefined otherwise. */
function requestIdOfSmall(data: unknown): string | undefined {
  if (!Buffer.isBuffer(data) || data.byteLength > LIMITS.maxMessageBytes) return undefined;
  try {
    const value = (JSON.parse(data.toString()) as { requestId?: unknown }).requestId;
    return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : undefined;
  } catch {
    return undefined;
  }
}
