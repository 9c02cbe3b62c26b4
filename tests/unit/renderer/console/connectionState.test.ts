import { describe, expect, it } from 'vitest';
import { consoleLink } from '../../../../src/renderer/console/connectionState';

describe('the console link', () => {
  it('allows commands only on a live, caught-up link', () => {
    expect(consoleLink('online', true, true)).toEqual({ live: true, lost: false });
    expect(consoleLink('online', false, true).live).toBe(false);
  });

  it('reports the link lost when it was up once and is down or reconnecting now', () => {
    expect(consoleLink('offline', false, true)).toEqual({ live: false, lost: true });
    expect(consoleLink('connecting', false, true)).toEqual({ live: false, lost: true });
    expect(consoleLink('incompatible', false, true)).toEqual({ live: false, lost: true });
  });

  it('is not "lost" before the first connection, only not live yet', () => {
    expect(consoleLink('connecting', false, false)).toEqual({ live: false, lost: false });
  });
});
