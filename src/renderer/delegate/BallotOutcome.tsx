/**
 * What became of the delegate's ballot, in words: being sent (locked),
 * recorded (with the receipt, and for an open vote the choice the hub
 * confirmed), or not counted because the vote ended first.
 */
import type { VoteInfo } from '../../shared/protocol';
import { describeSelections } from '../ui/describeSelections';
import { useT } from '../ui/language';
import { isBallotKind } from '../ui/voteWording';
import type { BallotState } from './ballotMachine';

type ShownBallot = Extract<BallotState, { phase: 'sending' | 'recorded' | 'closed' }>;

/** `ended`: the vote closed or its time ran out; a ballot still in flight is then being confirmed. */
export function BallotOutcome({ vote, ballot, ended }: { vote: Pick<VoteInfo, 'kind' | 'rows' | 'options' | 'secret'>; ballot: ShownBallot; ended: boolean }) {
  const t = useT();
  if (ballot.phase === 'sending') {
    return (
      <div className="ballot-outcome ballot-outcome-sending" data-testid="ballot-sending" role="status">
        <p className="ballot-outcome-title">{ended ? t('ballot.confirming') : t('ballot.sending')}</p>
        <p>{ended ? t('ballot.confirmingAfterEnd') : ballot.waiting ? t('ballot.lockedWaiting') : t('ballot.locked')}</p>
      </div>
    );
  }
  if (ballot.phase === 'recorded') {
    return (
      <div className="vote-done" data-testid="vote-done" role="status">
        <p className="vote-done-title">✓ {isBallotKind(vote.kind) ? t('ballot.votedBallot') : t('ballot.voted')}</p>
        {ballot.selections ? <p data-testid="vote-choice">{t('ballot.choice', { choice: describeSelections(vote, ballot.selections) })}</p> : <p>{t('ballot.recordedNoDetail')}</p>}
        {ballot.receipt && (
          <p className="vote-receipt-line" data-testid="vote-receipt">
            {t('ballot.receipt')}: <span className="vote-receipt">{ballot.receipt}</span>
          </p>
        )}
        {vote.secret && <p className="ballot-note">{t('ballot.secretNotKept')}</p>}
      </div>
    );
  }
  if (ballot.outcome === 'unknown') return null;
  return (
    <div className={`ballot-outcome ballot-outcome-${ballot.outcome}`} data-testid="ballot-not-counted" role="status">
      <p className="ballot-outcome-title">{ballot.outcome === 'unconfirmed' ? t('ballot.unconfirmed') : t('ballot.notVoted')}</p>
      {ballot.outcome === 'unconfirmed' && <p>{t('ballot.unconfirmedHelp')}</p>}
    </div>
  );
}
