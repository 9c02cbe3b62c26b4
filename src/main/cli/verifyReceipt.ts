/**
 * `verify --receipt CODE`: tells a delegate whether their ballot was counted,
 * and in which vote. It prints the vote's title and time, and for an open
 * vote the seat; never a choice, and for a secret vote not the seat.
 */
import { dirname, join } from 'node:path';
import { normalizeReceiptCode } from '../../shared/protocol';
import type { ReceiptFinding } from '../../shared/protocol';
import { BALLOTS_FILE } from '../hub/dataFolder';
import { readSessionState } from '../hub/store/readSessionState';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { findReceipt } from '../record/receiptLookup';
import { formatVietnamTime } from '../record/vietnamTime';
import { sessionDatabase } from './sessionDatabase';
import type { VerifyContext, VerifyMode } from './verifyCommand';

function verifyReceipt(value: string, { dataDir, sessionId, io }: VerifyContext): number {
  const code = normalizeReceiptCode(value);
  if (code === null) {
    io.err(`"${value}" is not a ballot receipt: a receipt is 8 letters and digits, as XXXX-XXXX (shown on the iPad when the ballot was recorded).`);
    return 2;
  }
  const database = sessionDatabase(dataDir, sessionId);
  if (!database.ok) {
    io.err(database.message);
    return 2;
  }
  const log = openSqliteEventLog(database.file, { readonly: true });
  let state;
  try {
    state = readSessionState(log);
  } finally {
    log.close();
  }
  const finding = findReceipt(join(dirname(database.file), BALLOTS_FILE), state, code);
  io.out(describeReceipt(code, finding));
  return finding.found ? 0 : 1;
}

/** One line a delegate can read: where the ballot was counted, or that it was not found. */
export function describeReceipt(code: string, finding: ReceiptFinding): string {
  if (!finding.found) return `Receipt ${code}: not found in this session.`;
  const seat = finding.seat === undefined ? '' : ` (seat ${finding.seat})`;
  switch (finding.outcome) {
    case 'counted':
      return `Receipt ${code}: counted in vote "${finding.voteTitle}", ${finding.at === null ? '' : formatVietnamTime(finding.at)}${seat}.`;
    case 'open':
      return `Receipt ${code}: recorded in vote "${finding.voteTitle}", which is still open${seat}.`;
    case 'cancelled':
      return `Receipt ${code}: recorded in vote "${finding.voteTitle}", which was cancelled: nothing was counted${seat}.`;
  }
}

export const receiptMode: VerifyMode = {
  option: 'receipt',
  usage: 'verify --receipt CODE [--data DIR] [--session ID]   was this ballot counted, and in which vote',
  run: verifyReceipt,
};
