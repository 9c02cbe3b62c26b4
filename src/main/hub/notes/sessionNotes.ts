/**
 * The notes database of the session the hub serves, opened when a delegate
 * first asks and kept open until the hub serves another session or stops.
 */
import { ensureSessionFolder, sessionFolder } from '../dataFolder';
import { openNotesStore } from './notesStore';
import type { NotesStore } from './notesStore';

export interface SessionNotes {
  /** The notes store of `sessionId` (read-only for a read-only session); the one open before is closed first. */
  of(sessionId: string, readOnly: boolean): NotesStore;
  close(): void;
}

export function createSessionNotes(dataDir: string): SessionNotes {
  let open: { sessionId: string; readOnly: boolean; store: NotesStore } | null = null;
  const close = () => {
    open?.store.close();
    open = null;
  };
  return {
    of(sessionId, readOnly) {
      if (open?.sessionId === sessionId && open.readOnly === readOnly) return open.store;
      close();
      // Read-only, the folder is not made either: nothing is written.
      const store = readOnly ? openNotesStore(sessionFolder(dataDir, sessionId), { readonly: true }) : openNotesStore(ensureSessionFolder(dataDir, sessionId));
      open = { sessionId, readOnly, store };
      return store;
    },
    close,
  };
}
