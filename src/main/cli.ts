/**
 * The `chamber` commands: operations on a data folder, for scripts.
 *   pairing --data DIR [--session ID] [--format json|text] [--base-url URL]   every current pairing link
 *   verify  --data DIR [--session ID]                                        check the event log's hash chain
 * Both work on the active session of the folder's catalog unless --session names another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { replay } from '../shared/core';
import { sessionCatalogSchema } from '../shared/protocol';
import { loadHubKey } from './hub/auth/hubKey';
import { pairingLinks } from './hub/auth/pairingLinks';
import { buildTokenDirectory } from './hub/auth/tokens';
import { CATALOG_FILE } from './hub/catalog/sessionCatalog';
import { DATABASE_FILE, readHubInfo, sessionFolder } from './hub/dataFolder';
import { readSessionState } from './hub/store/readSessionState';
import { lanAddress } from './hub/lanAddress';
import { openSqliteEventLog } from './hub/store/sqliteEventLog';
import { defaultDataDir } from './defaultDataDir';
import { DEFAULT_PORT } from './serveOptions';

const USAGE = `Usage:
  npm run chamber -- pairing --data DIR [--session ID] [--format json|text] [--base-url URL]
  npm run chamber -- verify --data DIR [--session ID]
  (the active session unless --session names another)`;

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
    options: { data: { type: 'string' }, session: { type: 'string' }, format: { type: 'string' }, 'base-url': { type: 'string' } },
    strict: true,
  });
  const dataDir = values.data ?? defaultDataDir();
  if (command !== 'pairing' && command !== 'verify') {
    io.err(USAGE);
    return 2;
  }
  const database = sessionDatabase(dataDir, values.session);
  if (!database.ok) {
    io.err(database.message);
    return 2;
  }
  switch (command) {
    case 'pairing':
      return printPairing(io, dataDir, database.file, values.format ?? 'text', values['base-url']);
    case 'verify':
      return verify(io, database.file);
    default:
      io.err(USAGE);
      return 2;
  }
}

/**
 * The event log of the session asked for, or of the catalog's active one. A
 * folder of the one-session layout (a hub of this version has not started on
 * it yet) has its log at the top.
 */
function sessionDatabase(dataDir: string, sessionId: string | undefined): { ok: true; file: string } | { ok: false; message: string } {
  if (sessionId !== undefined) {
    let folder: string;
    try {
      folder = sessionFolder(dataDir, sessionId);
    } catch {
      return { ok: false, message: `"${sessionId}" is not a session id` };
    }
    const file = join(folder, DATABASE_FILE);
    return existsSync(file) ? { ok: true, file } : { ok: false, message: `No session ${sessionId} in ${dataDir}` };
  }
  const topLevel = join(dataDir, DATABASE_FILE);
  if (existsSync(topLevel)) return { ok: true, file: topLevel };
  let active: string | null;
  try {
    active = sessionCatalogSchema.parse(JSON.parse(readFileSync(join(dataDir, CATALOG_FILE), 'utf8'))).activeSessionId;
  } catch {
    return { ok: false, message: `${join(dataDir, CATALOG_FILE)} cannot be read: name the session with --session ID (the folders under sessions/)` };
  }
  if (active === null) return { ok: false, message: 'No session is active in this data folder: name one with --session ID (the folders under sessions/)' };
  return { ok: true, file: join(sessionFolder(dataDir, active), DATABASE_FILE) };
}

function printPairing(io: CliOutput, dataDir: string, database: string, format: string, baseUrlOption: string | undefined): number {
  if (format !== 'json' && format !== 'text') {
    io.err(`--format must be json or text, not "${format}"`);
    return 2;
  }
  const log = openSqliteEventLog(database, { readonly: true });
  try {
    const state = readSessionState(log);
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

function verify(io: CliOutput, database: string): number {
  const log = openSqliteEventLog(database, { readonly: true });
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
