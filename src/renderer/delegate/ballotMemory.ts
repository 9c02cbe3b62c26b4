/**
 * What this iPad keeps of its own ballot, per vote, and for how long.
 *
 * - A ballot in flight (sent, not yet acknowledged): its ballot id and
 *   selections, so that after a reload it is resent exactly as it was and the
 *   delegate cannot change it. This is the only moment a secret choice is
 *   written anywhere, and it lasts from "Gửi" to the hub's answer.
 * - An acknowledged ballot: "recorded" and the receipt (which reveals no
 *   choice); for an open vote also the choice the hub confirmed (it is public).
 *   Nothing of a secret choice.
 * - Anything else, and every entry of a vote that is no longer open: nothing.
 *
 * Where: `sessionStorage`, not `localStorage`. It survives a reload and the
 * tab being discarded and restored (which is all the resend needs) but not the
 * tab being closed, so a crash mid-send cannot leave a secret choice on the
 * device for good; and it is not shared with other tabs. Memory alone would
 * let a reload mid-send forget the choice and offer the ballot again.
 */
import { z } from 'zod';
import { selectionSchema } from '../../shared/protocol';
import type { BallotState } from './ballotMachine';

const PREFIX = 'chamber.ballot.';
const keyOf = (voteId: string) => `${PREFIX}${voteId}`;

const keptSchema = z.discriminatedUnion('phase', [
  z.strictObject({ phase: z.literal('sending'), ballotId: z.string().min(8).max(64), selections: z.array(selectionSchema) }),
  /** `selections` only for an open vote: a secret vote's entry has no such field at all. */
  z.strictObject({ phase: z.literal('recorded'), receipt: z.string().max(64).nullable(), selections: z.array(selectionSchema).optional() }),
]);
type KeptBallot = z.infer<typeof keptSchema>;

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The ballot this iPad kept for a vote, as the state to resume from; null when none. */
export function recallBallot(voteId: string): BallotState | null {
  try {
    const text = sessionStore()?.getItem(keyOf(voteId));
    if (!text) return null;
    const parsed = keptSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const kept = parsed.data;
    // After a reload the answer to the last send is lost for good: send it again.
    if (kept.phase === 'sending') return { phase: 'sending', ballotId: kept.ballotId, selections: kept.selections, waiting: true, hubHolds: false };
    return { phase: 'recorded', receipt: kept.receipt, selections: kept.selections ?? null };
  } catch {
    return null;
  }
}

/** What is worth keeping of a ballot state; null when nothing is. */
export function keptOf(state: BallotState, secret: boolean): KeptBallot | null {
  if (state.phase === 'sending') return { phase: 'sending', ballotId: state.ballotId, selections: state.selections };
  if (state.phase === 'recorded') return secret || state.selections === null ? { phase: 'recorded', receipt: state.receipt } : { phase: 'recorded', receipt: state.receipt, selections: state.selections };
  return null;
}

/** Keeps (or forgets) this vote's ballot to match its state; a vote that is not open keeps nothing. */
export function keepBallot(voteId: string, state: BallotState, options: { secret: boolean; voteOpen: boolean }): void {
  const storage = sessionStore();
  if (!storage) return;
  // A ballot still in flight is kept after the close too, until the hub has answered it.
  const kept = options.voteOpen || state.phase === 'sending' ? keptOf(state, options.secret) : null;
  try {
    if (kept) storage.setItem(keyOf(voteId), JSON.stringify(kept));
    else storage.removeItem(keyOf(voteId));
  } catch {
    /* storage full or blocked: the ballot is still sent, only not kept across a reload */
  }
}

/**
 * Removes the entries of every vote that is not open any more, and whatever
 * an earlier version left in `localStorage` (it kept secret choices there).
 */
export function forgetBallotsExcept(openVoteIds: ReadonlySet<string>): void {
  for (const storage of [sessionStore(), localStore()]) {
    if (!storage) continue;
    const keep = storage === localStore() ? new Set<string>() : openVoteIds;
    try {
      const stale: string[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key?.startsWith(PREFIX) && !keep.has(key.slice(PREFIX.length))) stale.push(key);
      }
      for (const key of stale) storage.removeItem(key);
    } catch {
      /* blocked storage holds nothing to forget */
    }
  }
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function newBallotId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
