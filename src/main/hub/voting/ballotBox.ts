/**
 * Where ballots go in: each is checked at once, then ballots that arrive
 * together are written in one transaction (group commit) and acknowledged only
 * after it commits. A storm of ballots thus costs a few disk syncs, not one
 * each, and durability is never traded away. A close first empties the box,
 * so every ballot sent before it counts.
 */
import type { CommandOf, ErrorCode, Principal, Selection } from '../../../shared/protocol';
import type { SessionEngine } from '../sessionEngine';
import type { BallotStore } from './ballotStore';

/**
 * A stored ballot is answered with its receipt. A retry of it (`duplicate`) is
 * answered with the original receipt and, for an open vote, the choice the hub
 * holds, so the iPad shows what was counted, not what it sent last.
 */
export type BallotReply =
  | { ok: true; seq: number; receipt?: string; duplicate?: boolean; selections?: Selection[] }
  | { ok: false; code: ErrorCode; message: string };

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

  /**
   * A retry of a ballot already stored, arriving after the close or the deadline, is still
   * answered with what was counted: the iPad must not report a counted ballot as lost.
   */
  function refusalOrStored(command: CommandOf<'vote.cast'>, refusal: Extract<BallotReply, { ok: false }>): BallotReply {
    if (refusal.code !== 'vote_not_open') return refusal;
    let stored;
    try {
      stored = store.storedBallot(command.voteId, command.seat, command.ballotId);
    } catch {
      return refusal;
    }
    return stored ? { ok: true, seq: engine.seq(), duplicate: true, ...stored } : refusal;
  }

  function flush(): void {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    // Checked again: the vote may have closed while these waited for the batch.
    const valid = batch.filter((pending) => {
      const check = engine.check(pending.actor, pending.command);
      if (!check.ok) pending.done(refusalOrStored(pending.command, check));
      return check.ok;
    });
    if (valid.length === 0) return;
    const votes = engine.state().votes;
    let outcomes;
    try {
      outcomes = store.castMany(
        valid.map(({ command }) => {
          const vote = votes.find((candidate) => candidate.id === command.voteId);
          return {
            voteId: command.voteId,
            seat: command.seat,
            ballotId: command.ballotId,
            selections: command.selections,
            secret: vote?.secret ?? true,
            allowChange: vote?.allowChange ?? false,
            layout: { rows: vote?.rows ?? [], options: vote?.options ?? [] },
          };
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
      else if (outcome.status === 'duplicate') pending.done({ ok: true, seq, duplicate: true, receipt: outcome.receipt, ...(outcome.selections ? { selections: outcome.selections } : {}) });
      else pending.done({ ok: true, seq, receipt: outcome.receipt });
    });
    onRecorded();
  }

  return {
    submit(actor, command, done) {
      const check = engine.check(actor, command);
      if (!check.ok) {
        done(refusalOrStored(command, check));
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
