/**
 * The secretary's notes on the item under way, for the minutes: typed during
 * the sitting under the current-item bar, saved by themselves, with what the
 * hub holds shown beside the box (saved, saving, not saved yet, failed).
 */
import { MINUTES_NOTE_LIMIT } from '../../../shared/protocol';
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import type { NoteSaveState } from './useItemNoteAutosave';
import { useItemNoteAutosave } from './useItemNoteAutosave';
import './minutesNotes.css';

interface ItemNotesBoxProps {
  connection: SessionConnection;
  state: SessionState;
}

const STATUS_KEYS = {
  saved: 'minutesNotes.saved',
  editing: 'minutesNotes.editing',
  saving: 'minutesNotes.saving',
  failed: 'minutesNotes.failed',
} as const satisfies Record<NoteSaveState, string>;

interface NotesEditorProps {
  connection: SessionConnection;
  sessionId: string;
  itemId: string;
  title: string;
  stored: string;
}

function NotesEditor({ connection, sessionId, itemId, title, stored }: NotesEditorProps) {
  const t = useT();
  const { text, status, change, saveNow } = useItemNoteAutosave(connection, sessionId, itemId, stored);
  return (
    <section className="item-notes" data-testid="item-notes" aria-label={t('minutesNotes.title')}>
      <label className="field">
        <span>{t('minutesNotes.label', { title })}</span>
        <textarea
          name="minutes-notes"
          rows={4}
          value={text}
          maxLength={MINUTES_NOTE_LIMIT}
          placeholder={t('minutesNotes.placeholder')}
          onChange={(event) => change(event.target.value)}
          onBlur={saveNow}
        />
      </label>
      <div className="item-notes-status">
        <span role="status" data-testid="item-notes-status" data-state={status} className={status === 'failed' ? 'field-error' : undefined}>
          {t(STATUS_KEYS[status])}
        </span>
        <span className="panel-count">{t('minutesNotes.count', { count: text.length, limit: MINUTES_NOTE_LIMIT })}</span>
        {status === 'failed' && (
          <button type="button" className="button" onClick={saveNow}>
            {t('minutesNotes.retry')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Nothing without an item under way; the editor is keyed by nothing else, so it follows the item. */
export function ItemNotesBox({ connection, state }: ItemNotesBoxProps) {
  const item = state.agenda.find((candidate) => candidate.id === state.currentItemId);
  const sessionId = state.session?.id;
  if (!item || !sessionId || state.session?.status === 'ended') return null;
  return <NotesEditor connection={connection} sessionId={sessionId} itemId={item.id} title={item.title} stored={state.minutesNotes[item.id] ?? ''} />;
}
