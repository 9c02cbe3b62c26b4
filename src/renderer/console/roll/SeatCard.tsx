/** One seat on the seat map: who sits there, the connection, the roll's mark, and the open vote. */
import type { AttendanceEntry, Seat } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { minutesSince } from './connectionDrops';
import { timeOfDay } from './rollSummary';

export interface SeatCardProps {
  seat: Seat;
  entry: AttendanceEntry | undefined;
  online: boolean;
  /** When the connection dropped, if this console saw it. */
  droppedAt: number | undefined;
  now: number;
  /** Voted in the open, named vote; null when no such vote is open. */
  voted: boolean | null;
  /** Waiting in the queue to speak, or speaking now. */
  floor: 'requested' | 'speaking' | null;
  onOpen(): void;
  /** Offered after a long absence of a delegate still counted present: marks them as left now. */
  onMarkLeft: (() => void) | null;
}

export function SeatCard({ seat, entry, online, droppedAt, now, voted, floor, onOpen, onMarkLeft }: SeatCardProps) {
  const t = useT();
  const mark = entry?.mark ?? 'none';
  const left = entry?.leftAt != null;
  const dropMinutes = !online && droppedAt !== undefined ? minutesSince(droppedAt, now) : null;
  return (
    <div className={`seat-card seat-card-${mark}${left ? ' seat-card-left' : ''}`} data-testid="seat-card" data-seat={seat.seat} data-mark={mark} data-online={online}>
      <button type="button" className="seat-card-open" onClick={onOpen}>
      <span className="seat-card-head">
        <span className="seat-card-number">{seat.seat}</span>
        <span className={online ? 'presence presence-online' : 'presence presence-offline'}>
          {online ? t('roll.online') : dropMinutes !== null && dropMinutes > 0 ? t('roll.offlineFor', { minutes: dropMinutes }) : t('roll.offline')}
        </span>
      </span>
      <span className="seat-card-name">{seat.name}</span>
      {seat.group && <span className="seat-card-group">{seat.group}</span>}
      <span className="seat-card-mark" data-testid="seat-mark">
        {t(`roll.mark.${mark}`)}
        {entry && <span className="seat-card-source"> · {t(`roll.source.${entry.source}`)}</span>}
      </span>
      {entry?.reason && <span className="seat-card-detail">{entry.reason}</span>}
      {entry?.lateAt != null && <span className="seat-card-detail">{t('roll.lateAt', { time: timeOfDay(entry.lateAt) })}</span>}
      {entry?.leftAt != null && <span className="seat-card-detail">{t('roll.leftAt', { time: timeOfDay(entry.leftAt) })}</span>}
      {floor && (
        <span className="seat-card-badge seat-card-floor" data-testid="seat-floor">
          {t(`roll.floor.${floor}`)}
        </span>
      )}
      {voted && <span className="seat-card-badge">{t('roll.voted')}</span>}
      </button>
      {onMarkLeft && (
        <button type="button" className="button button-small seat-card-leave" onClick={onMarkLeft}>
          {t('roll.markLeft')}
        </button>
      )}
    </div>
  );
}
