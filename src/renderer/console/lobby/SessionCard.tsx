/** One session in the lobby: its number, title, dates and status, and what can be done with it. */
import { useDateFormat } from '../../ui/useDateFormat';
import { useT } from '../../ui/language';
import type { SessionSummary } from './catalogApi';

interface SessionCardProps {
  session: SessionSummary;
  active: boolean;
  busy: boolean;
  onOpen(): void;
  onNext(): void;
}

export function SessionCard({ session, active, busy, onOpen, onNext }: SessionCardProps) {
  const t = useT();
  const dates = useDateFormat();
  const start = session.startDate ? dates.short(session.startDate) : '';
  const end = session.endDate ? dates.short(session.endDate) : start;
  return (
    <li className={active ? 'session-card session-card-active' : 'session-card'} data-testid="session-card" data-session-id={session.id}>
      <div className="session-card-main">
        <div className="session-card-meta">
          {session.number !== null && <span className="session-card-number">{t('lobby.sessionNumber', { n: session.number })}</span>}
          <span className="session-card-kind">{t(`lobby.kind.${session.kind}`)}</span>
          <span className={`session-status session-status-${session.status}`} data-testid="session-status">
            {t(`lobby.status.${session.status}`)}
          </span>
          {active && <span className="session-card-active-badge">{t('lobby.active')}</span>}
          {/* The record: a session brought back from an archive opens read-only. */}
          {session.restored && (
            <span className="session-card-restored-badge" data-testid="session-restored-badge">
              {t('lobby.restoredBadge')}
            </span>
          )}
        </div>
        <h3 className="session-card-title">{session.title}</h3>
        <div className="session-card-details">
          {start && <span>{start === end ? start : t('lobby.dates', { start, end })}</span>}
          <span>{t('lobby.roster', { seats: session.seats, guests: session.guests })}</span>
        </div>
      </div>
      <div className="session-card-actions">
        <button type="button" className="button button-primary button-large" disabled={busy} onClick={onOpen}>
          {active ? t('lobby.openActive') : t('lobby.open')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onNext}>
          {t('lobby.next')}
        </button>
      </div>
    </li>
  );
}
