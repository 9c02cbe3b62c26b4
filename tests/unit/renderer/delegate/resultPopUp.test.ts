import { describe, expect, it } from 'vitest';
import type { PublishedVote, VoteInfo } from '../../../../src/shared/protocol';
import { latestPublishedVote, RECENT_RESULT_MS, resultPopsUp } from '../../../../src/renderer/delegate/resultPopUp';

const PUBLISHED_AT = 1_800_000_000_000;

function published(id: string, publishedAt: number | undefined, closedAt = 1): PublishedVote {
  return {
    status: 'published', id, itemId: null, title: id, kind: 'hands', secret: false, rows: [{ id: 'motion', label: 'Nghị quyết' }],
    options: [{ id: 'for', label: 'Tán thành' }], maxChoices: 1, rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
    quorum: { numerator: 2, denominator: 3, mode: 'off' }, durationSeconds: null, allowChange: false,
    openedAt: 0, seated: 2, present: 2, quorumMet: true, closedAt, ...(publishedAt === undefined ? {} : { publishedAt }),
    tally: { participants: 1, counts: { motion: { for: 1 } } }, named: null,
  };
}

describe('which published result pops up on an iPad (issue 12)', () => {
  it('takes the result published last, whatever the order the votes were created in', () => {
    const votes: VoteInfo[] = [published('later', PUBLISHED_AT + 60_000), published('earlier', PUBLISHED_AT)];
    expect(latestPublishedVote(votes)?.id).toBe('later');
    expect(latestPublishedVote([])).toBeUndefined();
  });

  it('never pops up a result this device already closed', () => {
    expect(resultPopsUp(published('v', PUBLISHED_AT), { seen: true, seenBeforePublished: true, hubNow: PUBLISHED_AT })).toBe(false);
  });

  it('pops up a result whose vote this page saw, however long ago it was published', () => {
    expect(resultPopsUp(published('v', PUBLISHED_AT), { seen: false, seenBeforePublished: true, hubNow: PUBLISHED_AT + 60 * 60_000 })).toBe(true);
  });

  it('gives a newly joined iPad the latest result only while it is fresh by the hub clock', () => {
    const vote = published('v', PUBLISHED_AT);
    expect(resultPopsUp(vote, { seen: false, seenBeforePublished: false, hubNow: PUBLISHED_AT + RECENT_RESULT_MS - 1 })).toBe(true);
    expect(resultPopsUp(vote, { seen: false, seenBeforePublished: false, hubNow: PUBLISHED_AT + RECENT_RESULT_MS + 1 })).toBe(false);
  });

  it('gives a newly joined iPad no pop-up for a result with no publication time (published before it was recorded)', () => {
    expect(resultPopsUp(published('v', undefined), { seen: false, seenBeforePublished: false, hubNow: PUBLISHED_AT })).toBe(false);
  });
});
