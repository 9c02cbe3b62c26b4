/** A note sealed for the hub and opened again on the iPad; the note's id is bound into the ciphertext. */
import type { Sealed, SealedNote } from '../../../shared/protocol/notes';
import { open, seal } from '../../crypto/notesKey';
import type { NotesKey } from '../../crypto/notesKey';
import { noteSchema } from './noteModel';
import type { Note } from './noteModel';

const aadOf = (noteId: string) => `chamber-note/v1\n${noteId}`;

export function sealNote(key: NotesKey, noteId: string, note: Note): Promise<Sealed> {
  return seal(key, new TextEncoder().encode(JSON.stringify(note)), aadOf(noteId));
}

/** The note, or null when its content does not hold a note; throws NotesDecryptError when the key does not open it. */
export async function openNote(key: NotesKey, sealed: SealedNote): Promise<Note | null> {
  const text = new TextDecoder().decode(await open(key, sealed, aadOf(sealed.id)));
  try {
    const parsed = noteSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
