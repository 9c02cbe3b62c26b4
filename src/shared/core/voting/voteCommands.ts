/**
 * Decisions about votes. The lifecycle is created → open → closed → published,
 * with cancel from open or closed. Ballots are checked here (vote open, the
 * voter's own seat, choices on the ballot) but stored by the hub's ballot
 * store, outside the event log, so that a secret ballot is never next to its voter.
 */
import { isSecretByLaw } from '../../protocol';
import type { CommandOf, CreatedVote, SessionState, VoteInfo } from '../../protocol';
import type { DecideContext, Decision } from '../decision';
import { accept, reject } from '../decision';
import { findPrincipal } from '../findPrincipal';
import { rollFigures } from '../attendance/rollCount';
import { rollSittingForVote } from '../attendance/sittingInProgress';
import { isSeatedAt } from '../session/seatedCount';
import { quorumMet } from './majority';
import { emptyTally } from './tallyBallots';
import { validateSelections } from './validateSelections';
import { layoutOf } from './voteLayout';

/** Seconds after a vote's countdown ends during which a ballot already sent is still taken. */
export const DEADLINE_GRACE_SECONDS = 3;
export const MAX_VOTES = 500;

function findVote(state: SessionState, voteId: string): VoteInfo | undefined {
  return state.votes.find((vote) => vote.id === voteId);
}

export function createVote(state: SessionState, command: CommandOf<'vote.create'>, ctx: DecideContext): Decision {
  if (command.itemId !== null && !state.agenda.some((item) => item.id === command.itemId)) return reject('not_found', `No agenda item ${command.itemId}`);
  if (state.votes.length >= MAX_VOTES) return reject('invalid', `A session holds at most ${MAX_VOTES} votes`);
  const needsNames = command.kind === 'election' || command.kind === 'confidence';
  if (needsNames && command.names.length === 0) return reject('invalid', `A ${command.kind} vote needs at least one name`);
  if (!needsNames && command.names.length > 0) return reject('invalid', `A ${command.kind} vote takes no names`);
  if (command.kind === 'election' && command.maxChoices > command.names.length) return reject('invalid', 'More seats to fill than candidates');
  if (isSecretByLaw(command.kind) && (!command.secret || command.allowChange)) {
    return reject('secret_by_law', `A ${command.kind} vote is a secret ballot by law: secret must be true and allowChange false`);
  }
  if (command.secret && command.allowChange) return reject('invalid', 'A secret ballot cannot be changed: changing it would link it to the delegate');
  const id = ctx.newId();
  const layout = layoutOf(command.kind, command.title, command.names, state.voteLabels, ctx.newId);
  const vote: CreatedVote = {
    status: 'created',
    id,
    itemId: command.itemId,
    title: command.title,
    kind: command.kind,
    secret: command.secret,
    ...layout,
    maxChoices: command.kind === 'election' ? command.maxChoices : layout.rows.length,
    rule: command.rule,
    quorum: command.quorum,
    durationSeconds: command.durationSeconds,
    allowChange: command.allowChange,
  };
  return accept({ type: 'vote.created', vote });
}

export function removeVote(state: SessionState, command: CommandOf<'vote.remove'>): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.status !== 'created') return reject('invalid', 'Only a vote that was never opened can be removed; cancel it instead');
  return accept({ type: 'vote.removed', voteId: vote.id });
}

export function openVote(state: SessionState, command: CommandOf<'vote.open'>, ctx: DecideContext): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.status !== 'created') return reject('invalid', `The vote is ${vote.status}, not ready to open`);
  const other = state.votes.find((candidate) => candidate.status === 'open');
  if (other) return reject('invalid', `Another vote is open: ${other.title}`);
  // The present base is the recorded roll of the sitting, never the connected count.
  const { seated, present } = rollFigures(state, rollSittingForVote(state, vote.itemId), ctx.now);
  const met = quorumMet(vote.quorum, seated, present);
  if (!met && vote.quorum.mode === 'block') {
    return reject('quorum_not_met', `Only ${present} of ${seated} delegates are present; the quorum is ${vote.quorum.numerator}/${vote.quorum.denominator}`);
  }
  return accept({ type: 'vote.opened', voteId: vote.id, openedAt: ctx.now, seated, present, quorumMet: met });
}

