import { useT } from '../ui/language';

/** The submit and cancel buttons at the foot of a console form. */
export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel(): void }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('console.cancel')}
      </button>
    </div>
  );
}
