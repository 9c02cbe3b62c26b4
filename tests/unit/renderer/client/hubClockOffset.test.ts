/** The hub's clock offset, from the hub's event stamps: the freshest evidence wins, and old samples expire. */
import { describe, expect, it } from 'vitest';
import { createHubClockOffset, HUB_CLOCK_WINDOW_MS } from '../../../../src/renderer/client/hubClockOffset';
import { RECONNECT } from '../../../../src/renderer/client/reconnectPolicy';

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

  it('measures a device clock 2 minutes behind from the welcome at connect, to within the message delay', () => {
    const clock = createHubClockOffset();
    const hubAtWelcome = 5_000_000;
    // The welcome left the hub at hubAtWelcome and arrived 4 ms later on a device 2 minutes behind.
    clock.observe(hubAtWelcome, hubAtWelcome + 4 - 120_000);
    expect(clock.offsetMs(hubAtWelcome + 4 - 120_000)).toBe(120_000 - 4);
  });

  it('holds several ping answers in its window, so the estimate never lapses while connected', () => {
    expect(HUB_CLOCK_WINDOW_MS / RECONNECT.pingEveryMs).toBeGreaterThanOrEqual(3);
  });

  it('follows a hub clock set back by 2 minutes within one window of pongs', () => {
    const clock = createHubClockOffset();
    let local = 1_000_000;
    const hubAhead = 30_000;
    for (let ping = 0; ping < 6; ping += 1, local += RECONNECT.pingEveryMs) clock.observe(local + hubAhead, local);
    expect(clock.offsetMs(local)).toBe(hubAhead);
    // The hub's clock is set back 2 minutes; its pongs keep arriving every 10 s, one window long.
    const setBack = local;
    for (; local <= setBack + HUB_CLOCK_WINDOW_MS; local += RECONNECT.pingEveryMs) clock.observe(local + hubAhead - 120_000, local);
    expect(clock.offsetMs(local - RECONNECT.pingEveryMs)).toBe(hubAhead - 120_000);
  });

  it('follows a device clock stepped forward by 2 minutes from the first pong after the step', () => {
    const clock = createHubClockOffset();
    clock.observe(1_000_000 + 30_000, 1_000_000);
    clock.observe(1_010_000 + 30_000, 1_010_000);
    const stepped = 1_020_000 + 120_000;
    clock.observe(1_020_000 + 30_000, stepped);
    expect(clock.offsetMs(stepped)).toBe(30_000 - 120_000);
  });
});
