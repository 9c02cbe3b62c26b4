/** Shown on every tab of an ended session: it can be read, nothing in it can change. */
import { useT } from '../../ui/language';

export function ReadOnlyBanner() {
  const t = useT();
  return (
    <div className="console-read-only" role="status" data-testid="read-only-banner">
      {t('session.readOnlyBanner')}
    </div>
  );
}
