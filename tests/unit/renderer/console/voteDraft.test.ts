import { describe, expect, it } from 'vitest';
import { emptyVoteDraft, voteCreateFromDraft } from '../../../../src/renderer/console/voteDraft';
import type { VoteDraft } from '../../../../src/renderer/console/voteDraft';

const draft = (changes: Partial<VoteDraft>): VoteDraft => ({ ...emptyVoteDraft('item-1'), title: 'Nghị quyết về ngân sách', ...changes });

describe('voteCreateFromDraft', () => {
  it('makes an open resolution on the current item with the half-of-seated rule by default', () => {
    const outcome = voteCreateFromDraft(draft({}));
    expect(outcome).toEqual({
      ok: true,
      command: {
        type: 'vote.create',
        itemId: 'item-1',
        title: 'Nghị quyết về ngân sách',
        kind: 'resolution',
        secret: false,
        names: [],
        maxChoices: 1,
        rule: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
        quorum: { numerator: 2, denominator: 3, mode: 'warn' },
        durationSeconds: null,
        allowChange: false,
      },
    });
  });

  it('asks for a title first', () => {
    expect(voteCreateFromDraft(draft({ title: '   ' }))).toEqual({ ok: false, problem: 'console.titleRequired' });
  });

  it('asks an election for its candidates and a confidence vote for its officials', () => {
    expect(voteCreateFromDraft(draft({ kind: 'election', names: ' \n ' }))).toEqual({ ok: false, problem: 'vote.field.names.election' });
    expect(voteCreateFromDraft(draft({ kind: 'confidence' }))).toEqual({ ok: false, problem: 'vote.field.names.confidence' });
  });

  it('refuses a time limit outside 10–3600 whole seconds, and takes one inside', () => {
    for (const duration of ['9', '3601', '12.5', 'abc']) {
      expect(voteCreateFromDraft(draft({ duration }))).toEqual({ ok: false, problem: 'vote.field.duration' });
    }
    const outcome = voteCreateFromDraft(draft({ duration: ' 3600 ' }));
    expect(outcome.ok && outcome.command.durationSeconds).toBe(3600);
  });

  it('makes elections secret by law, never changeable, with at most as many choices as candidates', () => {
    const outcome = voteCreateFromDraft(draft({ kind: 'election', names: 'Lê Văn C\n\n Phạm Thị D \n', maxChoices: 5, allowChange: true }));
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.command).toMatchObject({ secret: true, allowChange: false, names: ['Lê Văn C', 'Phạm Thị D'], maxChoices: 2 });
  });

  it('never makes a show of hands secret, and drops names a resolution does not use', () => {
    const hands = voteCreateFromDraft(draft({ kind: 'hands', secret: true }));
    expect(hands.ok && hands.command.secret).toBe(false);
    const resolution = voteCreateFromDraft(draft({ names: 'Lê Văn C', maxChoices: 3 }));
    expect(resolution.ok && [resolution.command.names, resolution.command.maxChoices]).toEqual([[], 1]);
  });

  it('lets an open resolution allow changes, but not a secret one', () => {
    const open = voteCreateFromDraft(draft({ allowChange: true }));
    expect(open.ok && open.command.allowChange).toBe(true);
    const secret = voteCreateFromDraft(draft({ secret: true, allowChange: true }));
    expect(secret.ok && [secret.command.secret, secret.command.allowChange]).toEqual([true, false]);
  });
});
