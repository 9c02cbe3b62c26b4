/** The session's state in a word: Đang chuẩn bị, Đang họp or Đã bế mạc. */
import type { SessionStatus } from '../../../shared/protocol';
import { useT } from '../../ui/language';

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const t = useT();
  return (
    <span className={`session-status session-status-${status}`} data-testid="session-status">
      {t(`lobby.status.${status}`)}
    </span>
  );
}
