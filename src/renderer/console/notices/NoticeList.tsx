/** The notices sent, newest first, each with whom it went to and "đã nhận 27/30". */
import type { SessionState } from '../../../shared/protocol';
import { useClockTime } from '../../ui/useClockTime';
import { useT } from '../../ui/language';
import { acknowledgedFigures } from './noticeFigures';

export function NoticeList({ state }: { state: SessionState }) {
  const t = useT();
  const clockTime = useClockTime();
  const notices = [...state.notices].reverse();
  return (
    <section className="notice-list" aria-labelledby="notice-list-title">
      <h2 id="notice-list-title">{t('notice.list.title')}</h2>
      {notices.length === 0 && <p className="panel-hint">{t('notice.list.empty')}</p>}
      <ul>
        {notices.map((notice) => {
          const figures = acknowledgedFigures(state, notice);
          return (
            <li key={notice.id} className="notice-row" data-testid="notice-row">
              <p className="notice-row-text">{notice.text}</p>
              <div className="notice-row-facts">
                <span>{notice.seat === null ? t('notice.list.toAll') : t('notice.list.toSeat', { seat: notice.seat })}</span>
                <span>{t('notice.list.sentAt', { time: clockTime(notice.sentAt) })}</span>
                <strong data-testid="notice-acknowledged">{t('notice.list.acknowledged', figures)}</strong>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
