/**
 * Limits on sockets, for a hub that anyone on the hall Wi-Fi can reach.
 *
 * Before `hello` a socket is anonymous, so it gets little: a few KB in all
 * (the `ws` layer would otherwise buffer a half-sent frame of up to
 * `hardMaxFrameBytes` for each of them). The number of sockets is capped per
 * remote address and in total, and the TCP connections are kept to half of
 * the process's open-file limit, less a reserve (each may hold a socket and a
 * file being downloaded), so that the event log and the ballot store (whose
 * journal is a new file each transaction) always have file handles left.
 *
 * The hub computer's own addresses (its console and big screen) are not held
 * to the per-address cap: whoever is on that machine already gets the
 * secretary's token from `/api/local-token`.
 */
import { readFileSync } from 'node:fs';
import type { Duplex } from 'node:stream';

export interface ConnectionLimitOptions {
  /** Sockets open at once, from everyone. */
  maxSockets?: number;
  /** Sockets open at once from one remote address. */
  maxSocketsPerAddress?: number;
  /** Bytes a socket may send before its `hello` is accepted. */
  maxBytesBeforeHello?: number;
  /** File handles kept free for the stores and document downloads. */
  reservedFileHandles?: number;
  /** Addresses the per-address cap does not apply to. */
  unlimitedAddresses?: readonly string[];
}

/** About 200 iPads, 170 guests and the staff of a large hall, with room for a reconnect storm. */
export const DEFAULT_MAX_SOCKETS = 1000;
/** One device needs one socket, a reload two; a gateway for a few devices fits too. */
export const DEFAULT_MAX_SOCKETS_PER_ADDRESS = 32;
/** A hello is a few hundred bytes: a token, a seq and a version. */
export const DEFAULT_MAX_BYTES_BEFORE_HELLO = 8 * 1024;
/** The stores take about a dozen; the rest is for downloads and start-up files. */
export const DEFAULT_RESERVED_FILE_HANDLES = 64;
export const HUB_COMPUTER_ADDRESSES: readonly string[] = ['127.0.0.1', '::1'];

export type Admission = { ok: true; release(): void } | { ok: false; reason: string };

export interface ConnectionLimits {
  readonly maxSockets: number;
  readonly maxBytesBeforeHello: number;
  /** The TCP connections the HTTP server may hold at once (sockets and downloads alike). */
  readonly maxServerConnections: number | null;
  /** Counts a new socket in, or says why it is refused. */
  admit(remoteAddress: string | undefined): Admission;
  open(): number;
}

export function createConnectionLimits(options: ConnectionLimitOptions = {}, openFileLimit: number | null = readOpenFileLimit()): ConnectionLimits {
  const reserved = options.reservedFileHandles ?? DEFAULT_RESERVED_FILE_HANDLES;
  // A connection holds its socket and, while it downloads, one file: two handles each.
  const maxServerConnections = openFileLimit === null ? null : Math.max(1, Math.floor((openFileLimit - reserved) / 2));
  const maxSockets = Math.min(options.maxSockets ?? DEFAULT_MAX_SOCKETS, maxServerConnections ?? Number.POSITIVE_INFINITY);
  const perAddress = options.maxSocketsPerAddress ?? DEFAULT_MAX_SOCKETS_PER_ADDRESS;
  const unlimited = new Set((options.unlimitedAddresses ?? HUB_COMPUTER_ADDRESSES).map(normalizeAddress));
  const byAddress = new Map<string, number>();
  let total = 0;

  return {
    maxSockets,
    maxBytesBeforeHello: options.maxBytesBeforeHello ?? DEFAULT_MAX_BYTES_BEFORE_HELLO,
    maxServerConnections,
    admit(remoteAddress) {
      const address = normalizeAddress(remoteAddress ?? '');
      const fromAddress = byAddress.get(address) ?? 0;
      if (total >= maxSockets) return { ok: false, reason: `the hub holds its maximum of ${maxSockets} sockets` };
      if (!unlimited.has(address) && fromAddress >= perAddress) return { ok: false, reason: `${address} already holds ${perAddress} sockets` };
      total += 1;
      byAddress.set(address, fromAddress + 1);
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          total -= 1;
          const left = (byAddress.get(address) ?? 1) - 1;
          if (left === 0) byAddress.delete(address);
          else byAddress.set(address, left);
        },
      };
    },
    open: () => total,
  };
}

/**
 * Closes a socket that sends more than `maxBytes` before `hello` is accepted.
 * Attach it after the WebSocket layer's own reader, so a hello in the same
 * chunk is seen first. Returns the function to call once hello is accepted.
 */
export function limitBytesBeforeHello(socket: Duplex, maxBytes: number, onExceeded: () => void): () => void {
  let received = 0;
  const count = (chunk: Buffer) => {
    received += chunk.byteLength;
    if (received <= maxBytes) return;
    socket.off('data', count);
    onExceeded();
  };
  socket.on('data', count);
  return () => socket.off('data', count);
}

/** "::ffff:10.0.0.7" and "10.0.0.7" are one device. */
export function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** The soft limit on open files of this process (Linux), or null where it cannot be read. */
export function readOpenFileLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((row) => row.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    const value = Number(soft);
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
