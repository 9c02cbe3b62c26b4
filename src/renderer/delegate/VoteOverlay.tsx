/**
 * A vote on the iPad, over whatever the delegate is reading: the ballot while
 * the vote is open, then what became of it, then "Đang chờ công bố kết quả"
 * once the time ran out or the chair closed the vote, until the result is
 * published. The delegate may fold it into a bar to read the documents and
 * open it again; it is never a dead end.
 */
import { useEffect, useRef } from 'react';
import { ruleThreshold } from '../../shared/core';
import type { VoteInfo } from '../../shared/protocol';
import type { SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { useSessionView } from '../ui/useSessionView';
import { formatSeconds } from '../ui/useCountdown';
import { ruleSentence } from '../ui/voteWording';
import { BallotConfirm } from './BallotConfirm';
import { BallotForm } from './BallotForm';
import { BallotOutcome } from './BallotOutcome';
import { useBallot } from './useBallot';
import { timingOf, useVoteClock } from './voteDeadline';
import '../ui/keyboardInUse';

interface VoteOverlayProps {
  connection: SessionConnection;
  vote: VoteInfo;
  seat: number;
  folded: boolean;
  onFold(folded: boolean): void;
}

export function VoteOverlay({ connection, vote, seat, folded, onFold }: VoteOverlayProps) {
  const t = useT();
  const open = vote.status === 'open';
  const hubClockOffsetMs = useSessionView(connection.store, (view) => view.hubClockOffsetMs);
  const clock = useVoteClock(timingOf(vote), hubClockOffsetMs ?? 0);
  const { ballot, choose, chooseAgain, send } = useBallot(connection, { id: vote.id, secret: vote.secret, open, timeUp: clock.timeUp }, seat);
  const title = useRef<HTMLHeadingElement>(null);
  const ended = !open || clock.timeUp;

  // The vote takes the screen: VoiceOver and keyboard start from its title.
  useEffect(() => {
    if (!folded) title.current?.focus();
  }, [folded]);

  const stateLine = clock.timeUp ? t('ballot.timeUp') : !open ? t('ballot.voteClosed') : null;

  if (folded) {
    return (
      <div className="vote-bar" role="region" aria-label={t('vote.title')} data-testid="vote-bar">
        <span className="vote-bar-text">
          {stateLine ? `${stateLine} · ${t('ballot.awaitingResult')}` : t('vote.title')}: {vote.title}
        </span>
        <button type="button" className="button button-primary vote-bar-open" onClick={() => onFold(false)}>
          {t('ballot.openBallot')}
        </button>
      </div>
    );
  }

  return (
    <div className="vote-overlay" role="dialog" aria-modal="true" aria-labelledby="vote-title" data-testid="vote-overlay" data-phase={ballot.phase}>
      <div className="vote-sheet">
        <div className="vote-sheet-top">
          <span className={ended ? 'vote-badge' : 'vote-badge vote-badge-open'}>{t(`vote.kind.${vote.kind}`)}</span>
          <span className={vote.secret ? 'vote-badge vote-badge-secret' : 'vote-badge'}>{vote.secret ? t('vote.secret') : t('vote.named')}</span>
          {stateLine ? (
            <span className="vote-countdown vote-countdown-over" role="status" data-testid="vote-ended">
              {stateLine}
            </span>
          ) : (
            clock.secondsLeft !== null && (
              <span className="vote-countdown" role="timer" aria-live="off">
                {t('vote.timeLeft', { time: formatSeconds(clock.secondsLeft) })}
              </span>
            )
          )}
        </div>
        <h2 id="vote-title" className="vote-sheet-title" ref={title} tabIndex={-1}>
          {vote.title}
        </h2>
        <p className="ballot-rule" data-testid="ballot-rule">
          {ruleSentence(t, vote, ruleThreshold(vote))}
        </p>
        {vote.kind === 'hands' ? (
          <p className="vote-info">{t('vote.handsInfo')}</p>
        ) : ballot.phase === 'idle' ? (
          <>
            {ballot.refusal && (
              <p className="notice" role="alert">
                {isStorageRefusal(ballot.refusal) ? t('ballot.storageRefused') : t(`error.${ballot.refusal}`)}
              </p>
            )}
            <BallotForm vote={vote} initial={ballot.draft} onPick={choose} />
          </>
        ) : ballot.phase === 'chosen' ? (
          <BallotConfirm vote={vote} selections={ballot.selections} onChooseAgain={chooseAgain} onSend={send} />
        ) : (
          <BallotOutcome vote={vote} ballot={ballot} ended={ended} />
        )}
        {ended && ballot.phase !== 'sending' && (
          <p className="vote-awaiting" data-testid="vote-awaiting" role="status">
            {t('ballot.awaitingResult')}
          </p>
        )}
        <button type="button" className="button vote-fold" onClick={() => onFold(true)}>
          {t('ballot.readDocuments')}
        </button>
      </div>
    </div>
  );
}

/** A delegate cannot fix the hub's disk: they are told to send again later or to tell the secretary. */
function isStorageRefusal(code: string): boolean {
  return code === 'storage_full' || code === 'storage_read_only' || code === 'storage_failed';
}
