/** `archive --data DIR --session ID --out FILE`: one file holding a session, its databases and documents, with a manifest of hashes. */
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../defaultDataDir';
import { ArchiveError } from '../record/archiveError';
import { writeSessionArchive } from '../record/writeSessionArchive';
import type { CliCommand, CliOutput } from './cliOutput';

export async function archiveCommand(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, session: { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (values.session === undefined || values.out === undefined) {
    io.err(`Both --session ID and --out FILE are needed.\n  npm run chamber -- ${archive.usage}`);
    return 2;
  }
  try {
    const written = await writeSessionArchive({ dataDir: values.data ?? defaultDataDir(), sessionId: values.session, out: values.out });
    const { manifest } = written;
    io.out(`Archived session ${manifest.sessionId} ("${manifest.title}") to ${written.file}`);
    io.out(`  ${manifest.eventCount} events, final hash ${manifest.finalHash}`);
    io.out(`  ${manifest.entries.length} files, ${manifest.entries.filter((entry) => entry.path.startsWith('documents/')).length} of them documents`);
    return 0;
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    io.err(error.message);
    return error.code === 'invalid' || error.code === 'not_found' ? 2 : 1;
  }
}

export const archive: CliCommand = {
  usage: 'archive --data DIR --session ID --out FILE   one file with the session, its databases and documents',
  run: archiveCommand,
};
