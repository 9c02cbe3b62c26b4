/**
 * The `chamber` commands: operations on a data folder, for scripts. Each
 * command lives in its own file under cli/; this file only dispatches.
 * The commands work on the active session of the folder's catalog unless
 * --session names another.
 */
import type { CliCommand, CliOutput } from './cli/cliOutput';
import { processOutput } from './cli/cliOutput';
import { pairing } from './cli/pairingCommand';
import { verify } from './cli/verifyCommand';
// The minutes (biên bản) and count reports as DOCX or PDF.
import { minutes } from './cli/minutesCommand';
import { archive } from './cli/archiveCommand';
import { restore } from './cli/restoreCommand';

export type { CliCommand, CliOutput } from './cli/cliOutput';

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  pairing,
  verify,
  // The minutes (biên bản) and count reports as DOCX or PDF.
  minutes,
  // The record: archives of a session, and bringing one back.
  archive,
  restore,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  npm run chamber -- ${command.usage}`);
  return ['Usage:', ...lines, '  (the active session unless --session names another)'].join('\n');
}

export async function runCli(argv: string[], io: CliOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(usage());
    return 2;
  }
  return command.run(rest, io);
}
