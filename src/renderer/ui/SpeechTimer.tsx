/**
 * A speaker's countdown, the same on the console, the speaker's iPad and the
 * big screen: drawn locally from the turn's start time on the hub's clock and
 * this device's offset to it. The last 30 s say "Sắp hết giờ", an overrun says
 * "Quá giờ" in red, so the state is read in words as well as colour.
 */
import { remainingMs } from '../../shared/core';
import type { SpeechTimer as SpeechTimerState } from '../../shared/protocol';
import { useT } from './language';
import { timerDisplay } from './speechTimerDisplay';
import { useHubNow } from './useHubNow';
import './speechTimer.css';

export type SpeechTimerSize = 'compact' | 'large' | 'screen';

export function SpeechTimer({ timer, hubClockOffsetMs, size = 'large' }: { timer: SpeechTimerState; hubClockOffsetMs: number | null; size?: SpeechTimerSize }) {
  const t = useT();
  const paused = timer.pausedAt !== null;
  const hubNow = useHubNow(hubClockOffsetMs, !paused);
  const display = timerDisplay(remainingMs(timer, hubNow));
  const status = paused ? t('floor.timerPaused') : display.phase === 'warning' ? t('floor.timerWarning') : display.phase === 'overrun' ? t('floor.timerOverrun') : t('floor.timerLeft');
  return (
    <div
      className={`speech-timer speech-timer-${size} speech-timer-${display.phase}${paused ? ' speech-timer-paused' : ''}`}
      data-testid="speech-timer"
      data-phase={display.phase}
      data-paused={paused ? 'true' : 'false'}
      role="timer"
      aria-label={t('floor.timerLabel', { time: display.text })}
    >
      <span className="speech-timer-status" data-testid="speech-timer-status">
        {status}
      </span>
      <span className="speech-timer-time" data-testid="speech-timer-time">
        {display.text}
      </span>
    </div>
  );
}
