/**
 * Who sees which notice and help request. Staff see everything. A delegate
 * or guest sees the notices sent to every iPad or to their own seat, and of
 * the acknowledgements only their own; a device that (re)joins gets only the
 * notices it has not acknowledged, so it never replays a flood of old ones.
 * Help requests and notes never leave the staff. The big screen sees none of it.
 *
 * Whether a notice or an acknowledgement reaches a delegate depends on who the
 * delegate is, not only on the audience: such events are "personal", and the
 * hub projects them per connection (`viewer`). Without a viewer, personal ones
 * are left out, so a caller that forgets the viewer leaks nothing.
 */
import type { DomainEvent, Notice, Principal } from '../../protocol';

/** The device a projection is made for: its principal and seat (null for a guest). */
export type Viewer = Pick<Principal, 'id' | 'seat'>;

type NoticeEvent = Extract<DomainEvent, { type: 'notice.sent' | 'notice.acknowledged' | 'help.requested' | 'help.resolved' }>;

export function isNoticeEvent(event: DomainEvent): event is NoticeEvent {
  return event.type === 'notice.sent' || event.type === 'notice.acknowledged' || event.type === 'help.requested' || event.type === 'help.resolved';
}

/** True when a notice was sent to every iPad or to the viewer's seat. */
export function isNoticeFor(notice: Notice, viewer: Viewer): boolean {
  return notice.seat === null || notice.seat === viewer.seat;
}

/** True when a delegate sees the event only if it concerns them: a notice to one seat, an acknowledgement. */
export function isPersonalEvent(event: DomainEvent): boolean {
  return (event.type === 'notice.sent' && event.notice.seat !== null) || event.type === 'notice.acknowledged';
}

/** True when a personal event concerns this viewer: the notice is for their seat, the acknowledgement theirs. */
export function concernsViewer(event: DomainEvent, viewer: Viewer): boolean {
  if (event.type === 'notice.sent') return event.notice.seat !== null && event.notice.seat === viewer.seat;
  if (event.type === 'notice.acknowledged') return event.principalId === viewer.id;
  return false;
}

/** The notices a delegate or guest is given on joining: theirs, not yet acknowledged, without anyone's acknowledgements. */
export function noticesForViewer(notices: readonly Notice[], viewer: Viewer | undefined): Notice[] {
  return notices.flatMap((notice) => {
    const forViewer = viewer ? isNoticeFor(notice, viewer) && !notice.acknowledgedBy.includes(viewer.id) : notice.seat === null;
    return forViewer ? [{ ...notice, acknowledgedBy: [] }] : [];
  });
}

/** A notice or help event as a delegate or guest may see it, or null. */
export function noticeEventForViewer(event: NoticeEvent, viewer: Viewer | undefined): NoticeEvent | null {
  switch (event.type) {
    case 'notice.sent':
      if (event.notice.seat !== null && event.notice.seat !== viewer?.seat) return null;
      return { ...event, notice: { ...event.notice, acknowledgedBy: [] } };
    case 'notice.acknowledged':
      return viewer !== undefined && event.principalId === viewer.id ? event : null;
    case 'help.requested':
    case 'help.resolved':
      return null;
  }
}
