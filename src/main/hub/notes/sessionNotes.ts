/**
 * The notes database of the session the hub serves, opened when a delegate
 * first asks and kept open until the hub serves another session or stops.
 */
import { ensureSessionFolder } from '../dataFolder';
import { openNotesStore } from './notesStore';
import type { NotesStore } from './notesStore';

export interface SessionNotes {
  /** The notes store of `sessionId`; the one of a previous session is closed first. */
  of(sessionId: string): NotesStore;
  close(): void;
}

export function createSessionNotes(dataDir: string): SessionNotes {
  let open: { sessionId: string; store: NotesStore } | null = null;
  const close = () => {
    open?.store.close();
    open = null;
  };
  return {
    of(sessionId) {
      if (open?.sessionId === sessionId) return open.store;
      close();
      const store = openNotesStore(ensureSessionFolder(dataDir, sessionId));
      open = { sessionId, store };
      return store;
    },
    close,
  };
}
