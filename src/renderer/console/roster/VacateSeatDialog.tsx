/**
 * Marks a seat vacant (đại biểu thôi làm nhiệm vụ) from a moment, with a reason.
 * The confirmation says what follows: the seat's iPad link stops working, and the
 * seated count drops from that moment, so every later vote counts one seat fewer.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Seat } from '../../../shared/protocol';
import { TEXT_LIMITS } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { FormActions } from '../FormActions';
import { ModalDialog } from './ModalDialog';
import { dateTimeInputValue, parseDateTimeInput } from './vacancyTime';

interface VacateSeatDialogProps {
  seat: Seat;
  /** The moment the field starts at (now). */
  now: number;
  busy: boolean;
  onSubmit(vacancy: { at: number; reason: string }): Promise<boolean>;
  onClose(): void;
}

export function VacateSeatDialog({ seat, now, busy, onSubmit, onClose }: VacateSeatDialogProps) {
  const t = useT();
  const [at, setAt] = useState(() => dateTimeInputValue(now));
  const [reason, setReason] = useState('');
  const [badTime, setBadTime] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const moment = parseDateTimeInput(at);
    if (moment === null) {
      setBadTime(true);
      return;
    }
    setBadTime(false);
    if (await onSubmit({ at: moment, reason: reason.trim() })) onClose();
  }

  return (
    <ModalDialog label={t('roster.vacate.title', { seat: seat.seat, name: seat.name })} testId="vacate-dialog" onClose={onClose}>
      <form className="item-form roster-form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('roster.vacate.at')}</span>
          <input name="vacantFrom" type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} aria-invalid={badTime} />
          {badTime && <span className="field-error">{t('roster.vacate.badTime')}</span>}
        </label>
        <label className="field field-wide">
          <span>{t('roster.vacate.reason')}</span>
          <input name="reason" value={reason} maxLength={TEXT_LIMITS.vacancyReason} onChange={(event) => setReason(event.target.value)} autoFocus />
        </label>
        <p className="field-wide roster-vacate-warning" role="note">
          {t('roster.vacate.warning')}
        </p>
        <div className="field-wide">
          <FormActions submitLabel={t('roster.vacate.confirm')} busy={busy} onCancel={onClose} />
        </div>
      </form>
    </ModalDialog>
  );
}
