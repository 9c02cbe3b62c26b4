/**
 * The hub key: 32 random bytes in a file of its own beside the database, readable
 * only by the owner. Tokens are derived from it, so the database alone never
 * yields a working token, while the hub can still show every seat's current link.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HUB_KEY_FILE = 'hub.key';

export function loadOrCreateHubKey(dataDir: string): Buffer {
  const file = join(dataDir, HUB_KEY_FILE);
  try {
    return parseKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function loadHubKey(dataDir: string): Buffer {
  const file = join(dataDir, HUB_KEY_FILE);
  return parseKey(readFileSync(file, 'utf8'), file);
}

function parseKey(text: string, file: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} is not a hub key (64 hex digits)`);
  return Buffer.from(hex, 'hex');
}
