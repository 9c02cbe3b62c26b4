/** How notice and help events change the state. Never throws: an event for something gone is ignored. */
import type { EventOf, SessionState } from '../../protocol';

export function sentNotice(state: SessionState, event: EventOf<'notice.sent'>): SessionState {
  if (state.notices.some((notice) => notice.id === event.notice.id)) return state;
  return { ...state, notices: [...state.notices, event.notice] };
}

export function acknowledgedNotice(state: SessionState, event: EventOf<'notice.acknowledged'>): SessionState {
  return {
    ...state,
    notices: state.notices.map((notice) =>
      notice.id === event.noticeId && !notice.acknowledgedBy.includes(event.principalId)
        ? { ...notice, acknowledgedBy: [...notice.acknowledgedBy, event.principalId] }
        : notice,
    ),
  };
}

export function requestedHelp(state: SessionState, event: EventOf<'help.requested'>): SessionState {
  if (state.helpRequests.some((request) => request.id === event.request.id)) return state;
  return { ...state, helpRequests: [...state.helpRequests, event.request] };
}

export function resolvedHelp(state: SessionState, event: EventOf<'help.resolved'>): SessionState {
  return {
    ...state,
    helpRequests: state.helpRequests.map((request) =>
      request.id === event.requestId && request.resolvedAt === null ? { ...request, resolvedAt: event.at } : request,
    ),
  };
}
