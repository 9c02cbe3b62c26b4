/**
 * Where ballots go in: each is checked at once, then ballots that arrive
 * together are written in one transaction (group commit) and acknowledged only
 * after it commits. A storm of ballots thus costs a few disk syncs, not one
 * each, and durability is never traded away. A close first empties the box,
 * so every ballot sent before it counts.
 */
import type { CommandOf, ErrorCode, Principal } from '../../../shared/protocol';
import type { SessionEngine } from '../sessionEngine';
import type { BallotStore } from './ballotStore';

export type BallotReply = { ok: true; seq: number; receipt?: string; duplicate?: boolean } | { ok: false; code: ErrorCode; message: string };

interface Pending {
  actor: Principal;
  command: CommandOf<'vote.cast'>;
  done: (reply: BallotReply) => void;
}

export interface BallotBox {
  submit(actor: Principal, command: CommandOf<'vote.cast'>, done: (reply: BallotReply) => void): void;
  /** Writes every waiting ballot now. */
  flush(): void;
}

export function createBallotBox(engine: SessionEngine, store: BallotStore, onRecorded: () => void): BallotBox {
  let waiting: Pending[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    // Checked again: the vote may have closed while these waited for the batch.
    const valid = batch.filter((pending) => {
      const check = engine.check(pending.actor, pending.command);
      if (!check.ok) pending.done(check);
      return check.ok;
    });
    if (valid.length === 0) return;
    const votes = engine.state().votes;
    let outcomes;
    try {
      outcomes = store.castMany(
        valid.map(({ command }) => {
          const vote = votes.find((candidate) => candidate.id === command.voteId);
          return { voteId: command.voteId, seat: command.seat, ballotId: command.ballotId, selections: command.selections, secret: vote?.secret ?? true, allowChange: vote?.allowChange ?? false };
        }),
      );
    } catch (error) {
      const failure = engine.storageFailure(error) ?? { code: 'storage_failed', message: String(error) };
      for (const pending of valid) pending.done({ ok: false, code: failure.code, message: `The ballot could not be stored and was not counted: ${failure.message}` });
      return;
    }
    const seq = engine.seq();
    valid.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (!outcome) return;
      if (outcome.status === 'already_voted') pending.done({ ok: false, code: 'already_voted', message: 'This seat has already voted and changes are off' });
      else if (outcome.status === 'duplicate') pending.done({ ok: true, seq, duplicate: true });
      else pending.done({ ok: true, seq, receipt: outcome.receipt });
    });
    onRecorded();
  }

  return {
    submit(actor, command, done) {
      const check = engine.check(actor, command);
      if (!check.ok) {
        done(check);
        return;
      }
      waiting.push({ actor, command, done });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
