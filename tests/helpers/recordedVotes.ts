/** Two votes on a running hub, an open one and a secret one, where seat 1 votes "for" in both: the receipts a record test checks. */
import type { Hub } from '../../src/main/hub/startHub';
import { socketUrl, tokenOf } from './testHub';
import { TestSocket } from './testSocket';
import { ballot, createVote, resolutionCommand } from './voting';

export interface RecordedVotes {
  open: { voteId: string; title: string; receipt: string };
  secret: { voteId: string; title: string; receipt: string };
}

export async function recordTwoVotes(hub: Hub): Promise<RecordedVotes> {
  const url = socketUrl(hub);
  const secretary = await TestSocket.connect(url, tokenOf(hub, 'secretary'));
  const chair = await TestSocket.connect(url, tokenOf(hub, 'chair'));
  const seat1 = await TestSocket.connect(url, tokenOf(hub, 'seat-1'));
  try {
    const run = async (title: string, secret: boolean) => {
      const voteId = await createVote(secretary, resolutionCommand({ title, secret }));
      const opened = await chair.command({ type: 'vote.open', voteId });
      if (opened.type !== 'ack') throw new Error(`vote.open refused: ${JSON.stringify(opened)}`);
      await seat1.until(() => (seat1.state.votes.find((vote) => vote.id === voteId)?.status === 'open' ? true : undefined), 'the open vote');
      const cast = await seat1.command(ballot(voteId, 1, 'for'));
      if (cast.type !== 'ack' || !cast.receipt) throw new Error(`vote.cast refused: ${JSON.stringify(cast)}`);
      const closed = await chair.command({ type: 'vote.close', voteId });
      if (closed.type !== 'ack') throw new Error(`vote.close refused: ${JSON.stringify(closed)}`);
      return { voteId, title, receipt: cast.receipt };
    };
    const open = await run('Nghị quyết thông qua chương trình kỳ họp', false);
    const secret = await run('Bầu Ủy viên Ủy ban nhân dân', true);
    return { open, secret };
  } finally {
    secretary.close();
    chair.close();
    seat1.close();
  }
}
