/**
 * A TCP relay between a client and the hub, sitting where a man in the middle
 * on the hall Wi-Fi sits: it records every byte in both directions and, when
 * armed, flips a byte in the next chunk the client sends.
 */
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

export interface TcpRelay {
  readonly port: number;
  /** Every byte seen so far, both directions. */
  recorded(): Buffer;
  /**
   * What the relay reads in a plain WebSocket's client frames once it strips
   * their mask (the mask key travels in each frame, so masking hides nothing).
   */
  unmaskedClientText(): string;
  /** Flips one byte in the middle of the next chunk from a client to the hub. */
  tamperWithNextClientChunk(): void;
  /** Resolves once an armed tamper has been done. */
  tampered(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpRelay(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpRelay> {
  const chunks: Buffer[] = [];
  const fromClients: Buffer[] = [];
  const sockets = new Set<Socket>();
  let armed = false;
  let onTampered: () => void = () => undefined;
  let tamperDone = Promise.resolve();

  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (data: Buffer) => {
      let chunk = data;
      if (armed && chunk.length > 8) {
        armed = false;
        chunk = Buffer.from(chunk);
        // Past the 5-byte TLS record header, inside the encrypted payload.
        const at = 5 + Math.floor((chunk.length - 5) / 2);
        chunk[at] = (chunk[at] ?? 0) ^ 0x01;
        onTampered();
      }
      chunks.push(Buffer.from(chunk));
      fromClients.push(Buffer.from(chunk));
      upstream.write(chunk);
    });
    upstream.on('data', (data: Buffer) => {
      chunks.push(Buffer.from(data));
      client.write(data);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    recorded: () => Buffer.concat(chunks),
    unmaskedClientText: () => unmaskFrames(Buffer.concat(fromClients)),
    tamperWithNextClientChunk() {
      armed = true;
      tamperDone = new Promise<void>((resolve) => (onTampered = resolve));
    },
    tampered: () => tamperDone,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Reads the client-to-server frames that follow an HTTP upgrade request (RFC 6455, section 5.2). */
function unmaskFrames(bytes: Buffer): string {
  const headerEnd = bytes.indexOf('\r\n\r\n');
  if (headerEnd < 0) return '';
  let at = headerEnd + 4;
  const payloads: Buffer[] = [];
  while (at + 2 <= bytes.length) {
    const masked = ((bytes[at + 1] ?? 0) & 0x80) !== 0;
    let length = (bytes[at + 1] ?? 0) & 0x7f;
    at += 2;
    if (length === 126) {
      length = bytes.readUInt16BE(at);
      at += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(at));
      at += 8;
    }
    const mask = masked ? bytes.subarray(at, at + 4) : Buffer.alloc(4);
    if (masked) at += 4;
    const payload = Buffer.from(bytes.subarray(at, at + length));
    for (let index = 0; index < payload.length; index += 1) payload[index] = (payload[index] ?? 0) ^ (mask[index % 4] ?? 0);
    payloads.push(payload);
    at += length;
  }
  return Buffer.concat(payloads).toString('utf8');
}
