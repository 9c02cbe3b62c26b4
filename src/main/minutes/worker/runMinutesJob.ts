/**
 * A minutes job, as the worker thread runs it: the session's log read
 * (read-only), then the document made or the file checked. The same functions
 * as the `minutes` and `verify --minutes` commands, which run them in-process.
 */
import { MinutesError } from '../minutesError';
import { makeMinutesFile } from '../minutesFile';
import { readVerifiedMinutesEvents } from '../readVerifiedMinutesEvents';
import { checkMinutesFile } from '../verify/checkMinutesFile';
import { readCheckedRecord } from '../verify/readCheckedRecord';
import type { MinutesJob, MinutesJobAnswer } from './minutesWorkerMessages';

export async function runMinutesJob(job: MinutesJob): Promise<MinutesJobAnswer> {
  if (job.kind === 'check') {
    const check = await checkMinutesFile(new Uint8Array(job.bytes), (sessionId) => (sessionId === job.sessionId ? readCheckedRecord(job.databaseFile) : null));
    return { kind: 'checked', check };
  }
  try {
    const events = readVerifiedMinutesEvents(job.databaseFile);
    const file = await makeMinutesFile(events, job.scope, job.format, job.locale);
    return { kind: 'made', fileName: file.fileName, contentType: file.contentType, bytes: exactBuffer(file.bytes), eventCount: events.length };
  } catch (error) {
    if (error instanceof MinutesError) return { kind: 'refused', code: error.code, message: error.message };
    throw error;
  }
}

/** The bytes in an ArrayBuffer of their own (a Buffer may be a view into a larger pool), to transfer. */
function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
