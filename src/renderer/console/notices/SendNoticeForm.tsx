/** "Gửi thông báo": a notice to every iPad or to one seat, with its text. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { isSeatedAt } from '../../../shared/core';
import { NOTICE_LIMITS } from '../../../shared/protocol';
import type { SessionState } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';
import { useT } from '../../ui/language';
import { useFeedback } from '../feedback';
import { useCommand } from '../useCommand';

export function SendNoticeForm({ connection, state }: { connection: SessionConnection; state: SessionState }) {
  const t = useT();
  const show = useFeedback((feedback) => feedback.show);
  const { run, busy } = useCommand(connection);
  const [text, setText] = useState('');
  const [toSeat, setToSeat] = useState(false);
  const seats = state.seats.filter((seat) => isSeatedAt(seat, Date.now()));
  const [seat, setSeat] = useState<number | null>(null);
  const chosenSeat = seat ?? seats[0]?.seat ?? null;
  const canSend = text.trim().length > 0 && (!toSeat || chosenSeat !== null) && !busy;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!canSend) return;
    const outcome = await run({ type: 'notice.send', text: text.trim(), seat: toSeat ? chosenSeat : null });
    if (outcome.ok) {
      setText('');
      show('ok', t('notice.send.sent'));
    }
  }

  return (
    <form className="notice-form" onSubmit={(event) => void submit(event)} data-testid="notice-form">
      <h2>{t('notice.send.title')}</h2>
      <fieldset className="notice-target">
        <legend>{t('notice.send.to')}</legend>
        <label>
          <input type="radio" name="notice-target" checked={!toSeat} onChange={() => setToSeat(false)} />
          {t('notice.send.toAll')}
        </label>
        <label>
          <input type="radio" name="notice-target" checked={toSeat} onChange={() => setToSeat(true)} data-testid="notice-to-seat" />
          {t('notice.send.toSeat')}
        </label>
        {toSeat && (
          <label className="field">
            {t('notice.send.seat')}
            <select value={chosenSeat ?? ''} onChange={(event) => setSeat(Number(event.target.value))} data-testid="notice-seat">
              {seats.map((candidate) => (
                <option key={candidate.seat} value={candidate.seat}>
                  {candidate.seat} · {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <label className="field">
        {t('notice.send.text')}
        <textarea value={text} onChange={(event) => setText(event.target.value)} maxLength={NOTICE_LIMITS.noticeText} rows={3} data-testid="notice-text" />
      </label>
      <div className="notice-form-actions">
        <span className="panel-hint">
          {text.length}/{NOTICE_LIMITS.noticeText}
        </span>
        <button type="submit" className="button button-primary" disabled={!canSend} data-testid="notice-send">
          {t('notice.send.button')}
        </button>
      </div>
    </form>
  );
}
