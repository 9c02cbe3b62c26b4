/**
 * How a vote moves from one status to the next. Each step builds the next
 * shape from the fields it keeps, so that nothing of an earlier status (the
 * entered hands of an open vote) leaks into a later one.
 */
import type { CancelledVote, ClosedVote, EventOf, OpenedVote, OpenVote, PublishedVote, VoteInfo, VoteSettings } from '../../protocol';

export function settingsOf(vote: VoteInfo): VoteSettings {
  return {
    id: vote.id,
    itemId: vote.itemId,
    title: vote.title,
    kind: vote.kind,
    secret: vote.secret,
    rows: vote.rows,
    options: vote.options,
    maxChoices: vote.maxChoices,
    rule: vote.rule,
    quorum: vote.quorum,
    durationSeconds: vote.durationSeconds,
    allowChange: vote.allowChange,
  };
}

function openingOf(vote: OpenedVote): Pick<OpenedVote, 'openedAt' | 'seated' | 'present' | 'quorumMet'> {
  return { openedAt: vote.openedAt, seated: vote.seated, present: vote.present, quorumMet: vote.quorumMet };
}

/** The vote after `event`, or the vote unchanged when the event does not fit its status (replay never fails). */
export function openedVote(vote: VoteInfo, event: EventOf<'vote.opened'>): VoteInfo {
  if (vote.status !== 'created') return vote;
  const open: OpenVote = { status: 'open', ...settingsOf(vote), openedAt: event.openedAt, seated: event.seated, present: event.present, quorumMet: event.quorumMet, handsCount: null };
  return open;
}

export function countedHands(vote: VoteInfo, event: EventOf<'vote.countsEntered'>): VoteInfo {
  return vote.status === 'open' ? { ...vote, handsCount: event.tally } : vote;
}

export function closedVote(vote: VoteInfo, event: EventOf<'vote.closed'>): VoteInfo {
  if (vote.status !== 'open') return vote;
  const closed: ClosedVote = { status: 'closed', ...settingsOf(vote), ...openingOf(vote), closedAt: event.closedAt, tally: event.tally, named: vote.secret ? null : event.named };
  return closed;
}

export function publishedVote(vote: VoteInfo, event: EventOf<'vote.published'>): VoteInfo {
  if (vote.status !== 'closed') return vote;
  const published: PublishedVote = { status: 'published', ...settingsOf(vote), ...openingOf(vote), closedAt: vote.closedAt, publishedAt: event.at, tally: event.tally, named: vote.named };
  return published;
}

export function cancelledVote(vote: VoteInfo, event: EventOf<'vote.cancelled'>): VoteInfo {
  if (vote.status !== 'open' && vote.status !== 'closed') return vote;
  const cancelled: CancelledVote = { status: 'cancelled', ...settingsOf(vote), ...openingOf(vote), cancelReason: event.reason };
  return cancelled;
}

/** The counted ballots, where this audience may see them (closed for staff, published for all); null otherwise. */
export function tallyOf(vote: VoteInfo | undefined): ClosedVote['tally'] {
  return vote && (vote.status === 'closed' || vote.status === 'published') ? vote.tally : null;
}

/** Who voted what in an open vote, for staff once it is closed; null otherwise and always for a secret ballot. */
export function namedListOf(vote: VoteInfo | undefined): ClosedVote['named'] {
  return vote && (vote.status === 'closed' || vote.status === 'published') ? vote.named : null;
}
