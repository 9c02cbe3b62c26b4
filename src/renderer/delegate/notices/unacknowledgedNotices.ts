import type { Notice } from '../../../shared/protocol';

/** The notices this device still has to acknowledge, oldest first (the hub sends an iPad only the notices for it). */
export function unacknowledgedNotices(notices: readonly Notice[], principalId: string): Notice[] {
  return notices.filter((notice) => !notice.acknowledgedBy.includes(principalId));
}
