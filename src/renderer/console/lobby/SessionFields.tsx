/** The session's own part of a form: number, kind, title (proposed), place and dates. */
import { useT } from '../../ui/language';
import { DraftField } from './DraftField';
import type { DraftSectionProps } from './draftFormProps';
import { withStartDate } from './sessionDraft';
import { SESSION_KINDS } from './sessionModel';
import type { SessionKind } from './sessionModel';
import { TITLE_MAX } from './validateSessionDraft';

/** `withPlace` is false in the next-session form, where the place comes from the previous session. */
export function SessionFields({ draft, problems, change, disabled = false, withPlace = true }: DraftSectionProps & { withPlace?: boolean }) {
  const t = useT();
  return (
    <fieldset className="draft-section" disabled={disabled}>
      <legend>{t('lobby.form.sessionSection')}</legend>
      <div className="field-pair">
        <DraftField label={t('lobby.form.number')} problem={problems.number}>
          <input
            name="number"
            inputMode="numeric"
            value={draft.number}
            maxLength={6}
            aria-invalid={problems.number !== undefined}
            onChange={(event) => change({ number: event.target.value })}
          />
        </DraftField>
        <DraftField label={t('lobby.form.kind')} problem={undefined}>
          <select name="kind" value={draft.kind} onChange={(event) => change({ kind: event.target.value as SessionKind })}>
            {SESSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`lobby.kind.${kind}`)}
              </option>
            ))}
          </select>
        </DraftField>
      </div>
      <DraftField label={t('lobby.form.sessionTitle')} problem={problems.title} hint={draft.titleEdited ? undefined : t('lobby.form.titleProposed')} wide>
        <input
          name="title"
          value={draft.title}
          maxLength={TITLE_MAX + 20}
          aria-invalid={problems.title !== undefined}
          onChange={(event) => change({ title: event.target.value, titleEdited: true })}
        />
      </DraftField>
      {withPlace && (
        <DraftField label={t('lobby.form.place')} problem={problems.place} wide>
          <input name="place" value={draft.place} maxLength={TITLE_MAX + 20} aria-invalid={problems.place !== undefined} onChange={(event) => change({ place: event.target.value })} />
        </DraftField>
      )}
      <div className="field-pair">
        <DraftField label={t('lobby.form.startDate')} problem={problems.startDate}>
          <input
            name="startDate"
            type="date"
            value={draft.startDate}
            aria-invalid={problems.startDate !== undefined}
            onChange={(event) => change(withStartDate(draft, event.target.value))}
          />
        </DraftField>
        <DraftField label={t('lobby.form.endDate')} problem={problems.endDate}>
          <input name="endDate" type="date" value={draft.endDate} min={draft.startDate || undefined} aria-invalid={problems.endDate !== undefined} onChange={(event) => change({ endDate: event.target.value })} />
        </DraftField>
      </div>
    </fieldset>
  );
}
