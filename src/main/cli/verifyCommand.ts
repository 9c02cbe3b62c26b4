import { parseArgs } from 'node:util';
import { defaultDataDir } from '../defaultDataDir';
import type { CliCommand, CliOutput } from './cliOutput';
import { verifyChain } from './verifyChain';
// The minutes check (verify --minutes).
import { verifyMinutes } from './verifyMinutes';
import { receiptMode } from './verifyReceipt';

/** What every verify mode gets: the data folder (resolved) and the session named, if any. */
export interface VerifyContext {
  dataDir: string;
  sessionId: string | undefined;
  io: CliOutput;
}

/**
 * A mode of `verify`, chosen by its option (`--<option> VALUE`). Add a mode
 * by adding a line to VERIFY_MODES; without any mode option, verify checks
 * the event log's hash chain.
 */
export interface VerifyMode {
  option: string;
  usage: string;
  run(value: string, context: VerifyContext): number | Promise<number>;
}

const VERIFY_MODES: readonly VerifyMode[] = [
  // The minutes check (verify --minutes).
  verifyMinutes,
  receiptMode,
];

const CHAIN_USAGE = 'verify --data DIR [--session ID]   check the event log\'s hash chain';

export async function verifyCommand(args: string[], io: CliOutput): Promise<number> {
  const modeOptions: Record<string, { type: 'string' }> = Object.fromEntries(VERIFY_MODES.map((mode) => [mode.option, { type: 'string' as const }]));
  const { values }: { values: Record<string, string | boolean | undefined> } = parseArgs({
    args,
    options: { data: { type: 'string' }, session: { type: 'string' }, ...modeOptions },
    strict: true,
  });
  const context: VerifyContext = { dataDir: stringOption(values.data) ?? defaultDataDir(), sessionId: stringOption(values.session), io };
  const chosen = VERIFY_MODES.filter((mode) => stringOption(values[mode.option]) !== undefined);
  if (chosen.length > 1) {
    io.err(`verify checks one thing at a time: ${chosen.map((mode) => `--${mode.option}`).join(' or ')}, not both`);
    return 2;
  }
  const [mode] = chosen;
  if (!mode) return verifyChain(context.dataDir, context.sessionId, io);
  return mode.run(stringOption(values[mode.option]) ?? '', context);
}

function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export const verify: CliCommand = {
  usage: [CHAIN_USAGE, ...VERIFY_MODES.map((mode) => mode.usage)].join('\n  '),
  run: verifyCommand,
};
