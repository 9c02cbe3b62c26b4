import { parseArgs } from 'node:util';
import { loadHubKey } from '../hub/auth/hubKey';
import { pairingLinks } from '../hub/auth/pairingLinks';
import { buildTokenDirectory } from '../hub/auth/tokens';
import { readHubInfo } from '../hub/dataFolder';
import { lanAddress } from '../hub/lanAddress';
import { readSessionState } from '../hub/store/readSessionState';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { defaultDataDir } from '../defaultDataDir';
import { DEFAULT_PORT } from '../serveOptions';
import type { CliCommand, CliOutput } from './cliOutput';
import { sessionDatabase } from './sessionDatabase';

/** `pairing`: every current pairing link of a session, as text or JSON. */
export function pairingCommand(args: string[], io: CliOutput): number {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, session: { type: 'string' }, format: { type: 'string' }, 'base-url': { type: 'string' } },
    strict: true,
  });
  const dataDir = values.data ?? defaultDataDir();
  const format = values.format ?? 'text';
  const database = sessionDatabase(dataDir, values.session);
  if (!database.ok) {
    io.err(database.message);
    return 2;
  }
  if (format !== 'json' && format !== 'text') {
    io.err(`--format must be json or text, not "${format}"`);
    return 2;
  }
  const log = openSqliteEventLog(database.file, { readonly: true });
  try {
    const state = readSessionState(log);
    const tokens = buildTokenDirectory(loadHubKey(dataDir), state);
    const baseUrl = values['base-url'] ?? readHubInfo(dataDir)?.publicUrl ?? `https://${lanAddress()}:${DEFAULT_PORT}`;
    const links = pairingLinks(state, tokens, baseUrl).map(({ seat, name, role, token, url }) => ({ seat, name, role, token, url }));
    if (format === 'json') io.out(JSON.stringify(links, null, 2));
    else for (const link of links) io.out(`${link.seat ?? '-'}\t${link.role}\t${link.name}\t${link.url}`);
    return 0;
  } finally {
    log.close();
  }
}

export const pairing: CliCommand = {
  usage: 'pairing --data DIR [--session ID] [--format json|text] [--base-url URL]   every current pairing link',
  run: pairingCommand,
};
