/**
 * The delegate's notes on this iPad: loaded from the hub and decrypted here,
 * sealed here before each write. States: `loading`, `setup` (the seat has no
 * notes code yet), `locked` (this device does not hold the key: ask for the
 * code once), `ready`, `failed` (the hub could not be reached). A note the
 * hub could not store yet stays in `unsaved` and is sent again at the next
 * write or load. `unavailable`: this token keeps no notes (a guest's iPad).
 */
import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { NotesKeyRecord } from '../../../shared/protocol/notes';
import type { NotesKey } from '../../crypto/notesKey';
import { NotesDecryptError } from '../../crypto/notesKey';
import { forgetNotesKey, keepNotesKey, keptNotesKey } from '../../crypto/notesKeyVault';
import { createNotesKey, keyMatches, unlockNotesKey } from '../../crypto/notesPassphrase';
import { openNote, sealNote } from './noteCodec';
import type { Note } from './noteModel';
import { NotesApiError } from './notesApi';
import type { NotesApi } from './notesApi';

export type VaultStatus = 'loading' | 'setup' | 'locked' | 'ready' | 'failed' | 'unavailable';

export interface NotesVaultState {
  status: VaultStatus;
  notes: Record<string, Note>;
  /** Notes of the seat that this key does not open (or that hold no note). */
  unreadable: number;
  /** Ids of notes not yet stored on the hub. */
  unsaved: string[];
  load(): Promise<void>;
  /** Sets the seat's code on first use. */
  setUp(passphrase: string): Promise<void>;
  /** False when the code is wrong. */
  unlock(passphrase: string): Promise<boolean>;
  save(noteId: string, note: Note): Promise<void>;
  remove(noteId: string): Promise<void>;
  /** Discards every note of the seat and its code ("Bắt đầu lại"); asked to confirm first by the UI. */
  startOver(): Promise<void>;
}

export type NotesVault = UseBoundStore<StoreApi<NotesVaultState>>;

export function createNotesVault(api: NotesApi, now: () => number = Date.now): NotesVault {
  let record: NotesKeyRecord | null = null;
  let key: NotesKey | null = null;

  return create<NotesVaultState>((set, get) => {
    const openAll = async (unlocked: NotesKey, sealed: Awaited<ReturnType<NotesApi['list']>>['notes']) => {
      const notes: Record<string, Note> = {};
      let unreadable = 0;
      for (const item of sealed) {
        try {
          const note = await openNote(unlocked, item);
          if (note) notes[item.id] = note;
          else unreadable += 1;
        } catch (error) {
          if (!(error instanceof NotesDecryptError)) throw error;
          unreadable += 1;
        }
      }
      // Notes written here but not yet on the hub stay, over what the hub had.
      for (const id of get().unsaved) {
        const held = get().notes[id];
        if (held) notes[id] = held;
      }
      key = unlocked;
      set({ status: 'ready', notes, unreadable });
      void flushUnsaved();
    };

    const flushUnsaved = async () => {
      for (const id of get().unsaved) {
        const note = get().notes[id];
        if (!note || !key) continue;
        try {
          await api.put(id, await sealNote(key, id, note));
          set({ unsaved: get().unsaved.filter((other) => other !== id) });
        } catch {
          return;
        }
      }
    };

    return {
      status: 'loading',
      notes: {},
      unreadable: 0,
      unsaved: [],

      async load() {
        if (get().status !== 'ready') set({ status: 'loading' });
        try {
          const listing = await api.list();
          record = listing.key;
          if (!record) {
            key = null;
            set({ status: 'setup', notes: {}, unreadable: 0 });
            return;
          }
          const kept = await keptNotesKey(record.salt);
          if (kept && (await keyMatches(kept, record))) await openAll(kept, listing.notes);
          else set({ status: 'locked', notes: {}, unreadable: 0 });
        } catch (error) {
          if (error instanceof NotesApiError && (error.status === 401 || error.status === 403)) set({ status: 'unavailable', notes: {} });
          else if (get().status !== 'ready') set({ status: 'failed' });
        }
      },

      async setUp(passphrase) {
        const made = await createNotesKey(passphrase);
        try {
          await api.setKey(made.record);
        } catch (error) {
          // Another iPad of the seat set the code first: ask for that one.
          if (error instanceof NotesApiError && error.code === 'key_exists') return get().load();
          throw error;
        }
        record = made.record;
        await keepNotesKey(made.record.salt, made.key);
        await openAll(made.key, []);
      },

      async unlock(passphrase) {
        if (!record) return false;
        const unlocked = await unlockNotesKey(passphrase, record);
        if (!unlocked) return false;
        await keepNotesKey(record.salt, unlocked);
        const listing = await api.list();
        await openAll(unlocked, listing.notes);
        return true;
      },

      async save(noteId, note) {
        const stamped = { ...note, updatedAt: now() };
        set({ notes: { ...get().notes, [noteId]: stamped }, unsaved: [...get().unsaved.filter((id) => id !== noteId), noteId] });
        await flushUnsaved();
      },

      async remove(noteId) {
        const { [noteId]: _removed, ...rest } = get().notes;
        set({ notes: rest, unsaved: get().unsaved.filter((id) => id !== noteId) });
        await api.remove(noteId).catch(() => undefined);
      },

      async startOver() {
        await api.clear();
        if (record) await forgetNotesKey(record.salt);
        record = null;
        key = null;
        set({ status: 'setup', notes: {}, unreadable: 0, unsaved: [] });
      },
    };
  });
}
