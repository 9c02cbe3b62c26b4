/** Votes of the session: prepared by the secretary, run by the chair, newest first. */
import { useState } from 'react';
import type { Role, SessionState, VoteLabels } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useFeedback } from './feedback';
import { useCommand } from './useCommand';
import { VoteCard } from './VoteCard';
import { VoteForm } from './VoteForm';

export function VotesPanel({ connection, state, role }: { connection: SessionConnection; state: SessionState; role: Role }) {
  const t = useT();
  const { run, busy } = useCommand(connection);
  const show = useFeedback((s) => s.show);
  const [creating, setCreating] = useState(false);
  const isSecretary = role === 'secretary';
  const ordered = [...state.votes].reverse().sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  return (
    <div className="votes-panel">
      <div className="panel-toolbar">
        <h2>{t('vote.title')}</h2>
        {isSecretary && !creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('vote.create')}
          </button>
        )}
      </div>
      {role !== 'chair' && <p className="panel-hint">{t('vote.chairOnly')}</p>}
      {creating && (
        <VoteForm
          state={state}
          busy={busy}
          onCancel={() => setCreating(false)}
          onSubmit={async (command) => {
            const outcome = await run(command);
            if (outcome.ok) show('ok', t('console.saved'));
            return outcome.ok;
          }}
        />
      )}
      {ordered.length === 0 && !creating && <p className="agenda-empty">{t('vote.noVotes')}</p>}
      <div className="vote-list">
        {ordered.map((vote) => (
          <VoteCard key={vote.id} connection={connection} state={state} vote={vote} role={role} />
        ))}
      </div>
      {isSecretary && <LabelsForm labels={state.voteLabels} busy={busy} onSave={(labels) => void run({ type: 'settings.setVoteLabels', labels })} />}
    </div>
  );
}

function LabelsForm({ labels, busy, onSave }: { labels: VoteLabels; busy: boolean; onSave(labels: VoteLabels): void }) {
  const t = useT();
  const [draft, setDraft] = useState(labels);
  return (
    <details className="labels-form">
      <summary>{t('vote.labels')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const labels = { for: draft.for.trim(), against: draft.against.trim(), abstain: draft.abstain.trim() };
          if (labels.for && labels.against && labels.abstain) onSave(labels);
        }}
      >
        {(['for', 'against', 'abstain'] as const).map((key) => (
          <input key={key} aria-label={key} value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} maxLength={120} />
        ))}
        <button type="submit" className="button" disabled={busy}>
          {t('console.save')}
        </button>
      </form>
    </details>
  );
}