/** Checks a ballot; accepted ballots produce no event (the hub stores them apart). */
export function castBallot(state: SessionState, command: CommandOf<'vote.cast'>, ctx: DecideContext): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  // Who may vote for the seat is checked before the vote's state, so that `vote_not_open` always
  // comes from the seat's own delegate, and the hub may answer a retry of a stored ballot with it.
  const voterSeat = findPrincipal(state, ctx.actor.id)?.seat ?? null;
  if (voterSeat === null || voterSeat !== command.seat) return reject('forbidden', 'A delegate votes for their own seat only');
  const seat = state.seats.find((candidate) => candidate.seat === command.seat);
  if (!seat || !isSeatedAt(seat, ctx.now)) return reject('forbidden', `Seat ${command.seat} has no delegate in office`);
  if (vote.status !== 'open') return reject('vote_not_open', `The vote is ${vote.status}`);
  if (vote.durationSeconds !== null && ctx.now > vote.openedAt + (vote.durationSeconds + DEADLINE_GRACE_SECONDS) * 1000) {
    return reject('vote_not_open', 'The time for this vote is over');
  }
  const problem = validateSelections(vote, command.selections);
  if (problem) return reject(problem.code, problem.message);
  return accept();
}

export function enterCounts(state: SessionState, command: CommandOf<'vote.enterCounts'>): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.kind !== 'hands') return reject('invalid', 'Counts are entered for a show of hands only');
  if (vote.status !== 'open') return reject('vote_not_open', `The vote is ${vote.status}`);
  const { for: yes, against, abstain } = command.counts;
  const participants = yes + against + abstain;
  if (participants > vote.seated) return reject('invalid', `${participants} hands is more than the ${vote.seated} seated delegates`);
  const tally = emptyTally(vote);
  tally.participants = participants;
  tally.counts.motion = { for: yes, against, abstain };
  return accept({ type: 'vote.countsEntered', voteId: vote.id, tally });
}

export function closeVote(state: SessionState, command: CommandOf<'vote.close'>, ctx: DecideContext): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.status !== 'open') return reject('vote_not_open', `The vote is ${vote.status}`);
  if (vote.kind === 'hands') {
    if (!vote.handsCount) return reject('invalid', 'Enter the counted hands before closing');
    return accept({ type: 'vote.closed', voteId: vote.id, closedAt: ctx.now, tally: vote.handsCount, named: null });
  }
  if (!ctx.voting) return reject('invalid', 'The ballots are not available');
  return accept({ type: 'vote.closed', voteId: vote.id, closedAt: ctx.now, tally: ctx.voting.tally(vote.id), named: vote.secret ? null : ctx.voting.named(vote.id) });
}

export function publishVote(state: SessionState, command: CommandOf<'vote.publish'>, now: number): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.status !== 'closed' || !vote.tally) return reject('not_closed', 'A vote is published after it is closed');
  return accept({ type: 'vote.published', voteId: vote.id, tally: vote.tally, at: now });
}

export function cancelVote(state: SessionState, command: CommandOf<'vote.cancel'>): Decision {
  const vote = findVote(state, command.voteId);
  if (!vote) return reject('not_found', `No vote ${command.voteId}`);
  if (vote.status !== 'open' && vote.status !== 'closed') return reject('invalid', `A ${vote.status} vote cannot be cancelled`);
  return accept({ type: 'vote.cancelled', voteId: vote.id, reason: command.reason });
}

export function setVoteLabels(state: SessionState, command: CommandOf<'settings.setVoteLabels'>): Decision {
  const { labels } = command;
  const same = state.voteLabels.for === labels.for && state.voteLabels.against === labels.against && state.voteLabels.abstain === labels.abstain;
  return same ? accept() : accept({ type: 'settings.voteLabelsSet', labels: command.labels });
}
