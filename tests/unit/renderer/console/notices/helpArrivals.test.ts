/** The console rings for help requests that arrive while it is open, not for those it found on connecting. */
import { describe, expect, it } from 'vitest';
import { helpArrivals } from '../../../../../src/renderer/console/notices/helpArrivals';
import type { HelpRequest } from '../../../../../src/shared/protocol';

function request(id: string, resolvedAt: number | null = null): HelpRequest {
  return { id, principalId: 'seat-1', seat: 1, kind: 'technical', text: '', at: 1, resolvedAt };
}

describe('helpArrivals', () => {
  it('does not ring for the requests already there when the console connects', () => {
    const first = helpArrivals(null, [request('a'), request('b')]);
    expect(first.arrived).toEqual([]);
    expect([...first.known]).toEqual(['a', 'b']);
  });

  it('rings once for each request that arrives after, and not again when the list changes otherwise', () => {
    const first = helpArrivals(null, [request('a')]);
    const second = helpArrivals(first.known, [request('a'), request('b'), request('c')]);
    expect(second.arrived.map((entry) => entry.id)).toEqual(['b', 'c']);
    const third = helpArrivals(second.known, [request('a', 5), request('b'), request('c')]);
    expect(third.arrived).toEqual([]);
  });

  it('does not ring for a request first seen already handled', () => {
    const first = helpArrivals(null, []);
    expect(helpArrivals(first.known, [request('a', 9)]).arrived).toEqual([]);
  });
});
