import type { AgendaItem, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { ItemDocuments } from './ItemDocuments';
import type { RowDragProps } from './useAgendaDrag';

interface AgendaItemRowProps {
  connection: SessionConnection;
  state: SessionState;
  item: AgendaItem;
  index: number;
  /** The row opens its sitting: it cannot move further up. */
  isFirstInSitting: boolean;
  /** The row closes its sitting: it cannot move further down. */
  isLastInSitting: boolean;
  drag: RowDragProps;
  canEdit: boolean;
  busy: boolean;
  /** Another item's form is open: editing waits. */
  editingElsewhere: boolean;
  onSetCurrent(): void;
  onMove(toIndex: number): void;
  onEdit(): void;
  onRemove(): void;
  onPresent(documentId: string): void;
}

/** One agenda item in the console: what it is, its documents, and what the secretary can do with it. */
export function AgendaItemRow(props: AgendaItemRowProps) {
  const { connection, state, item, index, canEdit, busy, drag, onSetCurrent, onPresent } = props;
  const t = useT();
  const current = item.id === state.currentItemId;
  const classes = ['console-item', current && 'console-item-current', drag.isDragged && 'console-item-dragged', drag.isDropTarget && 'console-item-drop-target'];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-testid="console-item"
      data-item-id={item.id}
      draggable={drag.draggable}
      onDragStart={drag.onDragStart}
      onDragEnd={drag.onDragEnd}
      onDragOver={drag.onDragOver}
      onDragLeave={drag.onDragLeave}
      onDrop={drag.onDrop}
    >
      <div className="console-item-lead">
        <span className="agenda-number">{index + 1}</span>
        {drag.draggable && (
          <span className="drag-grip" aria-hidden="true" title={t('console.dragToReorder')}>
            ⠿
          </span>
        )}
      </div>
      <div className="console-item-body">
        <div className="agenda-meta">
          <span className="kind-chip">{t(`kind.${item.kind}`)}</span>
          {current && <span className="current-badge">{t('console.isCurrent')}</span>}
        </div>
        <div className="agenda-title">{item.title}</div>
        {item.presenter && <div className="agenda-rapporteur">{t('agenda.rapporteur', { name: item.presenter })}</div>}
        {item.notes && <div className="console-item-notes">{item.notes}</div>}
        <ItemDocuments connection={connection} state={state} item={item} canEdit={canEdit} onPresent={onPresent} />
      </div>
      <div className="console-item-actions">
        {!current && (
          <button type="button" className="button button-primary" disabled={busy} onClick={onSetCurrent}>
            {t('console.setCurrent')}
          </button>
        )}
        {canEdit && <AgendaItemEditButtons {...props} />}
      </div>
    </li>
  );
}

/** Move up, move down, edit and delete. */
function AgendaItemEditButtons({ item, index, isFirstInSitting, isLastInSitting, busy, editingElsewhere, onMove, onEdit, onRemove }: AgendaItemRowProps) {
  const t = useT();
  return (
    <div className="console-item-edit">
      <button
        type="button"
        className="button button-small"
        aria-label={`${t('console.moveUp')}: ${item.title}`}
        disabled={busy || isFirstInSitting}
        onClick={() => onMove(index - 1)}
      >
        ↑ {t('console.moveUp')}
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label={`${t('console.moveDown')}: ${item.title}`}
        disabled={busy || isLastInSitting}
        onClick={() => onMove(index + 1)}
      >
        ↓ {t('console.moveDown')}
      </button>
      <button type="button" className="button button-small" onClick={onEdit} disabled={editingElsewhere}>
        {t('console.edit')}
      </button>
      <button type="button" className="button button-small button-danger" disabled={busy} onClick={onRemove}>
        {t('console.delete')}
      </button>
    </div>
  );
}
