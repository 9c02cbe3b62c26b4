/** The big screen during a vote (title and time left) and after it (the published result, large). */
import type { VoteInfo } from '../../shared/protocol';
import { useT } from '../ui/language';
import { formatSeconds, useCountdown } from '../ui/useCountdown';
import { VoteResultTable } from '../ui/VoteResultTable';

export function ScreenVote({ vote }: { vote: VoteInfo }) {
  const t = useT();
  const secondsLeft = useCountdown(vote);
  return (
    <main className="screen-main screen-vote" aria-live="polite" data-testid="screen-vote" data-status={vote.status}>
      <div className="screen-kind">
        {t(`vote.kind.${vote.kind}`)}
        {vote.secret ? ` · ${t('vote.secret')}` : ''}
      </div>
      <h2 className="screen-vote-title">{vote.title}</h2>
      {vote.status === 'open' && <div className="screen-vote-state">{t('vote.status.open')}</div>}
      {vote.status === 'open' && secondsLeft !== null && <div className="screen-countdown">{secondsLeft > 0 ? formatSeconds(secondsLeft) : t('vote.timeUp')}</div>}
      {vote.status === 'closed' && <div className="screen-vote-state">{t('vote.awaitingResult')}</div>}
      {vote.status === 'published' && (
        <div className="screen-result">
          <VoteResultTable vote={vote} large />
        </div>
      )}
    </main>
  );
}
