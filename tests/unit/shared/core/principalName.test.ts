import { describe, expect, it } from 'vitest';
import { principalName } from '../../../../src/shared/core';
import { preparingState } from './fixtures';

const state = preparingState();

describe('principalName', () => {
  it('names a delegate by their seat and a guest by the roster', () => {
    expect(principalName(state, { id: 'seat-2', role: 'delegate', seat: 2, generation: 1 })).toBe('Trần Thị Bình');
    expect(principalName(state, { id: 'guest-1', role: 'guest', seat: null, generation: 1 })).toBe('Lê Văn Khách');
  });

  it('gives staff, the screen and a guest no longer listed an empty name, which clients label by role', () => {
    expect(principalName(state, { id: 'secretary', role: 'secretary', seat: null, generation: 1 })).toBe('');
    expect(principalName(state, { id: 'screen', role: 'screen', seat: null, generation: 1 })).toBe('');
    expect(principalName(state, { id: 'guest-9', role: 'guest', seat: null, generation: 1 })).toBe('');
  });
});
