import type { OpenVote, SessionState } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { isBallotKind, quorumNote } from '../ui/voteWording';
import { ChairNextStep } from './ChairNextStep';
import { HandsCountForm } from './HandsCountForm';
import { NotVotedList } from './NotVotedList';
import type { VoteCardActions } from './voteCardActions';

interface OpenVoteBodyProps {
  connection: SessionConnection;
  state: SessionState;
  vote: OpenVote;
  actions: VoteCardActions;
}

/** An open vote: "x/y đã biểu quyết" and who has not voted (or the secretary's count of hands), and the chair's "close". */
export function OpenVoteBody({ connection, state, vote, actions }: OpenVoteBodyProps) {
  const t = useT();
  const progress = useSessionView(connection.store, (view) => view.voteProgress[vote.id]);
  const online = useSessionView(connection.store, (view) => view.online);
  const openingNote = quorumNote(t, vote);
  const notVoted = progress?.notVoted ?? null;
  return (
    <div className="vote-card-body">
      {vote.kind === 'hands' ? (
        actions.isSecretary && (
          <HandsCountForm labels={state.voteLabels} busy={actions.busy} onSave={(counts) => actions.send({ type: 'vote.enterCounts', voteId: vote.id, counts })} />
        )
      ) : (
        <>
          <p className="vote-progress" data-testid="vote-progress">
            {t(isBallotKind(vote.kind) ? 'vote.progressBallot' : 'vote.progress', {
              cast: progress?.cast ?? 0,
              eligible: progress?.eligible ?? vote.seated,
            })}
          </p>
          {notVoted && <NotVotedList seats={state.seats} notVoted={notVoted} online={online} />}
        </>
      )}
      {openingNote && <p className="quorum quorum-short">{openingNote}</p>}
      {actions.isChair && <ChairNextStep label={t('vote.closeVote')} command={{ type: 'vote.close', voteId: vote.id }} voteId={vote.id} actions={actions} />}
    </div>
  );
}
