/**
 * The key of a delegate's private notes and the AES-GCM 256 that seals them.
 * Two implementations of one contract: the browser's `crypto.subtle` (a
 * non-extractable CryptoKey) where the page has it, and the audited
 * `@noble/ciphers` / `@noble/hashes` where it does not (Safari over plain
 * http on the LAN has no `crypto.subtle`). Both derive the same key from the
 * same passphrase and salt, and each can open what the other sealed.
 *
 * Every seal uses a fresh random 12-byte IV. The additional data binds a
 * ciphertext to its place (a note's id, or the check value), so the hub cannot
 * pass one note off as another.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Sealed } from '../../shared/protocol/notes';
import { base64ToBytes, bytesToBase64 } from './base64';

export type NotesKey = { kind: 'subtle'; key: CryptoKey } | { kind: 'noble'; key: Uint8Array };
export type CryptoEngine = NotesKey['kind'];

/** The note could not be opened: a wrong key, or bytes that were changed. Never garbage. */
export class NotesDecryptError extends Error {
  constructor() {
    super('The note could not be decrypted with this key');
    this.name = 'NotesDecryptError';
  }
}

const IV_BYTES = 12;
const KEY_BITS = 256;
const encoder = new TextEncoder();

/** `crypto.subtle` when this page has it (a secure context), else the noble libraries. */
export function availableEngine(): CryptoEngine {
  return typeof globalThis.crypto?.subtle?.importKey === 'function' ? 'subtle' : 'noble';
}

/**
 * Stretches a passphrase into the notes key with PBKDF2-SHA256. The passphrase
 * is normalised to NFC first: the same Vietnamese passphrase typed on another
 * keyboard (NFD) gives the same key.
 */
export async function deriveNotesKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  engine: CryptoEngine = availableEngine(),
): Promise<NotesKey> {
  const secret = encoder.encode(passphrase.normalize('NFC'));
  if (engine === 'subtle') {
    const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      material,
      { name: 'AES-GCM', length: KEY_BITS },
      false,
      ['encrypt', 'decrypt'],
    );
    return { kind: 'subtle', key };
  }
  const key = await pbkdf2Async(sha256, secret, salt, { c: iterations, dkLen: KEY_BITS / 8, asyncTick: 20 });
  return { kind: 'noble', key };
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Encrypts with a fresh random IV. */
export async function seal(key: NotesKey, plaintext: Uint8Array<ArrayBuffer>, additionalData: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const aad = encoder.encode(additionalData);
  const data =
    key.kind === 'subtle'
      ? new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key.key, plaintext))
      : gcm(key.key, iv, aad).encrypt(plaintext);
  return { iv: bytesToBase64(iv), data: bytesToBase64(data) };
}

/** Decrypts and authenticates; throws NotesDecryptError for a wrong key or changed bytes. */
export async function open(key: NotesKey, sealed: Sealed, additionalData: string): Promise<Uint8Array> {
  const iv = base64ToBytes(sealed.iv);
  const data = base64ToBytes(sealed.data);
  const aad = encoder.encode(additionalData);
  try {
    if (key.kind === 'subtle') return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key.key, data));
    return gcm(key.key, iv, aad).decrypt(data);
  } catch {
    throw new NotesDecryptError();
  }
}
