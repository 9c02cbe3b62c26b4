/**
 * The seat's notes key, set once from the delegate's own passphrase and
 * checked on every new device: the record the hub keeps holds the salt, the
 * iterations and a check value (a known text sealed with the key). A wrong
 * passphrase fails the check's authentication tag, so it is told apart from
 * the right one without ever decrypting a note into garbage.
 */
import type { NotesKeyRecord } from '../../shared/protocol/notes';
import { NOTES_MIN_ITERATIONS } from '../../shared/protocol/notes';
import { base64ToBytes, bytesToBase64 } from './base64';
import { deriveNotesKey, NotesDecryptError, open, randomBytes, seal } from './notesKey';
import type { CryptoEngine, NotesKey } from './notesKey';

export const NOTES_ITERATIONS = NOTES_MIN_ITERATIONS;
/** The shortest passphrase accepted (a six-digit PIN at the least). */
export const MIN_PASSPHRASE_LENGTH = 6;
const SALT_BYTES = 16;
const CHECK_TEXT = 'chamber-notes-check/v1';
const CHECK_AAD = 'chamber-notes-check/v1';

/** A new key record for the seat, and the key it describes. */
export async function createNotesKey(
  passphrase: string,
  options: { iterations?: number; engine?: CryptoEngine } = {},
): Promise<{ record: NotesKeyRecord; key: NotesKey }> {
  const salt = randomBytes(SALT_BYTES);
  const iterations = options.iterations ?? NOTES_ITERATIONS;
  const key = await deriveNotesKey(passphrase, salt, iterations, options.engine);
  const check = await seal(key, new TextEncoder().encode(CHECK_TEXT), CHECK_AAD);
  return { record: { salt: bytesToBase64(salt), iterations, check }, key };
}

/** The key, when the passphrase is the one the record was made with; null when it is not. */
export async function unlockNotesKey(passphrase: string, record: NotesKeyRecord, engine?: CryptoEngine): Promise<NotesKey | null> {
  const key = await deriveNotesKey(passphrase, base64ToBytes(record.salt), record.iterations, engine);
  return (await keyMatches(key, record)) ? key : null;
}

/** True when the key opens the record's check value (a key kept on the device is checked the same way). */
export async function keyMatches(key: NotesKey, record: NotesKeyRecord): Promise<boolean> {
  try {
    const text = new TextDecoder().decode(await open(key, record.check, CHECK_AAD));
    return text === CHECK_TEXT;
  } catch (error) {
    if (error instanceof NotesDecryptError) return false;
    throw error;
  }
}
