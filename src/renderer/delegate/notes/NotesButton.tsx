/**
 * The notes button in the reader's toolbar and what it opens: the notes menu
 * (a page note, drawing, the list, the PDF export), the code dialog, the list
 * and the note editor. Before the notes are open on this iPad, the button
 * asks for the delegate's private notes code.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentInfo } from '../../../shared/protocol';
import { useLanguage, useT } from '../../ui/language';
import { newNote, newNoteId } from './noteModel';
import { NoteEditor } from './NoteEditor';
import { NotesList } from './NotesList';
import { NotesPassphraseDialog } from './NotesPassphraseDialog';
import { notesVault, useNotesUi } from './notesSession';
import type { NotesVault } from './notesVault';
import './notes.css';

export function NotesButton({ document, page }: { document: DocumentInfo; page: number }) {
  const vault = notesVault();
  return vault ? <NotesControls vault={vault} document={document} page={page} /> : null;
}

function NotesControls({ vault, document, page }: { vault: NotesVault; document: DocumentInfo; page: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const status = vault((state) => state.status);
  const unsaved = vault((state) => state.unsaved.length);
  const ui = useNotesUi();
  const [exporting, setExporting] = useState<'idle' | 'working' | 'failed'>('idle');
  const tool = useRef<HTMLDivElement>(null);
  const { panel, setPanel } = ui;

  // The menu closes at a touch anywhere else, as a menu on the iPad does.
  useEffect(() => {
    if (panel !== 'menu') return;
    const outside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !tool.current?.contains(event.target)) setPanel('none');
    };
    window.document.addEventListener('pointerdown', outside, true);
    return () => window.document.removeEventListener('pointerdown', outside, true);
  }, [panel, setPanel]);
  if (status === 'unavailable') return null;
  const place = { sha256: document.sha256, documentId: document.id, documentTitle: document.title, page };

  const toggle = () => {
    if (ui.panel !== 'none') return ui.setPanel('none');
    ui.setPanel(status === 'ready' ? 'menu' : 'passphrase');
  };
  const addPageNote = () => ui.edit({ noteId: newNoteId(), draft: newNote(place, 'note', Date.now()) });
  const exportPdf = async () => {
    setExporting('working');
    try {
      const { exportNotesPdf } = await import('./exportNotesPdf');
      await exportNotesPdf(vault.getState().notes, t, language === 'vi' ? 'vi-VN' : 'en-GB');
      setExporting('idle');
    } catch (error) {
      console.error(error);
      setExporting('failed');
    }
  };

  return (
    <div className="notes-tool" ref={tool}>
      <button type="button" className={`button notes-button${ui.panel !== 'none' ? ' notes-button-open' : ''}`} aria-expanded={ui.panel === 'menu'} onClick={toggle} data-testid="notes-button">
        ✎ {t('notes.button')}
      </button>
      {unsaved > 0 && (
        <span className="notes-unsaved" role="status" data-testid="notes-unsaved">
          {t('notes.saveFailed')}
        </span>
      )}
      {ui.panel === 'menu' && (
        <div className="notes-menu" role="menu" aria-label={t('notes.menuTitle')} data-testid="notes-menu">
          <button type="button" role="menuitem" className="button" onClick={addPageNote} data-testid="notes-add-page-note">
            {t('notes.addPageNote')}
          </button>
          <button type="button" role="menuitem" className="button" onClick={() => ui.setDrawing(true)} data-testid="notes-draw">
            {t('notes.draw')}
          </button>
          <button type="button" role="menuitem" className="button" onClick={() => ui.setPanel('list')} data-testid="notes-open-list">
            {t('notes.list')}
          </button>
          <button type="button" role="menuitem" className="button" onClick={() => void exportPdf()} disabled={exporting === 'working'} data-testid="notes-export">
            {exporting === 'working' ? t('notes.exporting') : t('notes.export')}
          </button>
          {exporting === 'failed' && (
            <p className="notes-problem" role="alert">
              {t('notes.exportFailed')}
            </p>
          )}
        </div>
      )}
      {ui.panel === 'passphrase' && <NotesPassphraseDialog vault={vault} onClose={() => ui.setPanel(vault.getState().status === 'ready' ? 'menu' : 'none')} />}
      {ui.panel === 'list' && <NotesList vault={vault} shownDocument={document} onClose={() => ui.setPanel('none')} />}
      {ui.editing && <NoteEditor key={ui.editing.noteId} vault={vault} noteId={ui.editing.noteId} draft={ui.editing.draft} onClose={() => ui.edit(null)} />}
    </div>
  );
}
