/** The form to add or edit an agenda item. Values stay in the form until the hub has accepted them. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AgendaItem, AgendaKind, Sitting } from '../../shared/protocol';
import { AGENDA_KINDS, TEXT_LIMITS } from '../../shared/protocol';
import { useT } from '../ui/language';
import { FormActions } from './FormActions';

export type AgendaItemDraft = Pick<AgendaItem, 'sittingId' | 'title' | 'kind' | 'presenter' | 'notes'>;

/** The editable fields of an item, and nothing else (the hub refuses unknown fields). */
export function draftOf({ sittingId, title, kind, presenter, notes }: AgendaItemDraft): AgendaItemDraft {
  return { sittingId, title, kind, presenter, notes };
}

interface AgendaItemFormProps {
  initial: AgendaItemDraft;
  sittings: Sitting[];
  busy: boolean;
  /** Resolves true when the hub accepted the change; the form then closes. */
  onSubmit(draft: AgendaItemDraft): Promise<boolean>;
  onCancel(): void;
}

export function AgendaItemForm({ initial, sittings, busy, onSubmit, onCancel }: AgendaItemFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const set = <K extends keyof AgendaItemDraft>(key: K, value: AgendaItemDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.title.trim() === '') {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    await onSubmit({ ...draftOf(draft), title: draft.title.trim(), presenter: draft.presenter.trim() });
  }

  return (
    <form className="item-form" onSubmit={submit} noValidate>
      <label className="field field-wide">
        <span>{t('console.field.title')}</span>
        <input
          name="title"
          value={draft.title}
          maxLength={TEXT_LIMITS.title}
          onChange={(event) => set('title', event.target.value)}
          aria-invalid={titleMissing}
          autoFocus
        />
        {titleMissing && <span className="field-error">{t('console.titleRequired')}</span>}
      </label>
      <label className="field">
        <span>{t('console.field.kind')}</span>
        <select name="kind" value={draft.kind} onChange={(event) => set('kind', event.target.value as AgendaKind)}>
          {AGENDA_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('console.field.sitting')}</span>
        <select name="sitting" value={draft.sittingId} onChange={(event) => set('sittingId', event.target.value)}>
          {sittings.map((sitting) => (
            <option key={sitting.id} value={sitting.id}>
              {sitting.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('console.field.rapporteur')}</span>
        <input name="presenter" value={draft.presenter} maxLength={TEXT_LIMITS.presenter} onChange={(event) => set('presenter', event.target.value)} />
      </label>
      <label className="field field-wide">
        <span>{t('console.field.notes')}</span>
        <textarea name="notes" rows={3} value={draft.notes} maxLength={TEXT_LIMITS.notes} onChange={(event) => set('notes', event.target.value)} />
      </label>
      <FormActions submitLabel={t('console.save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
