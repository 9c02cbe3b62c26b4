import type { CountedVote, SessionState } from '../../shared/protocol';
import { describeSelections } from '../ui/describeSelections';
import { useT } from '../ui/language';
import { VoteResultTable } from '../ui/VoteResultTable';
import { ChairNextStep } from './ChairNextStep';
import { seatName } from './seatLabel';
import type { VoteCardActions } from './voteCardActions';

/** A closed or published vote: its result, the named list of an open vote, and the chair's "publish" once closed. */
export function CountedVoteBody({ state, vote, actions }: { state: SessionState; vote: CountedVote; actions: VoteCardActions }) {
  const t = useT();
  return (
    <div className="vote-card-body">
      <VoteResultTable vote={vote} />
      {vote.named && vote.named.length > 0 && (
        <details className="vote-named">
          <summary>{t('vote.namedList')}</summary>
          <ol>
            {vote.named.map((ballot) => (
              <li key={ballot.seat}>
                {ballot.seat}. {seatName(state.seats, ballot.seat)}: {describeSelections(vote, ballot.selections)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {actions.isChair && vote.status === 'closed' && (
        <ChairNextStep label={t('vote.publish')} command={{ type: 'vote.publish', voteId: vote.id }} voteId={vote.id} actions={actions} />
      )}
    </div>
  );
}
