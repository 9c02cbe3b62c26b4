/**
 * The address the secretary chose for the QR codes, kept in the data folder
 * (`network.json`, written durably) so that the hub builds its links on it
 * after a restart too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIP } from 'node:net';
import { restrictToOwner, writeFileDurably } from '../store/durableFiles';

export const NETWORK_FILE = 'network.json';

export function readChosenAddress(dataDir: string): string | null {
  const file = join(dataDir, NETWORK_FILE);
  try {
    restrictToOwner(file);
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const address = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).address : undefined;
    return typeof address === 'string' && isIP(address) !== 0 ? address : null;
  } catch {
    return null;
  }
}

export function writeChosenAddress(dataDir: string, address: string): void {
  writeFileDurably(join(dataDir, NETWORK_FILE), `${JSON.stringify({ address }, null, 2)}\n`);
}
