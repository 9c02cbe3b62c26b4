/** The requests to speak in the chair's order: kind, time waiting, reorder (drag or buttons), give the floor. */
import type { SessionState, SpeechRequest } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { requesterName } from '../../ui/speakerName';
import { useHubNow } from '../../ui/useHubNow';
import type { RowDragProps } from '../useAgendaDrag';
import { queueOrderWithMove } from './queueOrder';
import { useQueueDrag } from './useQueueDrag';

interface SpeechQueueProps {
  state: SessionState;
  hubClockOffsetMs: number | null;
  canRun: boolean;
  busy: boolean;
  onReorder(requestIds: string[]): void;
  onGrant(requestId: string): void;
}

export function SpeechQueue({ state, hubClockOffsetMs, canRun, busy, onReorder, onGrant }: SpeechQueueProps) {
  const t = useT();
  const queue = state.floor.queue;
  const move = (requestId: string, toIndex: number) => {
    const order = queueOrderWithMove(queue, requestId, toIndex);
    if (order) onReorder(order);
  };
  const dragFor = useQueueDrag(canRun && !busy, move);
  return (
    <section className="floor-queue" aria-labelledby="floor-queue-title">
      <h3 id="floor-queue-title">{t('floor.queue')}</h3>
      {canRun && queue.length > 1 && <p className="panel-hint">{t('floor.dragHint')}</p>}
      {queue.length === 0 ? (
        <p className="floor-empty" data-testid="floor-queue-empty">
          {t('floor.queueEmpty')}
        </p>
      ) : (
        <ol className="floor-queue-list" data-testid="floor-queue">
          {queue.map((request, index) => (
            <QueueRow
              key={request.id}
              state={state}
              request={request}
              index={index}
              last={index === queue.length - 1}
              hubClockOffsetMs={hubClockOffsetMs}
              canRun={canRun}
              busy={busy}
              drag={dragFor(request.id, index)}
              onMove={(toIndex) => move(request.id, toIndex)}
              onGrant={() => onGrant(request.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface QueueRowProps {
  state: SessionState;
  request: SpeechRequest;
  index: number;
  last: boolean;
  hubClockOffsetMs: number | null;
  canRun: boolean;
  busy: boolean;
  drag: RowDragProps;
  onMove(toIndex: number): void;
  onGrant(): void;
}

function QueueRow({ state, request, index, last, hubClockOffsetMs, canRun, busy, drag, onMove, onGrant }: QueueRowProps) {
  const t = useT();
  const name = requesterName(state, request);
  const classes = ['floor-request', drag.isDragged && 'floor-request-dragged', drag.isDropTarget && 'floor-request-drop-target'];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-testid="floor-request"
      data-request-id={request.id}
      draggable={drag.draggable}
      onDragStart={drag.onDragStart}
      onDragEnd={drag.onDragEnd}
      onDragOver={drag.onDragOver}
      onDragLeave={drag.onDragLeave}
      onDrop={drag.onDrop}
    >
      <span className="floor-request-place">{index + 1}</span>
      <div className="floor-request-body">
        <div className="floor-request-name">{name}</div>
        <div className="floor-request-meta">
          <span className="kind-chip">{t(`floor.kind.${request.kind}`)}</span>
          <span>{request.seat !== null ? t('floor.seat', { seat: request.seat }) : t('floor.guest')}</span>
          <WaitingTime since={request.requestedAt} hubClockOffsetMs={hubClockOffsetMs} />
        </div>
      </div>
      {canRun && (
        <div className="floor-request-actions">
          <button type="button" className="button button-small" disabled={busy || index === 0} aria-label={t('floor.moveUpLabel', { name })} onClick={() => onMove(index - 1)}>
            {t('floor.moveUp')}
          </button>
          <button type="button" className="button button-small" disabled={busy || last} aria-label={t('floor.moveDownLabel', { name })} onClick={() => onMove(index + 1)}>
            {t('floor.moveDown')}
          </button>
          <button type="button" className="button button-primary" disabled={busy} onClick={onGrant}>
            {t('floor.grant')}
          </button>
        </div>
      )}
    </li>
  );
}

function WaitingTime({ since, hubClockOffsetMs }: { since: number; hubClockOffsetMs: number | null }) {
  const t = useT();
  const hubNow = useHubNow(hubClockOffsetMs, true, 10_000);
  return <span className="floor-waiting">{t('floor.waiting', { minutes: Math.max(0, Math.floor((hubNow - since) / 60_000)) })}</span>;
}
