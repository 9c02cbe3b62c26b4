import type { PlainMessageKey } from '../../shared/i18n/translate';
import type { CommandOutcome } from '../client/connectSession';

/** The message the console shows for a refused command: the hub's code, or "not connected" when no answer came. */
export function commandErrorKey(code: Extract<CommandOutcome, { ok: false }>['code']): PlainMessageKey {
  return code === 'offline' || code === 'timeout' ? 'error.offline' : `error.${code}`;
}
