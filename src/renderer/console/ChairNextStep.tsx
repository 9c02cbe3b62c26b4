import type { Command } from '../../shared/protocol';
import { useT } from '../ui/language';
import type { VoteCardActions } from './voteCardActions';

interface ChairNextStepProps {
  label: string;
  command: Command;
  voteId: string;
  actions: VoteCardActions;
}

/** The chair's next step for an open or closed vote, beside cancelling it (with a reason). */
export function ChairNextStep({ label, command, voteId, actions }: ChairNextStepProps) {
  const t = useT();
  const cancel = () => {
    const reason = window.prompt(t('vote.cancelReason'))?.trim();
    if (reason) actions.send({ type: 'vote.cancel', voteId, reason });
  };
  return (
    <div className="form-actions">
      <button type="button" className="button button-primary" disabled={actions.busy} onClick={() => actions.send(command)}>
        {label}
      </button>
      <button type="button" className="button button-danger" disabled={actions.busy} onClick={cancel}>
        {t('vote.cancel')}
      </button>
    </div>
  );
}
