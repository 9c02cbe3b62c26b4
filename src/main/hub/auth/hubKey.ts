/**
 * The hub key: 32 random bytes in a file of its own beside the database, readable
 * only by the owner. Tokens are derived from it, so the database alone never
 * yields a working token, while the hub can still show every seat's current link.
 *
 * The key reaches the disk (file and folder synced) before any session can be
 * created, so a power cut leaves it either absent or whole. A key file that is
 * empty or damaged (a cut during the first start of an older version, or a bad
 * copy) is replaced only while no session depends on it; otherwise the hub
 * refuses to start rather than silently invalidate every link.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { restrictToOwner, writeFileDurably } from '../store/durableFiles';

export const HUB_KEY_FILE = 'hub.key';

export interface HubKeyOptions {
  /** Whether the data folder already holds a session, whose links all derive from the key. */
  sessionExists: boolean;
}

/** Thrown when the key file is damaged and a session depends on it. */
export class DamagedHubKeyError extends Error {
  constructor(readonly file: string) {
    super(
      `${file} is damaged (it does not hold a 64-hex-digit key), and the session in this data folder depends on it: every pairing link is derived from it. ` +
        `Restore hub.key from a backup of this data folder. To go on with a new key instead, delete ${file}: every device must then be paired again with a new link.`,
    );
    this.name = 'DamagedHubKeyError';
  }
}

export function loadOrCreateHubKey(dataDir: string, options: HubKeyOptions): Buffer {
  const file = join(dataDir, HUB_KEY_FILE);
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== null) {
    const key = parseKey(text);
    if (key) {
      restrictToOwner(file);
      return key;
    }
    if (options.sessionExists) throw new DamagedHubKeyError(file);
    // Nothing was derived from it yet: a start cut short before the key reached the disk.
    unlinkSync(file);
  }
  const key = randomBytes(32);
  writeFileDurably(file, `${key.toString('hex')}\n`, { exclusive: true });
  return key;
}

export function loadHubKey(dataDir: string): Buffer {
  const file = join(dataDir, HUB_KEY_FILE);
  const key = parseKey(readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} is not a hub key (64 hex digits)`);
  return key;
}

function parseKey(text: string): Buffer | null {
  const hex = text.trim();
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
}
