/**
 * How a secret vote's counters are written so that updating one leaves no
 * trace of *which* one changed. SQLite stores an integer in as few bytes as it
 * needs (0 and 1 in none, up to 127 in one, …), so a count that grows from 1
 * to 2 makes its row longer, and SQLite moves the row to a fresh spot in the
 * page: the last counter to grow would then sit apart from the others, and a
 * copy of the file would show which answer the last ballot chose. Every count
 * is therefore stored with a large offset that keeps it in SQLite's 6-byte
 * integer form (2^40 ≤ value < 2^47), so an update is rewritten in place, the
 * same size, and the page's layout never changes after the counters are made.
 */

/** Added to every stored count; any count a council can reach stays in the same 6-byte form. */
export const STORED_COUNT_OFFSET = 2 ** 40;

/** The stored value of a count. */
export function storedCount(count: number): number {
  return STORED_COUNT_OFFSET + count;
}

/** The count a stored value stands for. */
export function countOf(stored: number): number {
  return stored - STORED_COUNT_OFFSET;
}
