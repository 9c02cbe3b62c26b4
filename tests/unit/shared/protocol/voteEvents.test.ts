import { describe, expect, it } from 'vitest';
import { domainEventSchema } from '../../../../src/shared/protocol';

const settings = {
  id: 'v1',
  itemId: null,
  title: 'Nghị quyết về dự toán ngân sách năm 2027',
  kind: 'resolution',
  secret: false,
  rows: [{ id: 'motion', label: 'Nghị quyết' }],
  options: [{ id: 'for', label: 'Tán thành' }],
  maxChoices: 1,
  rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
  quorum: { numerator: 2, denominator: 3, mode: 'warn' },
  durationSeconds: null,
  allowChange: false,
};

describe('vote.created', () => {
  it('carries a vote in its created shape', () => {
    const parsed = domainEventSchema.parse({ type: 'vote.created', vote: { status: 'created', ...settings } });
    expect(parsed).toEqual({ type: 'vote.created', vote: { status: 'created', ...settings } });
  });

  it('still reads a vote written by protocol 1, with every later field null, as the created shape', () => {
    const legacy = { ...settings, status: 'created', openedAt: null, closedAt: null, seated: null, present: null, quorumMet: null, tally: null, named: null, cancelReason: null };
    expect(domainEventSchema.parse({ type: 'vote.created', vote: legacy })).toEqual({ type: 'vote.created', vote: { status: 'created', ...settings } });
  });

  it('refuses a new vote that is already open or carries a tally', () => {
    expect(domainEventSchema.safeParse({ type: 'vote.created', vote: { ...settings, status: 'open' } }).success).toBe(false);
    expect(domainEventSchema.safeParse({ type: 'vote.created', vote: { ...settings, status: 'created', tally: { participants: 0, counts: {} } } }).success).toBe(false);
  });
});
