/**
 * One vote in the console, with what each role may do at its stage: the chair
 * opens (seeing the quorum first), closes, publishes or cancels; the secretary
 * enters a show of hands, removes a prepared vote or runs a cancelled one again.
 * While open: "x/y đã biểu quyết" and, for an open vote, who has not voted,
 * present delegates apart from absent seats. The rule is on the card throughout.
 */
import { rerunCommand } from '../../shared/core';
import type { CancelledVote, Role, SessionState, VoteInfo } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { CountedVoteBody } from './CountedVoteBody';
import { CreatedVoteBody } from './CreatedVoteBody';
import { OpenVoteBody } from './OpenVoteBody';
import { useCommand } from './useCommand';
import { voteCardActions } from './voteCardActions';
import type { VoteCardActions } from './voteCardActions';
import { VoteCardHeader } from './VoteCardHeader';

interface VoteCardProps {
  connection: SessionConnection;
  state: SessionState;
  vote: VoteInfo;
  role: Role;
}

export function VoteCard({ connection, state, vote, role }: VoteCardProps) {
  const { run, busy } = useCommand(connection);
  const actions = voteCardActions(role, busy, (command) => void run(command));
  return (
    <article className={`vote-card vote-card-${vote.status}`} data-testid="vote-card" data-vote-id={vote.id} data-status={vote.status}>
      <VoteCardHeader state={state} vote={vote} />
      {vote.status === 'created' && <CreatedVoteBody connection={connection} state={state} vote={vote} actions={actions} />}
      {vote.status === 'open' && <OpenVoteBody connection={connection} state={state} vote={vote} actions={actions} />}
      {(vote.status === 'closed' || vote.status === 'published') && <CountedVoteBody state={state} vote={vote} actions={actions} />}
      {vote.status === 'cancelled' && <CancelledVoteBody vote={vote} actions={actions} />}
    </article>
  );
}

/** A cancelled vote: why, and the secretary's "run again" with the same settings. */
function CancelledVoteBody({ vote, actions }: { vote: CancelledVote; actions: VoteCardActions }) {
  const t = useT();
  return (
    <div className="vote-card-body">
      <p className="notice">{vote.cancelReason}</p>
      {actions.isSecretary && (
        <button type="button" className="button" disabled={actions.busy} onClick={() => actions.send(rerunCommand(vote))}>
          {t('vote.rerun')}
        </button>
      )}
    </div>
  );
}
