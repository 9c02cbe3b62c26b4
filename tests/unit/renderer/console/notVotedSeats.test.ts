import { describe, expect, it } from 'vitest';
import { splitNotVoted } from '../../../../src/renderer/console/notVotedSeats';

describe('the chair’s list of who has not voted', () => {
  it('puts seats with a connected device among the present and the others among the absent', () => {
    expect(splitNotVoted([1, 3, 5, 7], ['seat-3', 'seat-7', 'seat-2', 'chair'])).toEqual({ present: [3, 7], absent: [1, 5] });
  });

  it('lists everyone as absent when no iPad is connected, and no one when all have voted', () => {
    expect(splitNotVoted([1, 2], [])).toEqual({ present: [], absent: [1, 2] });
    expect(splitNotVoted([], ['seat-1'])).toEqual({ present: [], absent: [] });
  });
});
