/** The settings DOMAIN.md leaves to each council: vote labels, default rule, quorum, speech limits, changing a ballot. */
import { useT } from '../../ui/language';
import { RULE_PRESETS } from '../votePresets';
import type { RulePreset } from '../votePresets';
import { DraftField } from './DraftField';
import type { DraftSectionProps } from './draftFormProps';
import { LABEL_SETS } from './sessionDraft';
import type { LabelSet } from './sessionDraft';
import { SPEECH_KINDS } from './sessionModel';

export function SettingsFields({ draft, problems, change, disabled = false }: DraftSectionProps) {
  const t = useT();
  return (
    <fieldset className="draft-section" disabled={disabled}>
      <legend>{t('lobby.form.settingsSection')}</legend>
      <DraftField label={t('lobby.form.labels')} problem={undefined}>
        <select name="labelSet" value={draft.labelSet} onChange={(event) => change({ labelSet: event.target.value as LabelSet })}>
          {(Object.keys(LABEL_SETS) as LabelSet[]).map((set) => (
            <option key={set} value={set}>
              {`${LABEL_SETS[set].for} / ${LABEL_SETS[set].against} / ${LABEL_SETS[set].abstain}`}
            </option>
          ))}
        </select>
      </DraftField>
      <DraftField label={t('lobby.form.defaultRule')} problem={undefined}>
        <select name="defaultRule" value={draft.defaultRule} onChange={(event) => change({ defaultRule: event.target.value as RulePreset })}>
          {(Object.keys(RULE_PRESETS) as RulePreset[]).map((preset) => (
            <option key={preset} value={preset}>
              {t(`lobby.form.rule.${preset}`)}
            </option>
          ))}
        </select>
      </DraftField>
      <div className="field field-wide" role="group" aria-labelledby="quorum-label">
        <span id="quorum-label">{t('lobby.form.quorum')}</span>
        <span className="quorum-inputs">
          <input
            name="quorumNumerator"
            aria-label={`${t('lobby.form.quorum')} (1)`}
            inputMode="numeric"
            value={draft.quorumNumerator}
            maxLength={3}
            aria-invalid={problems.quorum !== undefined}
            onChange={(event) => change({ quorumNumerator: event.target.value })}
          />
          <span>{t('lobby.form.quorumOf')}</span>
          <input
            name="quorumDenominator"
            aria-label={`${t('lobby.form.quorum')} (2)`}
            inputMode="numeric"
            value={draft.quorumDenominator}
            maxLength={3}
            aria-invalid={problems.quorum !== undefined}
            onChange={(event) => change({ quorumDenominator: event.target.value })}
          />
        </span>
        {problems.quorum && (
          <span className="field-error" role="alert">
            {t(problems.quorum)}
          </span>
        )}
      </div>
      <div className="field-wide speech-limits" role="group" aria-labelledby="speech-limits-label">
        <span id="speech-limits-label" className="speech-limits-title">
          {t('lobby.form.speechLimits')}
        </span>
        {SPEECH_KINDS.map((kind) => (
          <DraftField key={kind} label={t(`lobby.form.speech.${kind}`)} problem={problems[`speech.${kind}`]}>
            <input
              name={`speech-${kind}`}
              inputMode="numeric"
              value={draft.speechLimits[kind]}
              maxLength={3}
              aria-invalid={problems[`speech.${kind}`] !== undefined}
              onChange={(event) => change({ speechLimits: { ...draft.speechLimits, [kind]: event.target.value } })}
            />
          </DraftField>
        ))}
      </div>
      <label className="field-check field-wide">
        <input type="checkbox" name="allowBallotChange" checked={draft.allowBallotChange} onChange={(event) => change({ allowBallotChange: event.target.checked })} />
        <span>{t('lobby.form.allowBallotChange')}</span>
      </label>
      <label className="field-check field-wide">
        <input type="checkbox" name="guestsMayAnswer" checked={draft.guestsMayAnswer} onChange={(event) => change({ guestsMayAnswer: event.target.checked })} />
        <span>{t('lobby.form.guestsMayAnswer')}</span>
      </label>
    </fieldset>
  );
}
