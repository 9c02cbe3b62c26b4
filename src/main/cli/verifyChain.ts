import { dirname, join } from 'node:path';
import { replay } from '../../shared/core';
import { BALLOTS_FILE } from '../hub/dataFolder';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { checkBallotStore } from '../record/checkBallotStore';
import type { CliOutput } from './cliOutput';
import { sessionDatabase } from './sessionDatabase';

/** `verify` without a mode option: the event log's hash chain, the latest snapshot and the secret ballots' store against the log. */
export function verifyChain(dataDir: string, sessionId: string | undefined, io: CliOutput): number {
  const database = sessionDatabase(dataDir, sessionId);
  if (!database.ok) {
    io.err(database.message);
    return 2;
  }
  const log = openSqliteEventLog(database.file, { readonly: true });
  try {
    const result = log.verify();
    if (result.ok) {
      io.out(`The event log is intact: ${result.count} events, every hash matches.`);
      io.out(`Final hash: ${result.finalHash}`);
      const events = log.readAfter(0);
      const ballots = checkBallotStore(events, join(dirname(database.file), BALLOTS_FILE));
      if (ballots) {
        io.err(`The secret ballots do not match the log at seq ${ballots.seq} (${ballots.type}): ${ballots.reason}.`);
        return 1;
      }
      io.out('The secret ballots match the tallies in the log.');
      const snapshot = log.latestSnapshot();
      if (!snapshot) return 0;
      const replayed = replay(events.filter((stored) => stored.seq <= snapshot.seq).map((stored) => stored.event));
      if (JSON.stringify(replayed) !== JSON.stringify(snapshot.state)) {
        io.err(`The snapshot at seq ${snapshot.seq} does not match the log; delete it and the hub rebuilds from the log.`);
        return 1;
      }
      io.out(`The snapshot at seq ${snapshot.seq} matches the log.`);
      return 0;
    }
    io.err(`The event log is broken at seq ${result.seq} (${result.type}): ${result.reason}.`);
    return 1;
  } finally {
    log.close();
  }
}
