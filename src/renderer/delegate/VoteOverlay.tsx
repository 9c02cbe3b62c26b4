/**
 * An open vote, on top of whatever the delegate is reading. After voting the
 * delegate sees what they chose and a receipt. A ballot that could not be
 * sent (Wi-Fi dropped) is sent again with the same id when the link is back,
 * so it is never counted twice.
 */
import { useEffect, useRef, useState } from 'react';
import type { Selection, VoteInfo } from '../../shared/protocol';
import type { SessionConnection } from '../client/sessionStore';
import { describeSelections } from '../ui/describeSelections';
import { useT } from '../ui/language';
import { formatSeconds, useCountdown } from '../ui/useCountdown';
import { useSessionView } from '../ui/useSessionView';
import { BallotForm } from './BallotForm';
import { newBallotId, recallBallot, rememberBallot } from './ballotMemory';
import type { RememberedBallot } from './ballotMemory';

export function VoteOverlay({ connection, vote, seat }: { connection: SessionConnection; vote: VoteInfo; seat: number }) {
  const t = useT();
  const status = useSessionView(connection.store, (view) => view.status);
  const heldByHub = useSessionView(connection.store, (view) => view.ballotStatus[vote.id] === true);
  const [ballot, setBallot] = useState<RememberedBallot | null>(() => recallBallot(vote.id));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const secondsLeft = useCountdown(vote);
  const title = useRef<HTMLHeadingElement>(null);

  // The vote takes the screen: VoiceOver and keyboard start from its title.
  useEffect(() => {
    title.current?.focus();
  }, []);

  async function send(current: RememberedBallot) {
    setSending(true);
    setError(null);
    const outcome = await connection.sendCommand({ type: 'vote.cast', voteId: vote.id, seat, ballotId: current.ballotId, selections: current.selections });
    setSending(false);
    if (outcome.ok) {
      const recorded = { ...current, recorded: true, receipt: outcome.receipt ?? current.receipt };
      rememberBallot(vote.id, recorded);
      setBallot(recorded);
    } else if (outcome.code === 'offline' || outcome.code === 'timeout') {
      setError(t('vote.resending'));
    } else {
      // Refused: nothing was recorded; the delegate may choose again (unless already voted).
      rememberBallot(vote.id, { ...current, recorded: outcome.code === 'already_voted' });
      setBallot(outcome.code === 'already_voted' ? { ...current, recorded: true } : null);
      setError(t(`error.${outcome.code}`));
    }
  }

  // An unacknowledged ballot is sent again, with the same id, as soon as the link is back.
  useEffect(() => {
    if (status === 'online' && ballot && !ballot.recorded && !sending) void send(ballot);
  }, [status]);

  const submit = (selections: Selection[]) => {
    const fresh: RememberedBallot = { ballotId: ballot?.ballotId ?? newBallotId(), selections, receipt: null, recorded: false };
    rememberBallot(vote.id, fresh);
    setBallot(fresh);
    void send(fresh);
  };

  const voted = ballot?.recorded === true || (heldByHub && !ballot);
  return (
    <div className="vote-overlay" role="dialog" aria-modal="true" aria-labelledby="vote-title" data-testid="vote-overlay">
      <div className="vote-sheet">
        <div className="vote-sheet-top">
          <span className="vote-badge vote-badge-open">{t('vote.title')}</span>
          <span className={vote.secret ? 'vote-badge vote-badge-secret' : 'vote-badge'}>{vote.secret ? t('vote.secret') : t('vote.named')}</span>
          {secondsLeft !== null && (
            <span className={secondsLeft > 0 ? 'vote-countdown' : 'vote-countdown vote-countdown-over'} role="timer" aria-live="off">
              {secondsLeft > 0 ? t('vote.timeLeft', { time: formatSeconds(secondsLeft) }) : t('vote.timeUp')}
            </span>
          )}
        </div>
        <h2 id="vote-title" className="vote-sheet-title" ref={title} tabIndex={-1}>
          {vote.title}
        </h2>
        {vote.kind === 'hands' ? (
          <p className="vote-info">{t('vote.handsInfo')}</p>
        ) : voted ? (
          <div className="vote-done" data-testid="vote-done" role="status">
            <p className="vote-done-title">✓ {t('vote.voted')}</p>
            {ballot ? <p>{t('vote.votedChoice', { choice: describeSelections(vote, ballot.selections) })}</p> : <p>{t('vote.recordedNoDetail')}</p>}
            {ballot?.receipt && (
              <p className="vote-receipt" data-testid="vote-receipt">
                {t('vote.receipt', { code: ballot.receipt })}
              </p>
            )}
          </div>
        ) : ballot && !ballot.recorded && !error ? (
          <p className="vote-info" role="status">
            {t('vote.sending')}
          </p>
        ) : (
          <BallotForm vote={vote} busy={sending || secondsLeft === 0} onSubmit={submit} />
        )}
        {error && (
          <p className="notice" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
