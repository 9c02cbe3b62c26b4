/** The delegate's notes grouped for the list and the export: by document version, then by page and time. */
import type { Note } from './noteModel';

export interface NoteGroup {
  sha256: string;
  documentId: string;
  documentTitle: string;
  notes: Array<{ id: string; note: Note }>;
}

export function notesByDocument(notes: Readonly<Record<string, Note>>): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const [id, note] of Object.entries(notes)) {
    const group = groups.get(note.sha256) ?? { sha256: note.sha256, documentId: note.documentId, documentTitle: note.documentTitle, notes: [] };
    group.notes.push({ id, note });
    groups.set(note.sha256, group);
  }
  const sorted = [...groups.values()];
  for (const group of sorted) group.notes.sort((a, b) => a.note.page - b.note.page || a.note.createdAt - b.note.createdAt);
  return sorted.sort((a, b) => a.documentTitle.localeCompare(b.documentTitle, 'vi') || a.sha256.localeCompare(b.sha256));
}
