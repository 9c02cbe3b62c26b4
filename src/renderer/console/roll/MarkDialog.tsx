/** Sets a seat's mark in a sitting: four large choices, with the reason, the late arrival or the early departure. */
import { useState } from 'react';
import type { AttendanceEntry, AttendanceMark, Command, Seat } from '../../../shared/protocol';
import { ATTENDANCE_MARKS, ATTENDANCE_REASON_LIMIT } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { momentOn, timeOfDay } from './rollSummary';

export interface MarkDialogProps {
  seat: Seat;
  sittingId: string;
  /** The sitting's date: the late and left times are on it. */
  sittingDate: string;
  entry: AttendanceEntry | undefined;
  busy: boolean;
  onSend(command: Command): void;
  onClose(): void;
}

export function MarkDialog({ seat, sittingId, sittingDate, entry, busy, onSend, onClose }: MarkDialogProps) {
  const t = useT();
  const [reason, setReason] = useState(entry?.reason ?? '');
  const [late, setLate] = useState(entry?.lateAt != null ? timeOfDay(entry.lateAt) : '');
  const [left, setLeft] = useState(entry?.leftAt != null ? timeOfDay(entry.leftAt) : '');
  const [reasonMissing, setReasonMissing] = useState(false);

  function choose(mark: AttendanceMark) {
    const present = mark === 'present' || mark === 'presentNoDevice';
    if (mark === 'absentExcused' && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const lateAt = present ? momentOn(sittingDate, late) : null;
    const leftAt = present ? momentOn(sittingDate, left) : null;
    onSend({
      type: 'attendance.set',
      sittingId,
      seat: seat.seat,
      mark,
      ...(mark === 'absentExcused' ? { reason: reason.trim() } : {}),
      ...(lateAt !== null ? { lateAt } : {}),
      ...(leftAt !== null ? { leftAt } : {}),
    });
  }

  return (
    <div className="roll-dialog-backdrop" onClick={onClose}>
      <div className="roll-dialog" role="dialog" aria-modal="true" aria-labelledby="roll-dialog-title" data-testid="mark-dialog" onClick={(event) => event.stopPropagation()}>
        <h2 id="roll-dialog-title">{t('roll.edit', { seat: seat.seat, name: seat.name })}</h2>
        <label className="field">
          {t('roll.field.reason')}
          <input
            value={reason}
            maxLength={ATTENDANCE_REASON_LIMIT}
            aria-invalid={reasonMissing}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonMissing(false);
            }}
          />
        </label>
        {reasonMissing && <p className="field-error">{t('roll.reasonRequired')}</p>}
        <div className="roll-dialog-times">
          <label className="field">
            {t('roll.field.late')}
            <input type="time" value={late} onChange={(event) => setLate(event.target.value)} />
          </label>
          <label className="field">
            {t('roll.field.left')}
            <input type="time" value={left} onChange={(event) => setLeft(event.target.value)} />
          </label>
        </div>
        <div className="roll-dialog-marks">
          {ATTENDANCE_MARKS.map((mark) => (
            <button key={mark} type="button" className={`button roll-mark-button roll-mark-${mark}`} disabled={busy} onClick={() => choose(mark)}>
              {t(`roll.mark.${mark}`)}
            </button>
          ))}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('console.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
