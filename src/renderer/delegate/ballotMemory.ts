/**
 * What this iPad remembers of its own ballot per vote: the ballot id (so a
 * retry after a lost connection is the same ballot), the choices and the
 * receipt. Kept in this browser only; the hub never links them to the seat.
 */
import type { Selection } from '../../shared/protocol';

export interface RememberedBallot {
  ballotId: string;
  selections: Selection[];
  receipt: string | null;
  /** True once the hub acknowledged it. */
  recorded: boolean;
}

const keyOf = (voteId: string) => `chamber.ballot.${voteId}`;

export function recallBallot(voteId: string): RememberedBallot | null {
  try {
    const text = localStorage.getItem(keyOf(voteId));
    return text ? (JSON.parse(text) as RememberedBallot) : null;
  } catch {
    return null;
  }
}

export function rememberBallot(voteId: string, ballot: RememberedBallot): void {
  try {
    localStorage.setItem(keyOf(voteId), JSON.stringify(ballot));
  } catch {
    /* private browsing: the ballot is still sent, only not remembered across reloads */
  }
}

export function newBallotId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
