/** The secretary prepares a vote: its kind, question, names, rule, quorum and time. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CommandOf, SessionState, VoteKind } from '../../shared/protocol';
import { isValidVoteDuration } from '../../shared/core';
import { isSecretByLaw, VOTE_KINDS } from '../../shared/protocol';
import { useT } from '../ui/language';
import { conditionLabel } from '../ui/voteWording';
import { RULE_PRESETS } from './votePresets';
import type { RulePreset } from './votePresets';

interface VoteFormProps {
  state: SessionState;
  busy: boolean;
  onSubmit(command: CommandOf<'vote.create'>): Promise<boolean>;
  onCancel(): void;
}

export function VoteForm({ state, busy, onSubmit, onCancel }: VoteFormProps) {
  const t = useT();
  const [kind, setKind] = useState<VoteKind>('resolution');
  const [title, setTitle] = useState('');
  const [itemId, setItemId] = useState<string | null>(state.currentItemId);
  const [secret, setSecret] = useState(false);
  const [names, setNames] = useState('');
  const [maxChoices, setMaxChoices] = useState(1);
  const [preset, setPreset] = useState<RulePreset>('half_seated');
  const [quorumMode, setQuorumMode] = useState<'off' | 'warn' | 'block'>('warn');
  const [duration, setDuration] = useState('');
  const [allowChange, setAllowChange] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const needsNames = kind === 'election' || kind === 'confidence';
  const secretForced = isSecretByLaw(kind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nameList = names.split('\n').map((name) => name.trim()).filter(Boolean);
    const seconds = duration.trim() === '' ? null : Number(duration);
    if (title.trim() === '') return setProblem(t('console.titleRequired'));
    if (needsNames && nameList.length === 0) return setProblem(t(kind === 'election' ? 'vote.field.names.election' : 'vote.field.names.confidence'));
    if (seconds !== null && !isValidVoteDuration(seconds)) return setProblem(t('vote.field.duration'));
    setProblem(null);
    const isSecret = kind === 'hands' ? false : secretForced || secret;
    const created = await onSubmit({
      type: 'vote.create',
      itemId,
      title: title.trim(),
      kind,
      secret: isSecret,
      names: needsNames ? nameList : [],
      maxChoices: kind === 'election' ? Math.max(1, Math.min(maxChoices, nameList.length || 1)) : 1,
      rule: RULE_PRESETS[preset],
      quorum: { numerator: 2, denominator: 3, mode: quorumMode },
      durationSeconds: seconds,
      allowChange: !isSecret && allowChange,
    });
    if (created) onCancel();
  }

  return (
    <form className="item-form vote-form" onSubmit={submit} noValidate data-testid="vote-form">
      <label className="field">
        <span>{t('vote.field.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as VoteKind)}>
          {VOTE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`vote.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.item')}</span>
        <select value={itemId ?? ''} onChange={(event) => setItemId(event.target.value || null)}>
          <option value="">{t('vote.field.none')}</option>
          {state.agenda.map((item, index) => (
            <option key={item.id} value={item.id}>
              {index + 1}. {item.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-wide">
        <span>{t('vote.field.title')}</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} autoFocus />
      </label>
      {needsNames && (
        <label className="field field-wide">
          <span>{t(kind === 'election' ? 'vote.field.names.election' : 'vote.field.names.confidence')}</span>
          <textarea rows={4} value={names} onChange={(event) => setNames(event.target.value)} />
        </label>
      )}
      {kind === 'election' && (
        <label className="field">
          <span>{t('vote.field.maxChoices')}</span>
          <input type="number" min={1} max={100} value={maxChoices} onChange={(event) => setMaxChoices(Number(event.target.value) || 1)} />
        </label>
      )}
      <label className="field">
        <span>{conditionLabel(t, kind)}</span>
        <select value={preset} onChange={(event) => setPreset(event.target.value as RulePreset)}>
          {(Object.keys(RULE_PRESETS) as RulePreset[]).map((option) => (
            <option key={option} value={option}>
              {t(`vote.rule.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.quorum')}</span>
        <select value={quorumMode} onChange={(event) => setQuorumMode(event.target.value as 'off' | 'warn' | 'block')}>
          {(['warn', 'block', 'off'] as const).map((mode) => (
            <option key={mode} value={mode}>
              {t(`vote.quorum.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('vote.field.duration')}</span>
        <input inputMode="numeric" value={duration} onChange={(event) => setDuration(event.target.value)} />
      </label>
      {kind === 'resolution' && (
        <label className="field field-check">
          <input type="checkbox" checked={secret} onChange={(event) => setSecret(event.target.checked)} />
          <span>{t('vote.field.secret')}</span>
        </label>
      )}
      {kind === 'resolution' && !secret && (
        <label className="field field-check">
          <input type="checkbox" checked={allowChange} onChange={(event) => setAllowChange(event.target.checked)} />
          <span>{t('vote.field.allowChange')}</span>
        </label>
      )}
      {problem && <p className="field-error field-wide">{problem}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('vote.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}
