/**
 * What a session's status allows: preparing → open → ended, forward only.
 * Setting up (the session's info, sittings, settings, the roster import) is
 * for a preparing session; votes open, and the session ends, only once it is
 * open; an ended session is read-only.
 */
import type { CommandType, SessionStatus } from '../../protocol';
import type { Rejection } from '../decision';
import { reject } from '../decision';

const PREPARING_ONLY: ReadonlySet<CommandType> = new Set<CommandType>([
  'session.update',
  'session.open',
  'sitting.add',
  'sitting.update',
  'sitting.remove',
  'settings.update',
  'roster.import',
]);

const OPEN_ONLY: ReadonlySet<CommandType> = new Set<CommandType>(['vote.open', 'session.end']);

/** The refusal a command meets in a session of this status, or null when the status allows it. */
export function lifecycleRefusal(status: SessionStatus, type: CommandType): Rejection | null {
  if (status === 'ended') return reject('session_ended', 'The session has ended; it is read-only');
  if (status === 'open' && PREPARING_ONLY.has(type)) return reject('session_not_preparing', `${type} is allowed only while the session is being prepared`);
  if (status === 'preparing' && OPEN_ONLY.has(type)) return reject('session_not_open', `${type} needs an open session`);
  return null;
}
