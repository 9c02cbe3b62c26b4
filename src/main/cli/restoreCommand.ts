/**
 * `restore --in FILE --data DIR`: brings an archived session back, every hash
 * checked first, as a read-only session of the folder's catalog. Run it with
 * the hub stopped (or restore from the console): a hub that runs keeps its
 * own copy of the catalog.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../defaultDataDir';
import { CATALOG_FILE, openSessionCatalog } from '../hub/catalog/sessionCatalog';
import { makeFolderDurably } from '../hub/store/durableFiles';
import { silentLogger } from '../hub/logger';
import { ArchiveError } from '../record/archiveError';
import { restoreSessionArchive } from '../record/restoreSessionArchive';
import type { CliCommand, CliOutput } from './cliOutput';

export async function restoreCommand(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, in: { type: 'string' } }, strict: true });
  if (values.in === undefined) {
    io.err(`--in FILE is needed.\n  npm run chamber -- ${restore.usage}`);
    return 2;
  }
  const dataDir = values.data ?? defaultDataDir();
  const catalogFile = join(dataDir, CATALOG_FILE);
  const hadCatalog = existsSync(catalogFile);
  let restoredOne = false;
  try {
    makeFolderDurably(dataDir);
    const catalog = openSessionCatalog(dataDir, silentLogger);
    const restored = await restoreSessionArchive({ archive: values.in, dataDir, catalog });
    restoredOne = true;
    io.out(`Restored session ${restored.sessionId} ("${restored.title}") into ${dataDir}, read-only.`);
    io.out(`  ${restored.eventCount} events, final hash ${restored.finalHash}; ${restored.documents} documents`);
    return 0;
  } catch (error) {
    if (error instanceof ArchiveError) {
      io.err(error.message);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      io.err(`Cannot read ${values.in}: no such file.`);
      return 2;
    }
    throw error;
  } finally {
    // Opening the catalog writes one; a refused restore into a folder that had none leaves none.
    if (!restoredOne && !hadCatalog) rmSync(catalogFile, { force: true });
  }
}

export const restore: CliCommand = {
  usage: 'restore --in FILE --data DIR   bring an archived session back (read-only), every hash checked first',
  run: restoreCommand,
};
