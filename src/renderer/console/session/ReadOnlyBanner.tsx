/**
 * Shown on every tab of a session that cannot change: an ended one, or one the
 * hub serves read-only (a broken record, a restored archive).
 */
import { useT } from '../../ui/language';

interface ReadOnlyBannerProps {
  /** ended: the session is closed; record: the hub opened it read-only. */
  reason?: 'ended' | 'record';
}

export function ReadOnlyBanner({ reason = 'ended' }: ReadOnlyBannerProps) {
  const t = useT();
  return (
    <div className="console-read-only" role="status" data-testid="read-only-banner" data-reason={reason}>
      {t(reason === 'record' ? 'session.readOnlyRecordBanner' : 'session.readOnlyBanner')}
    </div>
  );
}
