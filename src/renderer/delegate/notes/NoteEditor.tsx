/** Writes or changes the text of a page note or of a note on a highlighted passage; deletes a note. */
import { useState } from 'react';
import { useT } from '../../ui/language';
import { NOTE_TEXT_LIMIT } from './noteModel';
import type { Note } from './noteModel';
import type { NotesVault } from './notesVault';

export function NoteEditor({ vault, noteId, draft, onClose }: { vault: NotesVault; noteId: string; draft: Note; onClose(): void }) {
  const t = useT();
  const stored = vault((state) => state.notes[noteId]);
  const [text, setText] = useState(stored?.text ?? draft.text);
  const note = stored ?? draft;

  const save = () => {
    void vault.getState().save(noteId, { ...note, text: text.slice(0, NOTE_TEXT_LIMIT) });
    onClose();
  };
  const remove = () => {
    if (stored) void vault.getState().remove(noteId);
    onClose();
  };

  return (
    <div className="notes-dialog-backdrop" role="presentation">
      <div className="notes-dialog" role="dialog" aria-modal="true" aria-labelledby="note-editor-title" data-testid="note-editor">
        <h2 id="note-editor-title">{t('notes.editorTitle', { page: String(note.page) })}</h2>
        {note.quote !== '' && <blockquote className="notes-quote">{note.quote}</blockquote>}
        <label className="notes-field">
          <span>{t('notes.textLabel')}</span>
          <textarea value={text} maxLength={NOTE_TEXT_LIMIT} rows={6} onChange={(event) => setText(event.target.value)} data-testid="note-editor-text" autoFocus />
        </label>
        <div className="notes-actions">
          <button type="button" className="button button-primary" onClick={save} data-testid="note-editor-save">
            {t('notes.save')}
          </button>
          {stored && (
            <button type="button" className="button button-danger" onClick={remove} data-testid="note-editor-delete">
              {t('notes.delete')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('notes.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
