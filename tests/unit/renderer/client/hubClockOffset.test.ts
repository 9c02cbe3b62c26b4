/** The hub's clock offset, from the hub's event stamps: the freshest evidence wins, and old samples expire. */
import { describe, expect, it } from 'vitest';
import { createHubClockOffset, HUB_CLOCK_WINDOW_MS } from '../../../../src/renderer/client/hubClockOffset';

describe('hub clock offset', () => {
  it('is unknown before any event was seen', () => {
    expect(createHubClockOffset().offsetMs(1_000)).toBeNull();
  });

  it('reads the hub as 2 minutes ahead when a live event stamped 2 minutes ahead of this device arrives', () => {
    const clock = createHubClockOffset();
    clock.observe(1_000_000 + 120_000, 1_000_000);
    expect(clock.offsetMs(1_000_000)).toBe(120_000);
  });

  it('is not dragged down by old events replayed after a reconnect', () => {
    const clock = createHubClockOffset();
    clock.observe(1_000_000 + 5_000, 1_000_020);
    clock.observe(1_000_000 - 60_000, 1_000_100);
    expect(clock.offsetMs(1_000_100)).toBe(4_980);
  });

  it('forgets samples older than its window, so a clock that was set heals', () => {
    const clock = createHubClockOffset();
    clock.observe(2_000_000 + 30_000, 2_000_000);
    const later = 2_000_000 + HUB_CLOCK_WINDOW_MS + 1;
    clock.observe(later - 1_000, later);
    expect(clock.offsetMs(later)).toBe(-1_000);
  });
});
