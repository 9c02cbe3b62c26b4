/**
 * The delegate's notes over the page: highlights and their markers, page
 * notes, the drawing, and the page's text to select a passage. It sits in the
 * page's own scroller, so it scrolls and zooms with the page. Everything shown
 * is the open version of the document (its SHA-256): the notes of a replaced
 * version stay with that version.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentInfo } from '../../../shared/protocol';
import type { DocumentLibrary } from '../../documents/documentLibrary';
import { usePdf } from '../../pdf/usePdf';
import { useT } from '../../ui/language';
import { DrawingSurface } from './DrawingSurface';
import { DrawingToolbar } from './DrawingToolbar';
import { newNote, newNoteId } from './noteModel';
import type { Note, Stroke } from './noteModel';
import { NotesTextLayer } from './NotesTextLayer';
import { notesVault, useNotesUi } from './notesSession';
import type { NotesVault } from './notesVault';
import { passageIn } from './passageSelection';
import type { SelectedPassage } from './passageSelection';
import { usePageHolder } from './usePageHolder';
import './notes.css';

interface NotesLayerProps {
  library: DocumentLibrary;
  document: DocumentInfo;
  page: number;
}

export function NotesLayer(props: NotesLayerProps) {
  const vault = notesVault();
  return vault ? <PageNotes vault={vault} {...props} /> : null;
}

function PageNotes({ vault, library, document, page }: NotesLayerProps & { vault: NotesVault }) {
  const t = useT();
  const anchor = useRef<HTMLSpanElement>(null);
  const box = usePageHolder(anchor);
  const pdf = usePdf(library, document);
  const status = vault((state) => state.status);
  const allNotes = vault((state) => state.notes);
  const unsaved = vault((state) => state.unsaved.length);
  const { drawing, tool, edit, setPanel } = useNotesUi();
  const layer = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<SelectedPassage | null>(null);
  const shownPage = box?.renderedPage ?? page;
  const ready = status === 'ready';

  useEffect(() => {
    const onSelection = () => setPassage(layer.current ? passageIn(layer.current, window.getSelection()) : null);
    window.document.addEventListener('selectionchange', onSelection);
    return () => window.document.removeEventListener('selectionchange', onSelection);
  }, []);

  const onPage = Object.entries(allNotes).filter(([, note]) => note.sha256 === document.sha256 && note.page === shownPage);
  const drawingNote = onPage.find(([, note]) => note.kind === 'drawing');
  const place = {
    sha256: document.sha256,
    documentId: document.id,
    documentTitle: document.title,
    page: shownPage,
    aspect: box && box.width > 0 ? box.height / box.width : undefined,
  };

  const saveStrokes = (strokes: Stroke[]) => {
    if (drawingNote && strokes.length === 0) return void vault.getState().remove(drawingNote[0]);
    const [noteId, note] = drawingNote ?? [newNoteId(), newNote(place, 'drawing', Date.now())];
    void vault.getState().save(noteId, { ...note, strokes });
  };
  const keepPassage = (withNote: boolean) => {
    if (!passage) return;
    if (!ready) return setPanel('passphrase');
    const noteId = newNoteId();
    const note = newNote(place, 'highlight', Date.now(), { quote: passage.quote, rects: passage.rects });
    window.getSelection()?.removeAllRanges();
    setPassage(null);
    if (withNote) edit({ noteId, draft: note });
    else void vault.getState().save(noteId, note);
  };
  const open = (noteId: string, note: Note) => edit({ noteId, draft: note });

  if (status === 'unavailable') return null;
  const overlay =
    box && pdf.status === 'ready' && box.width > 0 ? (
      <div
        ref={layer}
        className={drawing ? 'notes-layer notes-layer-drawing' : 'notes-layer'}
        style={{ top: box.top, left: box.left, width: box.width, height: box.height }}
        data-testid="notes-layer"
        data-page={shownPage}
        data-notes-status={status}
        data-unsaved={unsaved}
      >
        {onPage.flatMap(([noteId, note]) =>
          note.rects.map((rect, index) => (
            <div
              key={`${noteId}:${index}`}
              className="notes-highlight"
              data-testid="notes-highlight"
              style={{ left: `${rect[0] * 100}%`, top: `${rect[1] * 100}%`, width: `${rect[2] * 100}%`, height: `${rect[3] * 100}%` }}
            />
          )),
        )}
        <NotesTextLayer pdf={pdf.pdf} page={shownPage} width={box.width} />
        <DrawingSurface strokes={drawingNote?.[1].strokes ?? []} drawing={drawing && ready} tool={tool} pageWidth={box.width} onChange={saveStrokes} />
        <div className="notes-markers">
          {onPage
            .filter(([, note]) => note.kind !== 'drawing')
            .map(([noteId, note]) => (
              <button
                key={noteId}
                type="button"
                className={`notes-marker notes-marker-${note.kind}`}
                style={note.rects[0] ? { top: `${note.rects[0][1] * 100}%` } : undefined}
                aria-label={`${t('notes.openNote')}: ${note.text || note.quote}`}
                title={note.text || note.quote}
                onClick={() => open(noteId, note)}
                data-testid="notes-marker"
              >
                {note.text !== '' ? '✎' : '●'}
              </button>
            ))}
        </div>
      </div>
    ) : null;

  return (
    <>
      <span ref={anchor} hidden />
      {overlay && box && createPortal(overlay, box.scroller)}
      {passage && !drawing && (
        <div className="notes-selection-bar" role="toolbar" data-testid="notes-selection-bar">
          <button type="button" className="button button-primary" onClick={() => keepPassage(false)} data-testid="notes-highlight-button">
            {t('notes.highlight')}
          </button>
          <button type="button" className="button" onClick={() => keepPassage(true)} data-testid="notes-passage-note-button">
            {t('notes.noteOnPassage')}
          </button>
        </div>
      )}
      {drawing && <DrawingToolbar />}
    </>
  );
}
