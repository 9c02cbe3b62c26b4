/**
 * `verify --minutes`: checks a minutes file (DOCX or PDF) against the session
 * record it says it was made from. The file's record stamp names the scope,
 * the number of events N and the hash of the Nth; the check rebuilds the
 * document from the log's first N events, requires the log's chain to hold
 * and its Nth hash to equal the stamp's, and compares the words of the file
 * with the rebuilt document's, reporting the first that differs.
 */
import { buildMinutes } from '../buildMinutes';
import { MinutesError } from '../minutesError';
import type { MinutesRecordStamp } from '../minutesDocument';
import { minutesText } from '../minutesText';
import type { CheckedRecord } from './readCheckedRecord';
import { readRecordStamp } from '../recordStamp';
import { pdfFont } from '../render/pdfFont';
import { compareWords } from './compareWords';
import { extractDocxText, UnreadableMinutesFile } from './extractDocxText';
import { extractPdfText } from './extractPdfText';

export type MinutesFileKind = 'docx' | 'pdf';

/** Why a file does not match the record, for a caller that words it in its own language. */
export type MinutesMismatchCode = 'not_minutes' | 'no_stamp' | 'other_session' | 'broken_record' | 'too_few_events' | 'hash_mismatch' | 'cannot_rebuild' | 'differs';

/** The first word where the file and the record part ("" where one of them has ended). */
export interface MinutesDifference {
  /** 1-based position of the word in the record's text. */
  word: number;
  fileSays: string;
  recordSays: string;
  /** The record's words just before it. */
  context: string;
}

export type MinutesCheck =
  | { ok: true; kind: MinutesFileKind; record: MinutesRecordStamp; words: number }
  | { ok: false; code: MinutesMismatchCode; message: string; difference?: MinutesDifference };

/** Reads the events of the session a stamp names; null when the data folder has no such session. */
export type SessionEventsReader = (sessionId: string) => CheckedRecord | null;

/** The kind of file by its content, not its name: a ZIP package or a PDF. */
export function minutesFileKind(bytes: Uint8Array): MinutesFileKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-') ? 'pdf' : null;
}

export async function checkMinutesFile(bytes: Uint8Array, readSession: SessionEventsReader): Promise<MinutesCheck> {
  const kind = minutesFileKind(bytes);
  if (kind === null) return { ok: false, code: 'not_minutes', message: 'The file is neither a DOCX nor a PDF.' };
  let fileText: string;
  try {
    fileText = kind === 'docx' ? extractDocxText(bytes) : await extractPdfText(bytes);
  } catch (error) {
    if (error instanceof UnreadableMinutesFile) return { ok: false, code: 'not_minutes', message: error.message };
    throw error;
  }
  const stamp = readRecordStamp(fileText);
  if (stamp === null) return { ok: false, code: 'no_stamp', message: 'The file carries no record stamp (the number of events and the final hash on its last page): it was not made by Chamber, or the stamp was edited.' };
  const { record } = stamp;
  const session = readSession(record.scope.sessionId);
  if (session === null) return { ok: false, code: 'other_session', message: `The file was made from session ${record.scope.sessionId}, which is not in this data folder.` };
  if (!session.chain.ok) return { ok: false, code: 'broken_record', message: `The session's event log is broken at seq ${session.chain.seq} (${session.chain.reason}): the record itself cannot be trusted.` };
  if (session.events.length < record.eventCount) {
    return { ok: false, code: 'too_few_events', message: `The file says it was made from ${record.eventCount} events, but the record has only ${session.events.length}.` };
  }
  const events = session.events.slice(0, record.eventCount);
  const recordHash = events.at(-1)?.hash ?? '';
  if (recordHash !== record.finalHash) {
    return { ok: false, code: 'hash_mismatch', message: `The file's final hash ${record.finalHash} is not the hash of event ${record.eventCount} in the record (${recordHash}).` };
  }
  let rebuilt;
  try {
    rebuilt = buildMinutes(events, record.scope, stamp.locale);
  } catch (error) {
    if (error instanceof MinutesError) return { ok: false, code: 'cannot_rebuild', message: `The record cannot make this document again: ${error.message}` };
    throw error;
  }
  const expected = kind === 'pdf' ? pdfFont().shown(minutesText(rebuilt)) : minutesText(rebuilt);
  const comparison = compareWords(fileText, expected);
  if (!comparison.same) {
    const after = comparison.context === '' ? '' : ` (after "${comparison.context}")`;
    const fileSays = comparison.fileSays === '' ? 'nothing more' : `"${comparison.fileSays}"`;
    const recordSays = comparison.recordSays === '' ? 'nothing more' : `"${comparison.recordSays}"`;
    return {
      ok: false,
      code: 'differs',
      message: `The file differs from the record at word ${comparison.index + 1}${after}: the file says ${fileSays}, the record says ${recordSays}.`,
      difference: { word: comparison.index + 1, fileSays: comparison.fileSays, recordSays: comparison.recordSays, context: comparison.context },
    };
  }
  return { ok: true, kind, record, words: comparison.words };
}
