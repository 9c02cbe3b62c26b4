/**
 * Keeps the derived notes key on this device, so a reload does not ask for the
 * passphrase again; a new iPad asks once. With `crypto.subtle` the key is a
 * non-extractable CryptoKey, which IndexedDB stores without ever exposing its
 * bytes; on the noble path it can only be kept as bytes. Entries are filed
 * under the seat's salt: a seat that starts over gets a new salt, and the old
 * key is never tried on it. Without IndexedDB the key lasts for the page.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { NotesKey } from './notesKey';

const memory = new Map<string, NotesKey>();
let store: ReturnType<typeof createStore> | null | undefined;

function vault(): ReturnType<typeof createStore> | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : createStore('chamber-notes-key', 'keys');
  return store;
}

function isNotesKey(value: unknown): value is NotesKey {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, key } = value as { kind?: unknown; key?: unknown };
  if (kind === 'subtle') return typeof CryptoKey !== 'undefined' && key instanceof CryptoKey;
  return kind === 'noble' && key instanceof Uint8Array && key.length === 32;
}

export async function keptNotesKey(salt: string): Promise<NotesKey | null> {
  const held = memory.get(salt);
  if (held) return held;
  const idb = vault();
  if (!idb) return null;
  const value: unknown = await get(salt, idb).catch(() => undefined);
  return isNotesKey(value) ? value : null;
}

export async function keepNotesKey(salt: string, key: NotesKey): Promise<void> {
  memory.set(salt, key);
  const idb = vault();
  if (idb) await set(salt, key, idb).catch(() => undefined);
}

export async function forgetNotesKey(salt: string): Promise<void> {
  memory.delete(salt);
  const idb = vault();
  if (idb) await del(salt, idb).catch(() => undefined);
}
