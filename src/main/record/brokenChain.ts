/**
 * A session whose event log fails its hash chain: the hub does not open it
 * for work, only read-only when told to. The message names the first bad
 * event and the two ways to look at the session anyway.
 */
import type { ChainProblem } from '../../shared/protocol';

export class BrokenChainError extends Error {
  readonly problem: ChainProblem;

  constructor(problem: ChainProblem) {
    super(describeBrokenChain(problem));
    this.name = 'BrokenChainError';
    this.problem = problem;
  }
}

/** What the serve banner, the logs and the catalog's refusal say about a broken chain. */
export function describeBrokenChain(problem: ChainProblem): string {
  return (
    `The event log of session ${problem.sessionId} is broken at seq ${problem.seq} (${problem.type}): ${problem.reason}. ` +
    'It was not opened. To look at it without changing anything, open it read-only: ' +
    '"Mở chỉ để xem" in the console\'s session list, or npm run serve -- --read-only.'
  );
}
