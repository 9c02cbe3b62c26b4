/**
 * The iPad's request to speak: "Đăng ký phát biểu" with the kind, the place in
 * the queue and "Rút đăng ký"; when the chair gives this device the floor,
 * its countdown, drawn locally from the hub's start time.
 */
import { useState } from 'react';
import type { SessionState, SpeechKind } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { SpeechTimer } from '../../ui/SpeechTimer';
import { useSessionView } from '../../ui/useSessionView';
import { requestKindsFor } from './requestKinds';
import { useFloorCommand } from './useFloorCommand';
import './floorBar.css';

export function FloorBar({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const me = useSessionView(connection.store, (view) => view.me);
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  const { send, busy, refusal } = useFloorCommand(connection);
  const [choosing, setChoosing] = useState(false);
  if (!me || state.session?.status !== 'open') return null;

  const turn = state.floor.turn;
  if (turn && turn.principalId === me.id) {
    return (
      <section className="floor-bar floor-bar-speaking" data-testid="floor-bar" aria-live="polite">
        <strong className="floor-bar-title">{t('floor.yourTurn')}</strong>
        <span className="kind-chip">{t(`floor.kind.${turn.kind}`)}</span>
        <SpeechTimer timer={turn.timer} hubClockOffsetMs={hubClockOffsetMs} size="compact" />
      </section>
    );
  }

  const kinds = requestKindsFor(me.role, state.settings);
  if (kinds.length === 0) return null;
  const place = state.floor.queue.findIndex((request) => request.principalId === me.id);
  const mine = state.floor.queue[place];
  const request = (kind: SpeechKind) => {
    setChoosing(false);
    void send({ type: 'speech.request', kind });
  };

  return (
    <section className="floor-bar" data-testid="floor-bar">
      {mine ? (
        <>
          <span className="floor-bar-place" data-testid="floor-place">
            {t('floor.yourPlace', { place: place + 1 })}
          </span>
          <span className="kind-chip">{t(`floor.kind.${mine.kind}`)}</span>
          <button type="button" className="button" disabled={busy} onClick={() => void send({ type: 'speech.withdraw', requestId: mine.id })}>
            {t('floor.withdraw')}
          </button>
        </>
      ) : choosing ? (
        <fieldset className="floor-bar-kinds" disabled={busy}>
          <legend>{t('floor.requestKind')}</legend>
          {kinds.map((kind) => (
            <button key={kind} type="button" className="button button-primary" onClick={() => request(kind)}>
              {t(`floor.kind.${kind}`)}
            </button>
          ))}
        </fieldset>
      ) : (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => (kinds.length === 1 && kinds[0] ? request(kinds[0]) : setChoosing(true))}>
          {t('floor.request')}
        </button>
      )}
      {refusal && (
        <p className="floor-bar-refusal" role="alert">
          {t(refusal)}
        </p>
      )}
    </section>
  );
}
