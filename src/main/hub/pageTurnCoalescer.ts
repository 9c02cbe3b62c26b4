/**
 * Page turns, latest wins. A presenter holding the clicker down sends many
 * `presentation.show` commands a second; the first after a pause is committed
 * at once, and the rest within the window are folded into one commit of the
 * newest position. The log and the network see at most one turn per window,
 * and every sender still gets its ack (with the seq of the commit that carried it).
 */
import type { CommandOf, Principal } from '../../shared/protocol';
import type { Clock, TimerHandle } from './clock';
import { systemClock } from './clock';
import type { ExecuteResult, SessionEngine } from './sessionEngine';

export const PAGE_TURN_WINDOW_MS = 50;

type Waiter = (result: ExecuteResult) => void;

export interface PageTurnCoalescer {
  submit(actor: Principal, command: CommandOf<'presentation.show'>, done: Waiter): void;
  /** Commits a pending turn now, so that a command after it cannot be overtaken (and none is lost when the hub stops). */
  flush(): void;
}

export interface PageTurnCoalescerOptions {
  windowMs?: number;
  clock?: Clock;
}

export function createPageTurnCoalescer(
  engine: SessionEngine,
  { windowMs = PAGE_TURN_WINDOW_MS, clock = systemClock }: PageTurnCoalescerOptions = {},
): PageTurnCoalescer {
  let pending: { actor: Principal; command: CommandOf<'presentation.show'>; waiters: Waiter[] } | null = null;
  let timer: TimerHandle | null = null;
  let lastCommitAt = Number.NEGATIVE_INFINITY;

  function flush(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    const turn = pending;
    pending = null;
    if (!turn) return;
    lastCommitAt = clock.now();
    const result = engine.execute(turn.actor, turn.command);
    for (const waiter of turn.waiters) waiter(result);
  }

  return {
    submit(actor, command, done) {
      const check = engine.check(actor, command);
      if (!check.ok) {
        done(check);
        return;
      }
      pending = { actor, command, waiters: [...(pending?.waiters ?? []), done] };
      if (timer !== null) return;
      const wait = lastCommitAt + windowMs - clock.now();
      if (wait <= 0) flush();
      else timer = clock.setTimeout(flush, wait);
    },
    flush,
  };
}
