/**
 * The speaker on the big screen: the kind of speech, the name, the seat and
 * office, the large countdown (a warning in the last 30 s, the overrun in
 * red), and the next two in the queue.
 */
import { useRef } from 'react';
import type { SessionState } from '../../shared/protocol';
import { useLanguage, useT } from '../ui/language';
import { SpeechTimer } from '../ui/SpeechTimer';
import { requestSpeaker, turnSpeaker } from './speakerLabels';
import type { SpeakerLabel } from './speakerLabels';
import { useFitText } from './useFitText';

const NEXT_SHOWN = 2;
/** The name's font size to start from (96 px on a 1920-pixel projector); shrunk to fit a long name and office. */
const largestFontFor = (viewportWidth: number) => Math.max(16, viewportWidth / 20);

export function ScreenSpeaker({ state, hubClockOffsetMs }: { state: SessionState; hubClockOffsetMs: number | null }) {
  const t = useT();
  const language = useLanguage((current) => current.language);
  const box = useRef<HTMLDivElement>(null);
  const turn = state.floor.turn !== null && state.floor.turn.endedAt === null ? state.floor.turn : null;
  const speaker = turn ? turnSpeaker(state, turn) : null;
  const next = state.floor.queue.slice(0, NEXT_SHOWN);
  useFitText(box, `${turn?.id ?? ''}:${speaker?.name ?? ''}:${speaker?.office ?? ''}:${language}`, largestFontFor);
  return (
    <main className="screen-main screen-speaker" aria-live="polite" data-testid="screen-speaker">
      <div ref={box} className="screen-fitted">
        <div className="screen-fitted-body">
          {turn && speaker ? (
            <>
              <div className="screen-kind" data-testid="screen-speaker-kind">
                {t(`floor.kind.${turn.kind}`)}
              </div>
              <h2 className="screen-speaker-name" data-testid="screen-speaker-name">
                {speaker.name}
              </h2>
              <SpeakerDetail t={t} speaker={speaker} />
            </>
          ) : (
            <h2 className="screen-item screen-waiting">{t('floor.nobodySpeaking')}</h2>
          )}
        </div>
      </div>
      {turn && (
        <div className="screen-speaker-timer">
          <SpeechTimer timer={turn.timer} hubClockOffsetMs={hubClockOffsetMs} size="screen" />
        </div>
      )}
      {next.length > 0 && (
        <section className="screen-next" data-testid="screen-next">
          <h3 className="screen-next-title">{t('screen.nextSpeakers')}</h3>
          <ol className="screen-next-list">
            {next.map((request) => {
              const label = requestSpeaker(state, request);
              return (
                <li key={request.id} data-testid="screen-next-speaker">
                  <span className="screen-next-name">{label.name}</span>
                  <span className="screen-next-kind"> · {t(`floor.kind.${request.kind}`)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </main>
  );
}

function SpeakerDetail({ t, speaker }: { t: ReturnType<typeof useT>; speaker: SpeakerLabel }) {
  const where = speaker.seat !== null ? t('floor.seat', { seat: speaker.seat }) : speaker.guest ? t('floor.guest') : '';
  const parts = [where, speaker.office].filter((part) => part !== '');
  return (
    <div className="screen-speaker-detail" data-testid="screen-speaker-detail">
      {parts.join(' · ')}
    </div>
  );
}
