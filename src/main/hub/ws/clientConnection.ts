/**
 * One WebSocket connection: hello, then commands. Every message is parsed at
 * the edge; a bad one gets an `error` reply and changes nothing. The hello
 * (`acceptHello`) and the commands (`routeCommand`) are handled in files of
 * their own; this one keeps the socket: its rate limit, its hello deadline,
 * its send buffer and its close.
 */
import type { WebSocket } from 'ws';
import type { ClientMessage } from '../../../shared/protocol';
import { CLOSE_CODES, LIMITS } from '../../../shared/protocol';
import { acceptHello } from './acceptHello';
import type { ConnectedClient } from './clientRegistry';
import type { ConnectionContext, ConnectionReplies } from './connectionContext';
import { serialize } from './fanOut';
import { parseClientMessage } from './parseClientMessage';
import { createRateLimiter } from './rateLimiter';
import { routeCommand } from './routeCommand';

/** A client whose unsent data passes this is too slow to keep; it resyncs on reconnect. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export function handleConnection(socket: WebSocket, ctx: ConnectionContext): void {
  const now = ctx.now ?? Date.now;
  const limiter = createRateLimiter(LIMITS.messagesPerSecond, LIMITS.messageBurst, now());
  let refusedInARow = 0;
  let client: ConnectedClient | null = null;

  const replies: ConnectionReplies = {
    sendText(text) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        ctx.log.warn('closing a client that does not read', { principal: client?.principal.id });
        socket.terminate();
        return;
      }
      socket.send(text);
    },
    send: (message) => replies.sendText(serialize(message)),
    replyError: (code, message, requestId) => replies.send({ type: 'error', code, message, ...(requestId === undefined ? {} : { requestId }) }),
    close: (code, reason) => socket.close(code, reason),
  };

  const helloTimer = setTimeout(() => {
    socket.close(CLOSE_CODES.helloTimeout, 'no hello received');
  }, ctx.helloTimeoutMs ?? LIMITS.helloTimeoutMs);

  socket.on('message', (data, isBinary) => {
    if (ctx.retired?.()) return;
    if (!limiter.take(now())) {
      refusedInARow += 1;
      // Each refused command is answered (so the sender is not left waiting), a burst's worth at most, then the flooder is closed.
      if (refusedInARow > LIMITS.messageBurst) socket.close(CLOSE_CODES.rateLimited, 'rate limit exceeded');
      else replies.replyError('rate_limited', `At most ${LIMITS.messagesPerSecond} messages per second`, requestIdOfSmall(data));
      return;
    }
    refusedInARow = 0;
    try {
      const parsed = parseClientMessage(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer), isBinary);
      if (!parsed.ok) {
        replies.replyError(parsed.code, parsed.message, parsed.requestId);
        return;
      }
      dispatch(parsed.message);
    } catch (error) {
      // Answered by its requestId, so the sender is not left waiting; a disk failure is named as such.
      ctx.log.error('message handler failed', { error: String(error) });
      const failure = ctx.engine.storageFailure(error);
      const requestId = requestIdOfSmall(data);
      if (failure) replies.replyError(failure.code, failure.message, requestId);
      else replies.replyError('internal', 'The hub could not handle this message; nothing was changed', requestId);
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

  function dispatch(message: ClientMessage): void {
    switch (message.type) {
      case 'hello':
        if (client) {
          replies.replyError('bad_message', 'hello was already received on this connection');
          return;
        }
        client = acceptHello(message, ctx, replies);
        if (client) clearTimeout(helloTimer);
        return;
      case 'ping':
        replies.send({ type: 'pong', hubTime: now() });
        return;
      case 'command':
        if (!client) replies.replyError('hello_required', 'Send hello before any command', message.requestId);
        else routeCommand(client, message.requestId, message.command, ctx, replies);
        return;
      case 'follow':
        onFollow(message.following);
        return;
      default: {
        const unhandled: never = message;
        throw new Error(`Unhandled message ${JSON.stringify(unhandled)}`);
      }
    }
  }

  function onFollow(following: boolean): void {
    if (!client) {
      replies.replyError('hello_required', 'Send hello before anything else');
      return;
    }
    if (client.audience !== 'delegate' || client.following === following) return;
    client.following = following;
    ctx.staffChanged();
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
