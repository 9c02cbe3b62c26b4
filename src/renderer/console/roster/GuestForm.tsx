/** Adds a guest (`guest.add`, numbered by the hub) or edits one (`guest.update`, only the fields that changed). */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Guest, GuestRole } from '../../../shared/protocol';
import { GUEST_ROLES, TEXT_LIMITS } from '../../../shared/protocol';
import { normalizeText } from '../../../shared/roster';
import { useT } from '../../ui/language';
import { FormActions } from '../FormActions';
import { ModalDialog } from './ModalDialog';
import type { GuestDraft } from './guestDraft';

interface GuestFormProps {
  editing: Guest | null;
  busy: boolean;
  onSubmit(draft: GuestDraft): Promise<boolean>;
  onClose(): void;
}

export function GuestForm({ editing, busy, onSubmit, onClose }: GuestFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<GuestDraft>(editing ? { name: editing.name, office: editing.office, role: editing.role } : { name: '', office: '', role: 'guest' });
  const [nameMissing, setNameMissing] = useState(false);
  const set = <K extends keyof GuestDraft>(key: K, value: GuestDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cleaned = { name: normalizeText(draft.name), office: normalizeText(draft.office), role: draft.role };
    if (cleaned.name === '') {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    if (await onSubmit(cleaned)) onClose();
  }

  const label = editing ? t('roster.guest.editTitle', { number: editing.number }) : t('roster.guest.addTitle');
  return (
    <ModalDialog label={label} testId="guest-form" onClose={onClose}>
      <form className="item-form roster-form" onSubmit={submit} noValidate>
        <label className="field field-wide">
          <span>{t('roster.field.name')}</span>
          <input name="name" value={draft.name} maxLength={TEXT_LIMITS.name} onChange={(event) => set('name', event.target.value)} aria-invalid={nameMissing} autoFocus />
          {nameMissing && <span className="field-error">{t('roster.problem.missing_name')}</span>}
        </label>
        <label className="field field-wide">
          <span>{t('roster.field.office')}</span>
          <input name="office" value={draft.office} maxLength={TEXT_LIMITS.name} onChange={(event) => set('office', event.target.value)} />
        </label>
        <label className="field">
          <span>{t('roster.field.role')}</span>
          <select name="role" value={draft.role} onChange={(event) => set('role', event.target.value as GuestRole)}>
            {GUEST_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roster.role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field-wide">
          <FormActions submitLabel={t('roster.save')} busy={busy} onCancel={onClose} />
        </div>
      </form>
    </ModalDialog>
  );
}
