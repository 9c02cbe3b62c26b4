import { seatPrincipalId } from '../../shared/core';

/**
 * The seats that have not voted, split for the chair: delegates whose device is
 * connected (present, the ones to wait for) and seats with no device connected (absent).
 */
export function splitNotVoted(notVoted: readonly number[], online: readonly string[]): { present: number[]; absent: number[] } {
  const connected = new Set(online);
  return {
    present: notVoted.filter((seat) => connected.has(seatPrincipalId(seat))),
    absent: notVoted.filter((seat) => !connected.has(seatPrincipalId(seat))),
  };
}
