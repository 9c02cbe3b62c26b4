import { useState } from 'react';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import type { Command } from '../../../shared/protocol';
import type { SessionConnection } from '../../client/connectSession';

/** Sends a floor command from the iPad; `refusal` is the message for the last refusal, cleared by the next command. */
export function useFloorCommand(connection: SessionConnection) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<PlainMessageKey | null>(null);
  async function send(command: Command): Promise<void> {
    setBusy(true);
    setRefusal(null);
    try {
      const outcome = await connection.sendCommand(command);
      if (!outcome.ok) setRefusal(outcome.code === 'offline' || outcome.code === 'timeout' ? 'error.offline' : `error.${outcome.code}`);
    } finally {
      setBusy(false);
    }
  }
  return { send, busy, refusal };
}
