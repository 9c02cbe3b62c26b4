import type { SessionState } from '../../shared/protocol';

/** A seat as the console lists it: the delegate's name, or "#n" for a seat without one. */
export function seatName(seats: SessionState['seats'], seat: number): string {
  return seats.find((candidate) => candidate.seat === seat)?.name ?? `#${seat}`;
}

/** Seats as a readable list: "3. Nguyễn Văn An, 7. Trần Thị Bình". */
export function seatList(seats: SessionState['seats'], numbers: readonly number[]): string {
  return numbers.map((seat) => `${seat}. ${seatName(seats, seat)}`).join(', ');
}
