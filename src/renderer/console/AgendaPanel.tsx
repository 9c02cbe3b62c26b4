/** The agenda as the secretary runs it: set the current item, and add, edit, reorder or delete items. */
import type { AgendaItem, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { agendaBySitting } from '../ui/agendaBySitting';
import { useT } from '../ui/language';
import { useDateFormat } from '../ui/useDateFormat';
import { AgendaItemForm, draftOf } from './AgendaItemForm';
import { AgendaItemRow } from './AgendaItemRow';
import { CurrentItemBar } from './CurrentItemBar';
import { ItemNotesBox } from './minutes/ItemNotesBox';
import { useAgendaDrag } from './useAgendaDrag';
import { useAgendaEditing } from './useAgendaEditing';

interface AgendaPanelProps {
  connection: SessionConnection;
  state: SessionState;
  canEdit: boolean;
  onPresent(documentId: string): void;
}

export function AgendaPanel({ connection, state, canEdit, onPresent }: AgendaPanelProps) {
  const t = useT();
  const dates = useDateFormat();
  const { editing, setEditing, save, remove, run, busy } = useAgendaEditing(connection);
  const firstSitting = state.sittings[0];
  const lastSitting = state.sittings[state.sittings.length - 1] ?? firstSitting;
  const stopEditing = () => setEditing(null);
  const move = (itemId: string, toIndex: number) => void run({ type: 'agenda.move', itemId, toIndex });
  const sittingEnds = firstAndLastOfSittings(state.agenda);
  const dragRow = useAgendaDrag(state.agenda, canEdit && !busy && editing === null, move);
  return (
    <div className="agenda-panel">
      <CurrentItemBar state={state} busy={busy} onSetCurrent={(itemId) => void run({ type: 'agenda.setCurrent', itemId })} />
      {canEdit && <ItemNotesBox connection={connection} state={state} />}
      <div className="panel-toolbar">
        <h2>{t('agenda.title')}</h2>
        {canEdit && firstSitting && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })} disabled={editing !== null}>
            {t('console.addItem')}
          </button>
        )}
      </div>
      {editing?.mode === 'add' && lastSitting && (
        <AgendaItemForm
          initial={{ sittingId: lastSitting.id, title: '', kind: 'report', presenter: '', notes: '' }}
          sittings={state.sittings}
          busy={busy}
          onSubmit={save}
          onCancel={stopEditing}
        />
      )}
      {agendaBySitting(state).map((group) => (
        <section key={group.sitting?.id ?? 'none'} className="console-sitting">
          <h3>{group.sitting ? `${group.sitting.title} · ${dates.long(group.sitting.date)}` : ''}</h3>
          <ol className="console-items">
            {group.items.map(({ item, index }) =>
              editing?.mode === 'edit' && editing.itemId === item.id ? (
                <li key={item.id} className="console-item console-item-editing">
                  <AgendaItemForm initial={draftOf(item)} sittings={state.sittings} busy={busy} onSubmit={save} onCancel={stopEditing} />
                </li>
              ) : (
                <AgendaItemRow
                  key={item.id}
                  connection={connection}
                  state={state}
                  item={item}
                  index={index}
                  isFirstInSitting={sittingEnds.get(item.sittingId)?.first === index}
                  isLastInSitting={sittingEnds.get(item.sittingId)?.last === index}
                  drag={dragRow(item, index)}
                  canEdit={canEdit}
                  busy={busy}
                  editingElsewhere={editing !== null}
                  onSetCurrent={() => void run({ type: 'agenda.setCurrent', itemId: item.id })}
                  onMove={(toIndex) => move(item.id, toIndex)}
                  onEdit={() => setEditing({ mode: 'edit', itemId: item.id })}
                  onRemove={() => remove(item)}
                  onPresent={onPresent}
                />
              ),
            )}
          </ol>
        </section>
      ))}
      {state.agenda.length === 0 && <p className="agenda-empty">{t('agenda.empty')}</p>}
    </div>
  );
}

/** Per sitting, the agenda positions of its first and last item: where the up and down buttons stop. */
function firstAndLastOfSittings(agenda: readonly AgendaItem[]): Map<string, { first: number; last: number }> {
  const ends = new Map<string, { first: number; last: number }>();
  agenda.forEach((item, index) => ends.set(item.sittingId, { first: ends.get(item.sittingId)?.first ?? index, last: index }));
  return ends;
}
