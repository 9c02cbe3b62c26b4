import { useState } from 'react';
import type { Command } from '../../shared/protocol';
import type { CommandOutcome, SessionConnection } from '../client/connectSession';
import { useT } from '../ui/language';
import { commandErrorKey } from './commandErrorKey';
import { useFeedback } from './feedback';

/**
 * Sends a command and reports its outcome in the secretary's language. While it
 * is under way `busy` is true, so buttons cannot send it twice.
 */
export function useCommand(connection: SessionConnection) {
  const t = useT();
  const show = useFeedback((state) => state.show);
  const [busy, setBusy] = useState(false);
  async function run(command: Command): Promise<CommandOutcome> {
    setBusy(true);
    try {
      const outcome = await connection.sendCommand(command);
      if (!outcome.ok) {
        show('error', t(commandErrorKey(outcome.code)));
      }
      return outcome;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy };
}
