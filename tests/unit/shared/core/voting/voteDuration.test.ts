import { describe, expect, it } from 'vitest';
import { isValidVoteDuration } from '../../../../../src/shared/core';
import { commandSchema, VOTE_DURATION_SECONDS } from '../../../../../src/shared/protocol';
import { voteCreateCommand } from '../fixtures';

describe('vote duration bounds', () => {
  it('accepts whole seconds from 10 to 3600', () => {
    expect(VOTE_DURATION_SECONDS).toEqual({ min: 10, max: 3600 });
    expect(isValidVoteDuration(10)).toBe(true);
    expect(isValidVoteDuration(90)).toBe(true);
    expect(isValidVoteDuration(3600)).toBe(true);
  });

  it('refuses a limit below 10 s, above an hour, or not in whole seconds', () => {
    expect(isValidVoteDuration(9)).toBe(false);
    expect(isValidVoteDuration(3601)).toBe(false);
    expect(isValidVoteDuration(30.5)).toBe(false);
    expect(isValidVoteDuration(Number.NaN)).toBe(false);
  });

  it('agrees with the vote.create schema at and beyond each bound', () => {
    for (const seconds of [9, 10, 3600, 3601, 12.5]) {
      const parsed = commandSchema.safeParse(voteCreateCommand({ durationSeconds: seconds }));
      expect(parsed.success, `${seconds} s`).toBe(isValidVoteDuration(seconds));
    }
  });
});
