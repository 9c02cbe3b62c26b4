/**
 * The hub's WebSocket endpoint on its HTTP(S) server. An upgrade is accepted
 * only on `/ws`, with an allowed Host, from the hub's own origin (403
 * otherwise) and within the socket caps (503 with Retry-After otherwise);
 * each accepted socket is held to the pre-hello byte limit and handed to
 * `handleConnection` with the active session's context, or to the lobby, which
 * refuses every hello, when no session is active. A heartbeat terminates
 * sockets that stop answering pings.
 */
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { LIMITS } from '../../../shared/protocol';
import { isAllowedHost, isSameOriginUpgrade } from '../http/requestGuard';
import type { GuardOptions } from '../http/requestGuard';
import type { Logger } from '../logger';
import { handleConnection } from './clientConnection';
import { handleLobbyConnection } from './lobbyConnection';
import type { ConnectionContext } from './connectionContext';
import { limitBytesBeforeHello } from './connectionLimits';
import type { ConnectionLimits } from './connectionLimits';

export interface WebSocketEndpointOptions {
  guard: GuardOptions;
  limits: ConnectionLimits;
  /** How often dead sockets are looked for. */
  heartbeatMs: number;
  /** What a new connection is handed (its pre-hello limit is added per socket); null in the lobby. */
  connection(): Omit<ConnectionContext, 'helloAccepted'> | null;
  log: Logger;
  /** How long a socket in the lobby may take to say hello. */
  helloTimeoutMs?: number;
}

export interface WebSocketEndpoint {
  /** Closes every socket with 1001 and stops taking new ones. */
  close(): Promise<void>;
  /** Drops the sockets that did not close in time. */
  terminateAll(): void;
  /** Closes every socket with `code` (the hub serves another session) and goes on taking new ones. */
  closeEvery(code: number, reason: string): void;
}

export function attachWebSocketEndpoint(server: Server, options: WebSocketEndpointOptions): WebSocketEndpoint {
  const { guard, limits } = options;
  const log = options.log;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.hardMaxFrameBytes, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://hub.invalid').pathname;
    if (path !== '/ws' || !isAllowedHost(req.headers.host, guard) || !isSameOriginUpgrade(req.headers.origin, req.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    const admission = limits.admit(req.socket.remoteAddress);
    if (!admission.ok) {
      log.warn('socket refused', { reason: admission.reason });
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.once('close', admission.release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      const helloAccepted = limitBytesBeforeHello(socket, limits.maxBytesBeforeHello, () => {
        log.warn('closing a socket that sent too much before hello', { address: req.socket.remoteAddress });
        ws.terminate();
      });
      const connection = options.connection();
      if (connection) handleConnection(ws, { ...connection, helloAccepted });
      else handleLobbyConnection(ws, { log, ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }) });
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    async close() {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(1001, 'hub shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    terminateAll() {
      for (const ws of wss.clients) ws.terminate();
    },
    closeEvery(code, reason) {
      for (const ws of wss.clients) ws.close(code, reason);
    },
  };
}
