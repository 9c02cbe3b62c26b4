/** The groups of fields of the vote form, each editing part of one draft. */
import type { SessionState, VoteKind } from '../../shared/protocol';
import { VOTE_KINDS } from '../../shared/protocol';
import { useT } from '../ui/language';
import { conditionLabel } from '../ui/voteWording';
import type { VoteDraft } from './voteDraft';
import { namesLabelKey, needsNames } from './voteDraft';
import { RULE_PRESETS } from './votePresets';
import type { RulePreset } from './votePresets';

export interface DraftFieldsProps {
  draft: VoteDraft;
  update(changes: Partial<VoteDraft>): void;
}

const QUORUM_MODES = ['warn', 'block', 'off'] as const;

/** What is voted on: the kind, the agenda item and the question. */
export function VoteSubjectFields({ draft, update, agenda }: DraftFieldsProps & { agenda: SessionState['agenda'] }) {
  const t = useT();
  return (
    <>
      <label className="field">
        <span>{t('vote.field.kind')}</span>
        <select value={draft.kind} onChange={(event) => update({ kind: event.target.value as VoteKind })}>
          {VOTE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`vote.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.item')}</span>
        <select value={draft.itemId ?? ''} onChange={(event) => update({ itemId: event.target.value || null })}>
          <option value="">{t('vote.field.none')}</option>
          {agenda.map((item, index) => (
            <option key={item.id} value={item.id}>
              {index + 1}. {item.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('vote.field.title')}</span>
        <input value={draft.title} onChange={(event) => update({ title: event.target.value })} maxLength={300} autoFocus />
      </label>
    </>
  );
}

/** An election's candidates and how many a ballot may choose; a confidence vote's officials. */
export function VoteNamesFields({ draft, update }: DraftFieldsProps) {
  const t = useT();
  if (!needsNames(draft.kind)) return null;
  return (
    <>
      <label className="field field-wide">
        <span>{t(namesLabelKey(draft.kind))}</span>
        <textarea rows={4} value={draft.names} onChange={(event) => update({ names: event.target.value })} />
      </label>
      {draft.kind === 'election' && (
        <label className="field">
          <span>{t('vote.field.maxChoices')}</span>
          <input type="number" min={1} max={100} value={draft.maxChoices} onChange={(event) => update({ maxChoices: Number(event.target.value) || 1 })} />
        </label>
      )}
    </>
  );
}

/** The passing rule, the quorum and the time limit. */
export function VoteRuleFields({ draft, update }: DraftFieldsProps) {
  const t = useT();
  return (
    <>
      <label className="field">
        <span>{conditionLabel(t, draft.kind)}</span>
        <select value={draft.preset} onChange={(event) => update({ preset: event.target.value as RulePreset })}>
          {(Object.keys(RULE_PRESETS) as RulePreset[]).map((option) => (
            <option key={option} value={option}>
              {t(`vote.rule.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.quorum')}</span>
        <select value={draft.quorumMode} onChange={(event) => update({ quorumMode: event.target.value as VoteDraft['quorumMode'] })}>
          {QUORUM_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`vote.quorum.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.duration')}</span>
        <input inputMode="numeric" value={draft.duration} onChange={(event) => update({ duration: event.target.value })} />
      </label>
    </>
  );
}

/** A resolution may be a secret ballot, and an open one may allow changing a vote until it closes. */
export function VoteSecrecyFields({ draft, update }: DraftFieldsProps) {
  const t = useT();
  if (draft.kind !== 'resolution') return null;
  return (
    <>
      <label className="field field-check">
        <input type="checkbox" checked={draft.secret} onChange={(event) => update({ secret: event.target.checked })} />
        <span>{t('vote.field.secret')}</span>
      </label>
      {!draft.secret && (
        <label className="field field-check">
          <input type="checkbox" checked={draft.allowChange} onChange={(event) => update({ allowChange: event.target.checked })} />
          <span>{t('vote.field.allowChange')}</span>
        </label>
      )}
    </>
  );
}
