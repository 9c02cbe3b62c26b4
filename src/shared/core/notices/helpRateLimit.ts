/**
 * The domain limit on help requests: a few per principal a minute. The
 * socket's own message limit stops floods of any kind; this one keeps one
 * seat from burying the secretariat's list under requests that each pass it.
 * It counts the requests in the state, so it holds across reconnects and
 * restarts, and needs no clock but the command's.
 */
import type { HelpRequest } from '../../protocol';
import { NOTICE_LIMITS } from '../../protocol';
import type { Rejection } from '../decision';
import { reject } from '../decision';

/** The refusal for a principal who sent too many requests within the window before `now`, or null. */
export function helpRateRefusal(requests: readonly HelpRequest[], principalId: string, now: number): Rejection | null {
  const since = now - NOTICE_LIMITS.helpWindowMs;
  let recent = 0;
  // Newest last: walk back only through the window.
  for (let index = requests.length - 1; index >= 0; index -= 1) {
    const request = requests[index] as HelpRequest;
    if (request.at <= since) break;
    if (request.principalId === principalId) recent += 1;
  }
  if (recent < NOTICE_LIMITS.helpPerWindow) return null;
  return reject('rate_limited', `At most ${NOTICE_LIMITS.helpPerWindow} help requests a minute from one device`);
}
