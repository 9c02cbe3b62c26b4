/**
 * A clock that moves only when a test moves it: `now()` stands still and a
 * timer fires only inside `advance`. Hand it to code that takes the hub's
 * `Clock` port, to check time-dependent behaviour exactly, also through a
 * real hub, where vitest's fake timers would stop the sockets' own timers too.
 */
import type { Clock, TimerHandle } from '../../src/main/hub/clock';

export class ManualClock implements Clock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 0, 1, 8, 0, 0)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    if (typeof handle === 'number') this.timers.delete(handle);
  }

  /** Timers set and neither fired nor cleared. */
  pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves the time forward by `ms`, firing every timer that falls due, earliest first, each at its own time. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= end).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.time = Math.max(this.time, timer.at);
      timer.callback();
    }
    this.time = end;
  }
}
