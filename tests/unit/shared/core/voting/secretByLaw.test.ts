import { describe, expect, it } from 'vitest';
import { decide } from '../../../../../src/shared/core';
import { ctxFor, sessionState, voteCreateCommand } from '../fixtures';

const base = sessionState();
const names = ['Nguyễn Văn An'];

describe('elections and confidence votes are secret by law', () => {
  it.each(['election', 'confidence'] as const)('[V4] a %s with secret: false is refused with secret_by_law and creates nothing', (kind) => {
    const decision = decide(base, voteCreateCommand({ kind, names, secret: false }), ctxFor('secretary'));
    expect(decision).toMatchObject({ ok: false, code: 'secret_by_law' });
    expect(decision.ok ? null : decision.message).toMatch(/secret ballot by law/);
  });

  it.each(['election', 'confidence'] as const)('[V4] a %s that allows changing the ballot is refused with secret_by_law, even when secret', (kind) => {
    expect(decide(base, voteCreateCommand({ kind, names, secret: true, allowChange: true }), ctxFor('secretary'))).toMatchObject({ ok: false, code: 'secret_by_law' });
    expect(decide(base, voteCreateCommand({ kind, names, secret: false, allowChange: true }), ctxFor('secretary'))).toMatchObject({ ok: false, code: 'secret_by_law' });
  });

  it.each(['election', 'confidence'] as const)('a secret %s that cannot be changed is created', (kind) => {
    expect(decide(base, voteCreateCommand({ kind, names, secret: true, allowChange: false }), ctxFor('secretary')).ok).toBe(true);
  });

  it('a resolution may still be open (named) and changeable', () => {
    expect(decide(base, voteCreateCommand({ secret: false, allowChange: true }), ctxFor('secretary')).ok).toBe(true);
  });
});

describe('a secret ballot cannot be changed', () => {
  it('[V3] a secret resolution that allows changing the ballot is refused as invalid', () => {
    expect(decide(base, voteCreateCommand({ secret: true, allowChange: true }), ctxFor('secretary'))).toMatchObject({ ok: false, code: 'invalid' });
  });
});
