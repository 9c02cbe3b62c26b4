import { describe, expect, it } from 'vitest';
import { remainingMs, spokenMs } from '../../../../../src/shared/core';
import type { SpeechTimer } from '../../../../../src/shared/protocol';

const START = 1_700_000_000_000;
const minute: SpeechTimer = { startedAt: START, limitMs: 60_000, addedMs: 0, pausedAt: null, pausedMs: 0 };

describe('[F7] remainingMs: the time left on a speaker timer, from one start time', () => {
  it('is the whole limit at the start and counts down with the hub clock', () => {
    expect(remainingMs(minute, START)).toBe(60_000);
    expect(remainingMs(minute, START + 25_500)).toBe(34_500);
  });

  it('turns negative past the limit: the overrun', () => {
    expect(remainingMs(minute, START + 72_000)).toBe(-12_000);
  });

  it('adds the time the chair added', () => {
    expect(remainingMs({ ...minute, addedMs: 30_000 }, START + 72_000)).toBe(18_000);
  });

  it('stands still while paused, whatever the hub clock says', () => {
    const paused = { ...minute, pausedAt: START + 10_000 };
    expect(remainingMs(paused, START + 10_000)).toBe(50_000);
    expect(remainingMs(paused, START + 500_000)).toBe(50_000);
  });

  it('leaves finished pauses out of the time spoken', () => {
    const resumed = { ...minute, pausedMs: 20_000 };
    expect(spokenMs(resumed, START + 50_000)).toBe(30_000);
    expect(remainingMs(resumed, START + 50_000)).toBe(30_000);
  });

  it('never counts time before the start as spoken (a device clock estimate slightly behind)', () => {
    expect(spokenMs(minute, START - 400)).toBe(0);
    expect(remainingMs(minute, START - 400)).toBe(60_000);
  });

  it('gives every device the same time left once each converts its own clock with its hub offset', () => {
    const hubNow = START + 42_123;
    // A device 2 minutes behind the hub, and one 3 minutes and 7 ms ahead, each with its measured offset.
    const devices = [
      { localNow: hubNow - 120_000, offsetMs: 120_000 },
      { localNow: hubNow + 180_007, offsetMs: -180_007 },
    ];
    for (const device of devices) expect(remainingMs(minute, device.localNow + device.offsetMs)).toBe(remainingMs(minute, hubNow));
  });
});
