import { quorumMet, quorumNeeded, rollFigures, rollSittingForVote } from '../../shared/core';
import type { CreatedVote, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import type { VoteCardActions } from './voteCardActions';

interface CreatedVoteBodyProps {
  connection: SessionConnection;
  state: SessionState;
  vote: CreatedVote;
  actions: VoteCardActions;
}

/** A prepared vote: the quorum now, the chair's "open" (asking first when short of a quorum that only warns), the secretary's "remove". */
export function CreatedVoteBody({ state, vote, actions }: CreatedVoteBodyProps) {
  const t = useT();
  // The roll of the sitting, as the vote will record it when it opens; not the connected iPads.
  const { seated, present } = rollFigures(state, rollSittingForVote(state, vote.itemId));
  const needed = quorumNeeded(vote.quorum, seated);
  const hasQuorum = quorumMet(vote.quorum, seated, present);
  const open = () => {
    if (!hasQuorum && vote.quorum.mode === 'warn' && !window.confirm(t('vote.confirmNoQuorum', { present, seated, needed }))) return;
    actions.send({ type: 'vote.open', voteId: vote.id });
  };
  return (
    <div className="vote-card-body">
      <p className={hasQuorum ? 'quorum quorum-ok' : 'quorum quorum-short'} data-testid="vote-quorum">
        {t('vote.quorumStatus', { present, seated, needed })} · {hasQuorum ? t('vote.quorumOk') : t('vote.quorumShort')}
      </p>
      <div className="form-actions">
        {actions.isChair && (
          <button type="button" className="button button-primary" disabled={actions.busy} onClick={open}>
            {t('vote.open')}
          </button>
        )}
        {actions.isSecretary && (
          <button type="button" className="button button-danger" disabled={actions.busy} onClick={() => actions.send({ type: 'vote.remove', voteId: vote.id })}>
            {t('vote.remove')}
          </button>
        )}
      </div>
    </div>
  );
}
