/** The sittings of a session form: add, remove, date and time of day, titles proposed in order. */
import { useRef } from 'react';
import { useT } from '../../ui/language';
import { DraftField } from './DraftField';
import type { DraftSectionProps } from './draftFormProps';
import { addSitting, removeSitting, withProposals } from './sessionDraft';
import type { SittingDraft } from './sessionDraft';
import { SITTING_PERIODS } from './sessionModel';
import type { SittingPeriod } from './sessionModel';
import { MAX_SITTINGS, TITLE_MAX } from './validateSessionDraft';

export function SittingsFields({ draft, problems, change, disabled = false }: DraftSectionProps) {
  const t = useT();
  const nextKey = useRef(1);
  const newKey = () => {
    let key = `new-${nextKey.current++}`;
    while (draft.sittings.some((sitting) => sitting.key === key)) key = `new-${nextKey.current++}`;
    return key;
  };
  const changeSitting = (key: string, changes: Partial<SittingDraft>) =>
    change(withProposals({ ...draft, sittings: draft.sittings.map((sitting) => (sitting.key === key ? { ...sitting, ...changes } : sitting)) }));

  return (
    <fieldset className="draft-section" disabled={disabled}>
      <legend>{t('lobby.form.sittingsSection')}</legend>
      {problems.sittings && (
        <p className="field-error" role="alert">
          {t(problems.sittings)}
        </p>
      )}
      <ol className="draft-sittings">
        {draft.sittings.map((sitting) => (
          <li key={sitting.key} className="draft-sitting" data-testid="draft-sitting">
            <DraftField label={t('lobby.form.sittingTitle')} problem={problems[`sitting.${sitting.key}.title`]}>
              <input
                name="sittingTitle"
                value={sitting.title}
                maxLength={TITLE_MAX + 20}
                aria-invalid={problems[`sitting.${sitting.key}.title`] !== undefined}
                onChange={(event) => changeSitting(sitting.key, { title: event.target.value, titleEdited: true })}
              />
            </DraftField>
            <DraftField label={t('lobby.form.sittingDate')} problem={problems[`sitting.${sitting.key}.date`]}>
              <input
                name="sittingDate"
                type="date"
                value={sitting.date}
                aria-invalid={problems[`sitting.${sitting.key}.date`] !== undefined}
                onChange={(event) => changeSitting(sitting.key, { date: event.target.value })}
              />
            </DraftField>
            <DraftField label={t('lobby.form.sittingPeriod')} problem={problems[`sitting.${sitting.key}.period`]}>
              <select name="sittingPeriod" value={sitting.period} onChange={(event) => changeSitting(sitting.key, { period: event.target.value as SittingPeriod })}>
                {SITTING_PERIODS.map((period) => (
                  <option key={period} value={period}>
                    {t(`lobby.period.${period}`)}
                  </option>
                ))}
              </select>
            </DraftField>
            {draft.sittings.length > 1 && (
              <button type="button" className="button draft-sitting-remove" aria-label={`${t('lobby.form.removeSitting')}: ${sitting.title}`} onClick={() => change(removeSitting(draft, sitting.key))}>
                {t('lobby.form.removeSitting')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {draft.sittings.length < MAX_SITTINGS && (
        <button type="button" className="button" onClick={() => change(addSitting(draft, newKey()))}>
          + {t('lobby.form.addSitting')}
        </button>
      )}
    </fieldset>
  );
}
