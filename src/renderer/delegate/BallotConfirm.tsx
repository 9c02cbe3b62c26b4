/** The confirm step: the delegate's choice in words, then "Chọn lại" or "Gửi". After "Gửi" the choice is locked. */
import type { Selection, VoteInfo } from '../../shared/protocol';
import { describeSelections } from '../ui/describeSelections';
import { useT } from '../ui/language';

interface BallotConfirmProps {
  vote: Pick<VoteInfo, 'kind' | 'rows' | 'options'>;
  selections: Selection[];
  onChooseAgain(): void;
  onSend(): void;
}

export function BallotConfirm({ vote, selections, onChooseAgain, onSend }: BallotConfirmProps) {
  const t = useT();
  return (
    <div className="ballot-confirm">
      <p className="ballot-confirm-text" data-testid="ballot-confirm">
        {t('ballot.confirm', { choice: describeSelections(vote, selections) })}
      </p>
      <p className="ballot-hint">{t('ballot.confirmHint')}</p>
      <div className="ballot-actions">
        <button type="button" className="button ballot-button-secondary" onClick={onChooseAgain}>
          {t('vote.chooseAgain')}
        </button>
        <button type="button" className="button button-primary ballot-send" onClick={onSend}>
          {t('vote.send')}
        </button>
      </div>
    </div>
  );
}
