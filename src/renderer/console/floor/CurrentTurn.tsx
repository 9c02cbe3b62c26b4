/** The turn in progress: who speaks, the running timer, large, and the chair's controls over it. */
import type { Command, Turn } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { SpeechTimer } from '../../ui/SpeechTimer';

interface CurrentTurnProps {
  turn: Turn | null;
  hubClockOffsetMs: number | null;
  canRun: boolean;
  busy: boolean;
  onCommand(command: Command): void;
}

export function CurrentTurn({ turn, hubClockOffsetMs, canRun, busy, onCommand }: CurrentTurnProps) {
  const t = useT();
  if (!turn) {
    return (
      <section className="floor-turn floor-turn-idle" data-testid="floor-turn">
        <p className="floor-empty">{t('floor.nobodySpeaking')}</p>
      </section>
    );
  }
  const paused = turn.timer.pausedAt !== null;
  return (
    <section className="floor-turn" data-testid="floor-turn" aria-label={t('floor.speaking')}>
      <div className="floor-turn-who">
        <div className="floor-turn-label">{t('floor.speaking')}</div>
        <div className="floor-turn-name" data-testid="floor-turn-name">
          {turn.name}
        </div>
        <div className="floor-request-meta">
          <span className="kind-chip">{t(`floor.kind.${turn.kind}`)}</span>
          {turn.seat !== null && <span>{t('floor.seat', { seat: turn.seat })}</span>}
        </div>
      </div>
      <SpeechTimer timer={turn.timer} hubClockOffsetMs={hubClockOffsetMs} size="large" />
      {canRun && (
        <div className="floor-turn-actions">
          {paused ? (
            <button type="button" className="button" disabled={busy} onClick={() => onCommand({ type: 'timer.resume' })}>
              {t('floor.resume')}
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => onCommand({ type: 'timer.pause' })}>
              {t('floor.pause')}
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={() => onCommand({ type: 'timer.add', seconds: 60 })}>
            {t('floor.addMinute')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onCommand({ type: 'timer.add', seconds: 30 })}>
            {t('floor.addHalfMinute')}
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => onCommand({ type: 'speech.end' })}>
            {t('floor.end')}
          </button>
        </div>
      )}
    </section>
  );
}
