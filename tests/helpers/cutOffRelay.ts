/**
 * A TCP relay in front of the hub that breaks a download off: it passes the
 * first connection's answer through until `cutAfter` bytes have gone to the
 * client, then destroys both sockets, as a Wi-Fi drop does mid-transfer.
 * Later connections pass whole. It records every request's head, so a test
 * can read the headers the client sent on each attempt.
 */
import { connect, createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export interface CutOffRelay {
  readonly port: number;
  /** The request heads (request line and headers, lower-cased names) in the order they arrived. */
  requests(): Array<{ line: string; headers: Record<string, string> }>;
  close(): Promise<void>;
}

export async function startCutOffRelay(targetPort: number, cutAfter: number): Promise<CutOffRelay> {
  const heads: Array<{ line: string; headers: Record<string, string> }> = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    const cutting = connections === 0;
    connections += 1;
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    let pending = '';
    client.on('data', (data: Buffer) => {
      pending += data.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const [line = '', ...fields] = pending.slice(0, end).split('\r\n');
        const headers = Object.fromEntries(fields.map((field) => [field.slice(0, field.indexOf(':')).trim().toLowerCase(), field.slice(field.indexOf(':') + 1).trim()]));
        heads.push({ line, headers });
        pending = pending.slice(end + 4);
      }
      upstream.write(data);
    });
    let sent = 0;
    upstream.on('data', (data: Buffer) => {
      if (!cutting) {
        client.write(data);
        return;
      }
      const room = cutAfter - sent;
      if (room <= 0) return;
      client.write(data.subarray(0, room));
      sent += Math.min(room, data.byteLength);
      if (sent >= cutAfter) {
        client.destroy();
        upstream.destroy();
      }
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests: () => heads.slice(),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
