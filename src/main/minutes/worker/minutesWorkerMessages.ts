/** What the minutes worker thread is started with, sent, and answers. */
import type { MinutesErrorCode } from '../minutesError';
import type { MinutesScope } from '../minutesDocument';
import type { MinutesFormat } from '../minutesFile';
import type { MinutesCheck } from '../verify/checkMinutesFile';

/** Given once, when the worker starts: what the hub's own thread uses, so the worker opens and lays out the same. */
export interface MinutesWorkerData {
  /** better-sqlite3's native binding file (the hub's, or the one npm built beside the package). */
  sqliteBinding: string;
  /** The folder of Liberation Serif, as the hub found it. */
  fontsDir: string;
}

/** One job: make a minutes file from a session's log, or check a file against it. */
export type MinutesJob =
  | { kind: 'make'; databaseFile: string; scope: MinutesScope; format: MinutesFormat; locale: 'vi' | 'en' }
  /** The file's bytes are transferred; only the named session's log is read. */
  | { kind: 'check'; bytes: ArrayBuffer; sessionId: string; databaseFile: string };

export type MinutesJobAnswer =
  | { kind: 'made'; fileName: string; contentType: string; bytes: ArrayBuffer; eventCount: number }
  | { kind: 'refused'; code: MinutesErrorCode; message: string }
  | { kind: 'checked'; check: MinutesCheck }
  | { kind: 'failed'; message: string };
