/**
 * Limits on TCP connections, before any byte of HTTP or TLS is read. The
 * WebSocket caps apply only at the upgrade, so without this one device on the
 * hall Wi-Fi could open idle connections until the server's total is reached
 * and lock every iPad and the console out. Each remote address gets a share;
 * the hub computer's own addresses are not held to it.
 */
import type { Server } from 'node:net';
import type { Socket } from 'node:net';
import { createConnectionLimits } from '../ws/connectionLimits';
import type { ConnectionLimitOptions } from '../ws/connectionLimits';

/** A browser opens up to six connections to a host, plus its WebSocket; a reload doubles that for a moment. */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 48;

export interface TcpGuardOptions {
  /** Connections open at once from everyone; the server's own limit when left out. */
  maxConnections: number | null;
  maxConnectionsPerAddress?: number;
  unlimitedAddresses?: ConnectionLimitOptions['unlimitedAddresses'];
}

export function guardTcpConnections(server: Server, options: TcpGuardOptions): void {
  const limits = createConnectionLimits({
    ...(options.maxConnections === null ? {} : { maxSockets: options.maxConnections }),
    maxSocketsPerAddress: options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    ...(options.unlimitedAddresses ? { unlimitedAddresses: options.unlimitedAddresses } : {}),
  });
  server.on('connection', (socket: Socket) => {
    const admission = limits.admit(socket.remoteAddress);
    if (!admission.ok) {
      socket.destroy();
      return;
    }
    socket.once('close', admission.release);
  });
}
