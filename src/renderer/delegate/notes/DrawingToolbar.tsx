/** The drawing mode's tools, large enough for a finger: colours, the eraser, and "Xong" to leave drawing (and swipe again). */
import { useT } from '../../ui/language';
import { PEN_COLOURS } from './noteModel';
import { useNotesUi } from './notesSession';

export function DrawingToolbar() {
  const t = useT();
  const tool = useNotesUi((state) => state.tool);
  const setTool = useNotesUi((state) => state.setTool);
  const setDrawing = useNotesUi((state) => state.setDrawing);
  return (
    <div className="notes-drawing-toolbar" role="toolbar" aria-label={t('notes.drawing')} data-testid="notes-drawing-toolbar">
      <span className="notes-drawing-label">{t('notes.drawing')}</span>
      {PEN_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`notes-swatch notes-swatch-${colour}`}
          aria-label={t(`notes.colour.${colour}`)}
          aria-pressed={tool === colour}
          onClick={() => setTool(colour)}
        />
      ))}
      <button type="button" className="button notes-eraser" aria-pressed={tool === 'eraser'} onClick={() => setTool('eraser')}>
        {t('notes.eraser')}
      </button>
      <button type="button" className="button button-primary notes-drawing-done" onClick={() => setDrawing(false)} data-testid="notes-drawing-done">
        {t('notes.drawDone')}
      </button>
    </div>
  );
}
