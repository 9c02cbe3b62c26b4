/**
 * The `chamber` commands: operations on a data folder, for scripts.
 *   pairing --data DIR [--format json|text] [--base-url URL]   every current pairing link
 *   verify  --data DIR                                        check the event log's hash chain
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { initialState, replay } from '../shared/core';
import { loadHubKey } from './hub/auth/hubKey';
import { pairingLinks } from './hub/auth/pairingLinks';
import { buildTokenDirectory } from './hub/auth/tokens';
import { DATABASE_FILE, readHubInfo } from './hub/dataFolder';
import { lanAddress } from './hub/lanAddress';
import { openSqliteEventLog } from './hub/store/sqliteEventLog';
import { defaultDataDir } from './defaultDataDir';
import { DEFAULT_PORT } from './serveOptions';

const USAGE = `Usage:
  npm run chamber -- pairing --data DIR [--format json|text] [--base-url URL]
  npm run chamber -- verify --data DIR`;

/** Output sinks, so the commands can run inside tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const processOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

export function runCli(argv: string[], io: CliOutput = processOutput): number {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { data: { type: 'string' }, format: { type: 'string' }, 'base-url': { type: 'string' } },
    strict: true,
  });
  const dataDir = values.data ?? defaultDataDir();
  switch (command) {
    case 'pairing':
      return printPairing(io, dataDir, values.format ?? 'text', values['base-url']);
    case 'verify':
      return verify(io, dataDir);
    default:
      io.err(USAGE);
      return 2;
  }
}

function printPairing(io: CliOutput, dataDir: string, format: string, baseUrlOption: string | undefined): number {
  if (format !== 'json' && format !== 'text') {
    io.err(`--format must be json or text, not "${format}"`);
    return 2;
  }
  const log = openSqliteEventLog(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const snapshot = log.latestSnapshot();
    const state = replay(log.readAfter(snapshot?.seq ?? 0).map((stored) => stored.event), snapshot?.state ?? initialState);
    const tokens = buildTokenDirectory(loadHubKey(dataDir), state);
    const baseUrl = baseUrlOption ?? readHubInfo(dataDir)?.publicUrl ?? `https://${lanAddress()}:${DEFAULT_PORT}`;
    const links = pairingLinks(state, tokens, baseUrl).map(({ seat, name, role, token, url }) => ({ seat, name, role, token, url }));
    if (format === 'json') io.out(JSON.stringify(links, null, 2));
    else for (const link of links) io.out(`${link.seat ?? '-'}\t${link.role}\t${link.name}\t${link.url}`);
    return 0;
  } finally {
    log.close();
  }
}

function verify(io: CliOutput, dataDir: string): number {
  const log = openSqliteEventLog(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const result = log.verify();
    if (result.ok) {
      io.out(`The event log is intact: ${result.count} events, every hash matches.`);
      const snapshot = log.latestSnapshot();
      if (!snapshot) return 0;
      const replayed = replay(log.readAfter(0).filter((stored) => stored.seq <= snapshot.seq).map((stored) => stored.event));
      if (JSON.stringify(replayed) !== JSON.stringify(snapshot.state)) {
        io.err(`The snapshot at seq ${snapshot.seq} does not match the log; delete it and the hub rebuilds from the log.`);
        return 1;
      }
      io.out(`The snapshot at seq ${snapshot.seq} matches the log.`);
      return 0;
    }
    io.err(`The event log is broken at seq ${result.seq}: ${result.reason}.`);
    return 1;
  } finally {
    log.close();
  }
}
