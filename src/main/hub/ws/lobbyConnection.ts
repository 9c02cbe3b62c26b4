/**
 * A WebSocket connection while the hub is in the lobby (no session active):
 * there is no session whose token could be valid, so a hello is refused as
 * unauthorized and the socket closed; anything else asks for a hello first.
 * The console works in the lobby through the catalog HTTP API instead.
 */
import type { WebSocket } from 'ws';
import { CLOSE_CODES, LIMITS } from '../../../shared/protocol';
import type { ErrorCode } from '../../../shared/protocol';
import type { Logger } from '../logger';
import { serialize } from './fanOut';
import { parseClientMessage } from './parseClientMessage';

export interface LobbyConnectionOptions {
  log: Logger;
  helloTimeoutMs?: number;
}

export function handleLobbyConnection(socket: WebSocket, options: LobbyConnectionOptions): void {
  const helloTimer = setTimeout(() => socket.close(CLOSE_CODES.helloTimeout, 'no hello received'), options.helloTimeoutMs ?? LIMITS.helloTimeoutMs);
  const replyError = (code: ErrorCode, message: string, requestId?: string) => {
    if (socket.readyState === socket.OPEN) socket.send(serialize({ type: 'error', code, message, ...(requestId === undefined ? {} : { requestId }) }));
  };
  socket.on('message', (data, isBinary) => {
    const parsed = parseClientMessage(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer), isBinary);
    if (!parsed.ok) {
      replyError(parsed.code, parsed.message, parsed.requestId);
      return;
    }
    if (parsed.message.type === 'hello') {
      replyError('unauthorized', 'No session is active on this hub; the secretary opens one in the console');
      socket.close(CLOSE_CODES.unauthorized, 'no active session');
      return;
    }
    replyError('hello_required', 'Send hello before anything else', parsed.message.type === 'command' ? parsed.message.requestId : undefined);
  });
  socket.on('close', () => clearTimeout(helloTimer));
  socket.on('error', (error) => options.log.warn('socket error', { error: String(error) }));
}
