/**
 * Adds a delegate (`seat.add`) or edits one by hand (`seat.update`, only the
 * fields that changed). The form stays open with its values until the hub accepts.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Seat, SeatRole, SeatRow } from '../../../shared/protocol';
import { MAX_ROSTER_NUMBER, SEAT_ROLES, TEXT_LIMITS } from '../../../shared/protocol';
import { normalizeText } from '../../../shared/roster';
import { useT } from '../../ui/language';
import { FormActions } from '../FormActions';
import { ModalDialog } from './ModalDialog';

export interface SeatDraft {
  seat: string;
  name: string;
  office: string;
  group: string;
  role: SeatRole;
}

export function draftOfSeat(seat: Pick<Seat, 'seat' | 'name' | 'office' | 'group' | 'role'>): SeatDraft {
  return { seat: String(seat.seat), name: seat.name, office: seat.office, group: seat.group ?? '', role: seat.role ?? 'delegate' };
}

/** The row a draft makes, or the field at fault. */
export function seatRowOfDraft(draft: SeatDraft): { ok: true; row: Required<SeatRow> } | { ok: false; field: 'seat' | 'name' } {
  const seat = Number(draft.seat);
  if (!/^\d+$/.test(draft.seat.trim()) || seat < 1 || seat > MAX_ROSTER_NUMBER) return { ok: false, field: 'seat' };
  const name = normalizeText(draft.name);
  if (name === '') return { ok: false, field: 'name' };
  return { ok: true, row: { seat, name, office: normalizeText(draft.office), group: normalizeText(draft.group), role: draft.role } };
}

/** The fields of `row` that differ from the seat as it is: the `changes` of a `seat.update`. */
export function seatChanges(before: Seat, row: Required<SeatRow>): Partial<Pick<SeatRow, 'name' | 'office' | 'group' | 'role'>> {
  const changes: Partial<Pick<SeatRow, 'name' | 'office' | 'group' | 'role'>> = {};
  if (row.name !== before.name) changes.name = row.name;
  if (row.office !== before.office) changes.office = row.office;
  if (row.group !== (before.group ?? '')) changes.group = row.group;
  if (row.role !== (before.role ?? 'delegate')) changes.role = row.role;
  return changes;
}

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
