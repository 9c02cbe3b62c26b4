/** The secretary prepares a vote: its kind, question, names, rule, quorum and time. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CommandOf, SessionState } from '../../shared/protocol';
import type { PlainMessageKey } from '../../shared/i18n/translate';
import { useT } from '../ui/language';
import { emptyVoteDraft, voteCreateFromDraft } from './voteDraft';
import type { VoteDraft } from './voteDraft';
import { VoteNamesFields, VoteRuleFields, VoteSecrecyFields, VoteSubjectFields } from './VoteDraftFields';
import { FormActions } from './FormActions';

interface VoteFormProps {
  state: SessionState;
  busy: boolean;
  onSubmit(command: CommandOf<'vote.create'>): Promise<boolean>;
  onCancel(): void;
}

export function VoteForm({ state, busy, onSubmit, onCancel }: VoteFormProps) {
  const t = useT();
  const [draft, setDraft] = useState<VoteDraft>(() => emptyVoteDraft(state.currentItemId));
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const update = (changes: Partial<VoteDraft>) => setDraft((previous) => ({ ...previous, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = voteCreateFromDraft(draft);
    if (!outcome.ok) return setProblem(outcome.problem);
    setProblem(null);
    if (await onSubmit(outcome.command)) onCancel();
  }

  return (
    <form className="item-form vote-form" onSubmit={submit} noValidate data-testid="vote-form">
      <VoteSubjectFields draft={draft} update={update} agenda={state.agenda} />
      <VoteNamesFields draft={draft} update={update} />
      <VoteRuleFields draft={draft} update={update} />
      <VoteSecrecyFields draft={draft} update={update} />
      {problem && <p className="field-error field-wide">{t(problem)}</p>}
      <FormActions submitLabel={t('vote.create')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
