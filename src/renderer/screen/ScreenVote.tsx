/**
 * The big screen during a vote (title, the rule with the number needed, time
 * left) and after it (the published result with its verdict, large). The whole
 * of it is fitted to the screen, whatever the title's length or the number of names.
 */
import { useRef } from 'react';
import { ruleThreshold } from '../../shared/core';
import type { VoteInfo } from '../../shared/protocol';
import { useLanguage, useT } from '../ui/language';
import { formatSeconds, useCountdown } from '../ui/useCountdown';
import { quorumNote, ruleSentence } from '../ui/voteWording';
import { VoteResultTable } from '../ui/VoteResultTable';
import { useFitText } from './useFitText';

/** The font size to start from: readable from the back of the hall on a 1920-pixel projector. */
const largestFontFor = (viewportWidth: number) => Math.max(16, viewportWidth / 36);

export function ScreenVote({ vote }: { vote: VoteInfo }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const secondsLeft = useCountdown(vote);
  const box = useRef<HTMLElement>(null);
  const note = quorumNote(t, vote);
  useFitText(box, `${vote.id}:${vote.status}:${language}:${vote.title}`, largestFontFor);
  return (
    <main ref={box} className="screen-vote" aria-live="polite" data-testid="screen-vote" data-status={vote.status}>
      <div className="screen-vote-body">
      <div className="screen-kind">
        {t(`vote.kind.${vote.kind}`)}
        {vote.secret ? ` · ${t('vote.secret')}` : ''}
      </div>
      <h2 className="screen-vote-title" data-testid="screen-vote-title">
        {vote.title}
      </h2>
      {vote.status === 'open' && (
        <>
          <div className="screen-vote-rule" data-testid="screen-vote-rule">
            {ruleSentence(t, vote, ruleThreshold(vote))}
          </div>
          {note && <div className="screen-vote-note">{note}</div>}
          <div className="screen-vote-state">{t('vote.status.open')}</div>
          {secondsLeft !== null && <div className="screen-countdown">{secondsLeft > 0 ? formatSeconds(secondsLeft) : t('vote.timeUp')}</div>}
        </>
      )}
      {vote.status === 'closed' && <div className="screen-vote-state">{t('vote.awaitingResult')}</div>}
      {vote.status === 'published' && (
        <div className="screen-result">
          <VoteResultTable vote={vote} large />
        </div>
      )}
      </div>
    </main>
  );
}
