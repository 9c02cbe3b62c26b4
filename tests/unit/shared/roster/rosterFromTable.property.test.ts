import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlockingProblem, rosterFromTable } from '../../../../src/shared/roster';
import type { RosterCell } from '../../../../src/shared/roster';

/** Cells as spreadsheets give them, biased towards what rosters hold: seat numbers, names, role words, blanks. */
const cell: fc.Arbitrary<RosterCell> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom('', '   ', 'Lê Văn An', 'Trần  Thị\u00a0Bình', 'Đại biểu', 'Khách mời', 'Thư ký', 'Chủ tịch', 'Phó Chủ tịch', 'x', '3', '3.0', '=1+1', "'=1+1"),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
);
const table = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 });
const mapping = fc.record({
  seat: fc.option(fc.nat(5), { nil: null }),
  name: fc.option(fc.nat(5), { nil: null }),
  office: fc.option(fc.nat(5), { nil: null }),
  group: fc.option(fc.nat(5), { nil: null }),
  role: fc.option(fc.nat(5), { nil: null }),
});

describe('no row is lost quietly', () => {
  it('every filled data row becomes a delegate, a guest, or a blocking problem on that row, and numbers stay unique', () => {
    fc.assert(
      fc.property(table, fc.option(fc.nat(3), { nil: null }), mapping, (rows, headerRow, columns) => {
        const result = rosterFromTable(rows, headerRow, columns);
        const filled = rows.filter((row, index) => (headerRow === null || index > headerRow) && row.some((value) => value !== null && String(value).trim() !== ''));
        const blockedRows = new Set(result.problems.filter(isBlockingProblem).map((problem) => problem.row));
        expect(result.seats.length + result.guests.length + blockedRows.size).toBe(filled.length);
        expect(new Set(result.seats.map((seat) => seat.seat)).size).toBe(result.seats.length);
        expect(new Set(result.guests.map((guest) => guest.number)).size).toBe(result.guests.length);
        for (const person of [...result.seats, ...result.guests]) {
          expect(person.name).not.toBe('');
          expect(person.name).toBe(person.name.normalize('NFC').replace(/\s+/gu, ' ').trim());
        }
      }),
      { numRuns: 400 },
    );
  });
});
