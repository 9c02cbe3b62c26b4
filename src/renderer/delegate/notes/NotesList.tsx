/** Every note of the delegate, across documents: tap one to open its page. */
import type { DocumentInfo } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { useReader } from '../readerStore';
import { notesByDocument } from './notesByDocument';
import type { NotesVault } from './notesVault';

export function NotesList({ vault, shownDocument, onClose }: { vault: NotesVault; shownDocument: DocumentInfo; onClose(): void }) {
  const t = useT();
  const notes = vault((state) => state.notes);
  const unreadable = vault((state) => state.unreadable);
  const groups = notesByDocument(notes);
  const open = (documentId: string, page: number) => {
    useReader.getState().turnTo({ documentId, page });
    onClose();
  };

  return (
    <div className="notes-dialog-backdrop" role="presentation">
      <div className="notes-dialog notes-list" role="dialog" aria-modal="true" aria-labelledby="notes-list-title" data-testid="notes-list">
        <h2 id="notes-list-title">{t('notes.list')}</h2>
        {groups.length === 0 && <p>{t('notes.listEmpty')}</p>}
        {unreadable > 0 && <p className="notes-problem">{t('notes.unreadable', { count: String(unreadable) })}</p>}
        {groups.map((group) => (
          <section key={group.sha256} className="notes-list-group">
            <h3>
              {group.documentTitle}
              {group.documentId === shownDocument.id && group.sha256 !== shownDocument.sha256 && <span className="notes-version"> — {t('notes.olderVersion')}</span>}
            </h3>
            <ul>
              {group.notes.map(({ id, note }) => (
                <li key={id}>
                  <button type="button" className="notes-list-item" onClick={() => open(note.documentId, note.page)} data-testid="notes-list-item">
                    <span className="notes-list-where">
                      {t('notes.pageOf', { page: String(note.page) })} · {t(`notes.kind.${note.kind}`)}
                    </span>
                    {note.quote !== '' && <span className="notes-list-quote">“{note.quote}”</span>}
                    {note.text !== '' && <span className="notes-list-text">{note.text}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <div className="notes-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('notes.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
