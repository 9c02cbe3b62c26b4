/** Helpers to run votes over real sockets in tests. */
import { MOTION_ROW, RESOLUTION_OPTIONS } from '../../src/shared/protocol';
import type { CommandOf, HubMessage, VoteInfo } from '../../src/shared/protocol';
import type { TestSocket } from './testSocket';

export function resolutionCommand(overrides: Partial<CommandOf<'vote.create'>> = {}): CommandOf<'vote.create'> {
  return {
    type: 'vote.create',
    itemId: null,
    title: 'Nghị quyết về dự toán ngân sách năm 2027',
    kind: 'resolution',
    secret: false,
    names: [],
    maxChoices: 1,
    rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'warn' },
    durationSeconds: null,
    allowChange: false,
    ...overrides,
  };
}

/** Creates a vote as the secretary and returns its id. */
export async function createVote(secretary: TestSocket, command: CommandOf<'vote.create'>): Promise<string> {
  const before = new Set(secretary.state.votes.map((vote) => vote.id));
  const reply = await secretary.command(command);
  if (reply.type !== 'ack') throw new Error(`vote.create refused: ${JSON.stringify(reply)}`);
  const vote = await secretary.until(() => secretary.state.votes.find((candidate) => !before.has(candidate.id)), 'the new vote');
  return vote.id;
}

/** The rows and options of a resolution's ballot, as the hub lays them out (labels aside). */
export const RESOLUTION_LAYOUT: Pick<VoteInfo, 'rows' | 'options'> = {
  rows: [{ id: MOTION_ROW, label: 'Nghị quyết' }],
  options: RESOLUTION_OPTIONS.map((id) => ({ id, label: id })),
};

export function ballot(voteId: string, seat: number, option: 'for' | 'against' | 'abstain', ballotId = `ballot-${voteId}-${seat}`): CommandOf<'vote.cast'> {
  return { type: 'vote.cast', voteId, seat, ballotId, selections: [{ row: 'motion', option }] };
}

/** The answer seat N gives in these tests: for, against, abstain in turn. */
export function choiceOf(seat: number): 'for' | 'against' | 'abstain' {
  return (['for', 'against', 'abstain'] as const)[seat % 3] ?? 'for';
}

export function isAck(message: HubMessage): message is Extract<HubMessage, { type: 'ack' }> {
  return message.type === 'ack';
}
