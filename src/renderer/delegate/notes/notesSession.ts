/**
 * The one notes vault of this page, made on first use with the delegate's
 * token (the one the app was paired with, kept by pairingToken.ts) and the
 * page's own origin, where the hub serves the app. The reader's notes
 * components share it, so the toolbar button and the layer over the page
 * see the same notes and the same drawing mode.
 */
import { create } from 'zustand';
import { takeTokenFromLocation } from '../../client/pairingToken';
import type { Note, PenColour } from './noteModel';
import { createNotesApi } from './notesApi';
import { createNotesVault } from './notesVault';
import type { NotesVault } from './notesVault';

let vault: NotesVault | null | undefined;

/** The vault, or null on a page that holds no delegate token. */
export function notesVault(): NotesVault | null {
  if (vault === undefined) {
    const token = takeTokenFromLocation('delegate');
    vault = token === null ? null : createNotesVault(createNotesApi('', token));
    if (vault) void vault.getState().load();
  }
  return vault;
}

export type NotesPanel = 'none' | 'menu' | 'list' | 'passphrase';
export type PenTool = PenColour | 'eraser';

/** What the reader's notes UI shows: the open panel, drawing mode and the pen, the note being edited. */
export interface NotesUiState {
  panel: NotesPanel;
  drawing: boolean;
  tool: PenTool;
  /** The note open in the editor: a stored one, or a new one not saved yet. */
  editing: { noteId: string; draft: Note } | null;
  setPanel(panel: NotesPanel): void;
  setDrawing(drawing: boolean): void;
  setTool(tool: PenTool): void;
  edit(editing: { noteId: string; draft: Note } | null): void;
}

export const useNotesUi = create<NotesUiState>((set) => ({
  panel: 'none',
  drawing: false,
  tool: 'red',
  editing: null,
  setPanel: (panel) => set({ panel }),
  setDrawing: (drawing) => set({ drawing, panel: 'none' }),
  setTool: (tool) => set({ tool }),
  edit: (editing) => set({ editing, panel: 'none' }),
}));
