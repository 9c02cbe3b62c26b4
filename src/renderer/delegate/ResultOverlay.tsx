import { useState } from 'react';
import type { VoteInfo } from '../../shared/protocol';
import { useT } from '../ui/language';
import { VoteResultTable } from '../ui/VoteResultTable';
import { isBallotKind } from '../ui/voteWording';

const seenKey = (voteId: string) => `chamber.resultSeen.${voteId}`;

export function resultSeen(voteId: string): boolean {
  try {
    return localStorage.getItem(seenKey(voteId)) === '1';
  } catch {
    return false;
  }
}

/** A published result, shown once over the delegate's screen until they close it. */
export function ResultOverlay({ vote }: { vote: VoteInfo }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(seenKey(vote.id), '1');
    } catch {
      /* shown again after a reload, no harm */
    }
    setDismissed(true);
  };
  return (
    <div className="vote-overlay" role="dialog" aria-modal="true" aria-labelledby="result-title" data-testid="result-overlay">
      <div className="vote-sheet">
        <span className="vote-badge">{isBallotKind(vote.kind) ? t('ballot.resultBallot') : t('vote.result')}</span>
        <h2 id="result-title" className="vote-sheet-title">
          {vote.title}
        </h2>
        <VoteResultTable vote={vote} />
        <button type="button" className="button button-primary vote-dismiss" onClick={dismiss}>
          {t('vote.close')}
        </button>
      </div>
    </div>
  );
}
