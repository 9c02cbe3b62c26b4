/** Attendance for the hall: "Có mặt 27/30 đại biểu" and the quorum light, in words and in colour, for the sitting in progress. */
import { rollFigures, sittingInProgress } from '../../shared/core';
import type { SessionState } from '../../shared/protocol';
import { useT } from '../ui/language';

export function ScreenAttendance({ state }: { state: SessionState }) {
  const t = useT();
  const sittingId = sittingInProgress(state);
  const sitting = state.sittings.find((candidate) => candidate.id === sittingId);
  if (sittingId === null) {
    return (
      <main className="screen-main" data-testid="screen-attendance" data-quorum="none">
        <h2 className="screen-item screen-waiting">{t('roll.noSitting')}</h2>
      </main>
    );
  }
  const figures = rollFigures(state, sittingId);
  const quorum = figures.quorumMet ? 'met' : 'short';
  return (
    <main className="screen-main screen-attendance" aria-live="polite" data-testid="screen-attendance" data-quorum={quorum}>
      {sitting && <div className="screen-kind">{sitting.title}</div>}
      <h2 className="screen-attendance-figure" data-testid="screen-attendance-figure">
        {t('screen.attendance', { present: figures.present, seated: figures.seated })}
      </h2>
      <div className={`screen-quorum screen-quorum-${quorum}`} data-testid="screen-quorum">
        <span className="screen-quorum-light" aria-hidden="true" />
        <span>{figures.quorumMet ? t('roll.quorumMet', { needed: figures.needed }) : t('roll.quorumShort', { needed: figures.needed })}</span>
      </div>
    </main>
  );
}
