/**
 * Deciding notices and help requests. The secretary sends a notice to every
 * iPad or to one seat; the delegate (or guest) it reached acknowledges it;
 * delegates and guests ask the secretariat for help or send it a note, a few
 * a minute at most; the secretary marks a request handled.
 */
import type { CommandOf, SessionState } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { isSeatedAt } from '../session/seatedCount';
import { helpRateRefusal } from './helpRateLimit';
import { isNoticeFor } from './noticeAudience';

/** Notices a session holds at most; past it the secretary is told to stop. */
export const MAX_NOTICES = 500;

export function sendNotice(state: SessionState, command: CommandOf<'notice.send'>, ctx: DecideContext): Decision {
  const seat = command.seat ?? null;
  if (seat !== null) {
    const target = state.seats.find((candidate) => candidate.seat === seat);
    if (!target) return reject('unknown_seat', `No seat ${seat}`);
    if (!isSeatedAt(target, ctx.now)) return reject('unknown_seat', `Seat ${seat} is vacant`);
  }
  if (state.notices.length >= MAX_NOTICES) return reject('invalid', `A session holds at most ${MAX_NOTICES} notices`);
  return accept({ type: 'notice.sent', notice: { id: ctx.newId(), text: command.text, seat, sentAt: ctx.now, acknowledgedBy: [] } });
}

/** Only the delegate or guest a notice was sent to acknowledges it; a second tap changes nothing. */
export function acknowledgeNotice(state: SessionState, command: CommandOf<'notice.acknowledge'>, ctx: DecideContext): Decision {
  const viewer = { id: ctx.actor.id, seat: findPrincipal(state, ctx.actor.id)?.seat ?? null };
  const notice = state.notices.find((candidate) => candidate.id === command.noticeId);
  // A notice for another seat is as unknown to this delegate as one that does not exist.
  if (!notice || !isNoticeFor(notice, viewer)) return reject('not_found', `No notice ${command.noticeId} for this device`);
  if (notice.acknowledgedBy.includes(viewer.id)) return accept();
  return accept({ type: 'notice.acknowledged', noticeId: notice.id, principalId: viewer.id, at: ctx.now });
}

export function requestHelp(state: SessionState, command: CommandOf<'help.request'>, ctx: DecideContext): Decision {
  const refusal = helpRateRefusal(state.helpRequests, ctx.actor.id, ctx.now);
  if (refusal) return refusal;
  return accept({
    type: 'help.requested',
    request: {
      id: ctx.newId(),
      principalId: ctx.actor.id,
      seat: findPrincipal(state, ctx.actor.id)?.seat ?? null,
      kind: command.kind,
      text: command.text ?? '',
      at: ctx.now,
      resolvedAt: null,
    },
  });
}

/** Marks a request "Đã xử lý"; one already handled stays as it was. */
export function resolveHelp(state: SessionState, command: CommandOf<'help.resolve'>, ctx: DecideContext): Decision {
  const request = state.helpRequests.find((candidate) => candidate.id === command.requestId);
  if (!request) return reject('not_found', `No help request ${command.requestId}`);
  if (request.resolvedAt !== null) return accept();
  return accept({ type: 'help.resolved', requestId: request.id, at: ctx.now, principalId: ctx.actor.id });
}
