/** The council's part of a session form: its name, its level and its term. */
import { useT } from '../../ui/language';
import { DraftField } from './DraftField';
import type { DraftSectionProps } from './draftFormProps';
import { COUNCIL_LEVELS } from './sessionModel';
import type { CouncilLevel } from './sessionModel';
import { TITLE_MAX } from './validateSessionDraft';

export function CouncilFields({ draft, problems, change, disabled = false }: DraftSectionProps) {
  const t = useT();
  return (
    <fieldset className="draft-section" disabled={disabled}>
      <legend>{t('lobby.form.councilSection')}</legend>
      <DraftField label={t('lobby.form.council')} problem={problems.council} wide>
        <input
          name="council"
          value={draft.council}
          placeholder={t('lobby.form.councilPlaceholder')}
          maxLength={TITLE_MAX + 20}
          aria-invalid={problems.council !== undefined}
          onChange={(event) => change({ council: event.target.value })}
        />
      </DraftField>
      <DraftField label={t('lobby.form.level')} problem={undefined}>
        <select name="councilLevel" value={draft.councilLevel} onChange={(event) => change({ councilLevel: event.target.value as CouncilLevel })}>
          {COUNCIL_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`lobby.level.${level}`)}
            </option>
          ))}
        </select>
      </DraftField>
      <div className="field-pair">
        <DraftField label={t('lobby.form.termNumber')} problem={problems.termNumber}>
          <input
            name="termNumber"
            value={draft.termNumber}
            placeholder={t('lobby.form.termNumberPlaceholder')}
            maxLength={60}
            aria-invalid={problems.termNumber !== undefined}
            onChange={(event) => change({ termNumber: event.target.value })}
          />
        </DraftField>
        <DraftField label={t('lobby.form.termYears')} problem={problems.termYears}>
          <input
            name="termYears"
            value={draft.termYears}
            maxLength={40}
            aria-invalid={problems.termYears !== undefined}
            onChange={(event) => change({ termYears: event.target.value })}
          />
        </DraftField>
      </div>
    </fieldset>
  );
}
