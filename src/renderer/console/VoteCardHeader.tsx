import { ruleThreshold } from '../../shared/core';
import type { SessionState, VoteInfo } from '../../shared/protocol';
import { useT } from '../ui/language';
import { formatSeconds, useCountdown } from '../ui/useCountdown';
import { ruleSentence } from '../ui/voteWording';

/** A vote's status, kind, secrecy, time left, title, agenda item and, until it closes, its rule. */
export function VoteCardHeader({ state, vote }: { state: SessionState; vote: VoteInfo }) {
  const t = useT();
  const secondsLeft = useCountdown(vote);
  const item = state.agenda.find((candidate) => candidate.id === vote.itemId);
  return (
    <header className="vote-card-header">
      <div>
        <div className="vote-card-meta">
          <span className={vote.status === 'open' ? 'vote-badge vote-badge-open' : 'vote-badge'}>{t(`vote.status.${vote.status}`)}</span>
          <span className="vote-badge">{t(`vote.kind.${vote.kind}`)}</span>
          {vote.secret && <span className="vote-badge vote-badge-secret">{t('vote.secret')}</span>}
          {secondsLeft !== null && (
            <span className={secondsLeft > 0 ? 'vote-countdown' : 'vote-countdown vote-countdown-over'} data-testid="vote-card-countdown">
              {secondsLeft > 0 ? t('vote.timeLeft', { time: formatSeconds(secondsLeft) }) : t('vote.timeUp')}
            </span>
          )}
        </div>
        <h3 className="vote-card-title">{vote.title}</h3>
        {item && <div className="vote-card-item">{item.title}</div>}
        {(vote.status === 'created' || vote.status === 'open') && (
          <p className="vote-rule" data-testid="vote-card-rule">
            {ruleSentence(t, vote, ruleThreshold(vote))}
          </p>
        )}
      </div>
    </header>
  );
}
