/**
 * `verify --minutes FILE`: checks a minutes file against the session record
 * of the data folder (the session the file's stamp names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, sessionFolder } from '../hub/dataFolder';
import { readCheckedRecord } from '../minutes/verify/readCheckedRecord';
import { checkMinutesFile } from '../minutes/verify/checkMinutesFile';
import type { VerifyContext, VerifyMode } from './verifyCommand';

export async function verifyMinutesFile(path: string, { dataDir, io }: VerifyContext): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    io.err(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = await checkMinutesFile(bytes, (sessionId) => {
    const file = join(sessionFolder(dataDir, sessionId), DATABASE_FILE);
    return existsSync(file) ? readCheckedRecord(file) : null;
  });
  if (!result.ok) {
    io.err(`${path} does not match the record. ${result.message}`);
    return 1;
  }
  io.out(`${path} matches the record: made from the first ${result.record.eventCount} events of session ${result.record.scope.sessionId} (final hash ${result.record.finalHash}); all ${result.words} words agree.`);
  return 0;
}

export const verifyMinutes: VerifyMode = {
  option: 'minutes',
  usage: 'npm run chamber -- verify --minutes FILE [--data DIR]   check a minutes file (DOCX or PDF) against the record',
  run: verifyMinutesFile,
};
