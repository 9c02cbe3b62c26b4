/**
 * The hub's own entries on the roll: a delegate whose iPad says hello during the
 * sitting in progress, with no entry in it yet, is marked present (source
 * `device`); when the current item moves into a new sitting, every delegate
 * connected then is marked the same way. The hub is the actor: these entries come
 * from `engine.executeOwn`, never from a client command, and a client cannot send one.
 *
 * Only a hello ever adds an entry. A drop, a sleeping iPad or a reconnect never
 * changes the roll: a close is not listened to, and a seat already on the roll is skipped.
 *
 * The first seat after a quiet moment is committed at the end of the current turn of
 * the event loop; the seats that come within the window after it are gathered and
 * committed together at its end. A hall of 200 iPads connecting at once thus costs a
 * couple of commits (and disk syncs), not 200, and a lone iPad is on the roll at once.
 */
import { attendanceEntryOf, devicesSeenEvents, sittingInProgress } from '../../shared/core';
import type { Principal } from '../../shared/protocol';
import type { Clock, TimerHandle } from './clock';
import { systemClock } from './clock';
import type { Logger } from './logger';
import type { SessionEngine } from './sessionEngine';

export const DEVICE_SEEN_WINDOW_MS = 250;

export interface AttendanceMarker {
  /** A principal's hello was accepted. */
  deviceConnected(principal: Principal): void;
  /** After every commit: a new sitting in progress marks every connected delegate. */
  committed(): void;
  /** Commits the gathered seats now. */
  flush(): void;
  stop(): void;
}

export interface AttendanceMarkerOptions {
  engine: SessionEngine;
  /** Seats of the delegates with a live connection now. */
  connectedSeats(): Iterable<number>;
  log: Logger;
  windowMs?: number;
  clock?: Clock;
}

export function createAttendanceMarker(options: AttendanceMarkerOptions): AttendanceMarker {
  const { engine, connectedSeats, log, windowMs = DEVICE_SEEN_WINDOW_MS, clock = systemClock } = options;
  const pending = new Set<number>();
  let timer: TimerHandle | null = null;
  let flushQueued = false;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let sitting = sittingInProgress(engine.state());

  /** True when the seat may need an entry: a sitting is in progress and the seat has none in it. */
  function unmarked(seat: number): boolean {
    const state = engine.state();
    const current = sittingInProgress(state);
    return current !== null && attendanceEntryOf(state, current, seat) === undefined;
  }

  function gather(seats: Iterable<number>): void {
    for (const seat of seats) if (unmarked(seat)) pending.add(seat);
    if (pending.size === 0 || timer !== null || flushQueued) return;
    const wait = lastFlushAt + windowMs - clock.now();
    if (wait > 0) {
      timer = clock.setTimeout(flush, wait);
      return;
    }
    // Never inside a commit's listeners: the engine's commit must not nest.
    flushQueued = true;
    queueMicrotask(flush);
  }

  function flush(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    flushQueued = false;
    if (pending.size === 0) return;
    lastFlushAt = clock.now();
    const seats = [...pending];
    pending.clear();
    const result = engine.executeOwn((state, now) => devicesSeenEvents(state, seats, now));
    if (result && !result.ok) log.warn('attendance from devices not recorded', { code: result.code, seats: seats.length });
  }

  return {
    deviceConnected(principal) {
      if (principal.role !== 'delegate' || principal.seat === null) return;
      gather([principal.seat]);
    },
    committed() {
      const now = sittingInProgress(engine.state());
      if (now === sitting) return;
      sitting = now;
      if (now !== null) gather(connectedSeats());
    },
    flush,
    stop() {
      flush();
    },
  };
}
