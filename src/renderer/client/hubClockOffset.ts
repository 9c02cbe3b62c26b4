/**
 * How far the hub's clock is ahead of this device's, estimated from the hub's
 * timestamps on the events it sends. An event stamped `at` by the hub and
 * received at local time `t` gives `at − t` = offset − (its age on arrival),
 * so the largest value seen is the best estimate: live events arrive within
 * milliseconds, while events replayed after a reconnect are older and lower.
 * Only recent samples count, so a clock that was set (on either side) heals:
 * the welcome gives the first sample at connect, and a pong every 10 s keeps
 * the window filled, so a window of a minute always holds several.
 * Used where the device must act on the hub's time: a vote's deadline, a speaker's timer.
 */
export interface HubClockOffset {
  /** Records an event stamped `hubTime` (ms since the epoch, hub clock) that arrived at `localTime`. */
  observe(hubTime: number, localTime: number): void;
  /** The hub's clock minus this device's, in ms; null before any event was seen in the window. */
  offsetMs(localTime: number): number | null;
}

/** Samples older than this no longer count. */
export const HUB_CLOCK_WINDOW_MS = 60_000;
const MAX_SAMPLES = 256;

export function createHubClockOffset(windowMs = HUB_CLOCK_WINDOW_MS): HubClockOffset {
  let samples: Array<{ localTime: number; offset: number }> = [];
  const recent = (localTime: number) => samples.filter((sample) => sample.localTime <= localTime && localTime - sample.localTime <= windowMs);
  return {
    observe(hubTime, localTime) {
      samples = [...recent(localTime), { localTime, offset: hubTime - localTime }].slice(-MAX_SAMPLES);
    },
    offsetMs(localTime) {
      const current = recent(localTime);
      return current.length === 0 ? null : Math.max(...current.map((sample) => sample.offset));
    },
  };
}
