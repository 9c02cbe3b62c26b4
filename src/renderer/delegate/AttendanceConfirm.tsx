/**
 * "Tôi có mặt" on a delegate's iPad during a sitting: the button while the delegate has
 * not confirmed (the iPad alone may have put them on the roll), then "Đã điểm danh".
 * A mark the secretary made is shown as it is; only the secretariat changes it.
 * Guests and seats not on the roll never see this.
 */
import { useState } from 'react';
import { attendanceEntryOf, countsAsPresent, sittingInProgress } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';

export function AttendanceConfirm({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const me = useSessionView(connection.store, (view) => view.me);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const sittingId = sittingInProgress(state);
  const seat = me?.role === 'delegate' ? me.seat : null;
  if (sittingId === null || seat === null || !state.seats.some((candidate) => candidate.seat === seat && candidate.vacantFrom === undefined)) return null;
  const entry = attendanceEntryOf(state, sittingId, seat);

  if (entry && (entry.source === 'self' || (entry.source === 'secretary' && countsAsPresent(entry)))) {
    return (
      <div className="attendance-bar attendance-done" role="status" data-testid="attendance-confirmed">
        ✓ {t('roll.confirmed')}
      </div>
    );
  }
  if (entry?.source === 'secretary') {
    return (
      <div className="attendance-bar" role="status" data-testid="attendance-by-secretary">
        {t('roll.markedBySecretary', { mark: t(`roll.mark.${entry.mark}`) })}
      </div>
    );
  }
  const confirm = async () => {
    setBusy(true);
    setFailed(null);
    const outcome = await connection.sendCommand({ type: 'attendance.confirm' });
    setBusy(false);
    if (!outcome.ok) setFailed(outcome.code === 'offline' || outcome.code === 'timeout' ? t('error.offline') : t(`error.${outcome.code}`));
  };
  return (
    <div className="attendance-bar">
      <span>{t('roll.confirmHint')}</span>
      <button type="button" className="button button-primary attendance-button" disabled={busy} onClick={() => void confirm()} data-testid="attendance-confirm">
        {t('roll.confirm')}
      </button>
      {failed && <span className="attendance-error" role="alert">{failed}</span>}
    </div>
  );
}
