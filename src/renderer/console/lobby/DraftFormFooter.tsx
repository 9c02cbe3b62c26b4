/** The foot of a session form: how many fields still need fixing, the hub's refusal if any, send and cancel. */
import { useT } from '../../ui/language';

interface DraftFormFooterProps {
  problemCount: number;
  failure: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel(): void;
}

export function DraftFormFooter({ problemCount, failure, busy, submitLabel, onCancel }: DraftFormFooterProps) {
  const t = useT();
  return (
    <div className="draft-footer">
      {problemCount > 0 && (
        <p className="field-error" role="alert" data-testid="draft-problems">
          {t('lobby.form.fixProblems', { count: problemCount })}
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert" data-testid="draft-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" disabled={busy}>
          {busy ? t('lobby.form.creating') : submitLabel}
        </button>
        <button type="button" className="button button-large" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </div>
  );
}
