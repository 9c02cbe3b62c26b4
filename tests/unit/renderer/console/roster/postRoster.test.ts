import { describe, expect, it } from 'vitest';
import { readRosterReply } from '../../../../../src/renderer/console/roster/postRoster';
import { columnLetter, importErrorKey } from '../../../../../src/renderer/console/roster/rosterMessages';

describe("reading the hub's answer to a roster import", () => {
  it('takes 200 { seq } as done', () => {
    expect(readRosterReply(200, { seq: 42 })).toEqual({ ok: true, seq: 42 });
  });

  it("passes the hub's rejection code on, so the console shows its own words for it", () => {
    expect(readRosterReply(409, { error: 'session_not_preparing', message: 'The session is open' })).toEqual({
      ok: false,
      code: 'session_not_preparing',
      message: 'The session is open',
    });
  });

  it('judges a body outside the contract by its status', () => {
    expect(readRosterReply(401, '<html>')).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(readRosterReply(413, null)).toMatchObject({ ok: false, code: 'roster_too_large' });
    expect(readRosterReply(502, null)).toMatchObject({ ok: false, code: 'invalid' });
    expect(readRosterReply(500, { seq: 3 })).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('the words for an import refusal', () => {
  it("uses the protocol's message for a known code, 'not connected' for no answer, and a general message otherwise", () => {
    expect(importErrorKey('duplicate_seat')).toBe('error.duplicate_seat');
    expect(importErrorKey('session_not_preparing')).toBe('error.session_not_preparing');
    expect(importErrorKey('network')).toBe('error.offline');
    expect(importErrorKey('something_new')).toBe('roster.import.failed');
  });
});

describe('column letters in the mapping', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
