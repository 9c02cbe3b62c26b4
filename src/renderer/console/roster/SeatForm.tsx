/**
 * Adds a delegate (`seat.add`) or edits one by hand (`seat.update`, only the
 * fields that changed). The form stays open with its values until the hub accepts.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Seat, SeatRole, SeatRow } from '../../../shared/protocol';
import { SEAT_ROLES, TEXT_LIMITS } from '../../../shared/protocol';
import { useT } from '../../ui/language';
import { FormActions } from '../FormActions';
import { ModalDialog } from './ModalDialog';
import { seatRowOfDraft } from './seatDraft';
import type { SeatDraft } from './seatDraft';

interface SeatFormProps {
  /** The seat being edited, or null to add one. */
  editing: Seat | null;
  initial: SeatDraft;
  busy: boolean;
  /** Resolves true when the hub accepted; the form then closes. */
  onSubmit(row: Required<SeatRow>): Promise<boolean>;
  onClose(): void;
}

export function SeatForm({ editing, initial, busy, onSubmit, onClose }: SeatFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState<'seat' | 'name' | null>(null);
  const set = <K extends keyof SeatDraft>(key: K, value: SeatDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = seatRowOfDraft(draft);
    if (!checked.ok) {
      setInvalid(checked.field);
      return;
    }
    setInvalid(null);
    if (await onSubmit(checked.row)) onClose();
  }

  const label = editing ? t('roster.seat.editTitle', { seat: editing.seat }) : t('roster.seat.addTitle');
  return (
    <ModalDialog label={label} testId="seat-form" onClose={onClose}>
      <form className="item-form roster-form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('roster.field.seat')}</span>
          <input name="seat" inputMode="numeric" value={draft.seat} disabled={editing !== null} onChange={(event) => set('seat', event.target.value)} aria-invalid={invalid === 'seat'} />
          {invalid === 'seat' && <span className="field-error">{t('roster.problem.bad_seat')}</span>}
        </label>
        <label className="field">
          <span>{t('roster.field.role')}</span>
          <select name="role" value={draft.role} onChange={(event) => set('role', event.target.value as SeatRole)}>
            {SEAT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roster.role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-wide">
          <span>{t('roster.field.name')}</span>
          <input name="name" value={draft.name} maxLength={TEXT_LIMITS.name} onChange={(event) => set('name', event.target.value)} aria-invalid={invalid === 'name'} autoFocus />
          {invalid === 'name' && <span className="field-error">{t('roster.problem.missing_name')}</span>}
        </label>
        <label className="field field-wide">
          <span>{t('roster.field.office')}</span>
          <input name="office" value={draft.office} maxLength={TEXT_LIMITS.name} onChange={(event) => set('office', event.target.value)} />
        </label>
        <label className="field field-wide">
          <span>{t('roster.field.group')}</span>
          <input name="group" value={draft.group} maxLength={TEXT_LIMITS.group} onChange={(event) => set('group', event.target.value)} />
        </label>
        <div className="field-wide">
          <FormActions submitLabel={t('roster.save')} busy={busy} onCancel={onClose} />
        </div>
      </form>
    </ModalDialog>
  );
}
