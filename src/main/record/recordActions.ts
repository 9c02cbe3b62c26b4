/**
 * What the record routes do on a running hub: check the active session's
 * chain, look a receipt up in it, write a session's archive while the hub
 * runs, and restore an uploaded archive into the catalog (one restore at a
 * time). Every answer is a value or an ArchiveError; nothing here throws for
 * bad input.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReceiptFinding, RecordCheck } from '../../shared/protocol';
import type { SessionSwitch } from '../hub/catalog/sessionSwitch';
import { BALLOTS_FILE, DATABASE_FILE, sessionFolder } from '../hub/dataFolder';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { checkBallotStore } from './checkBallotStore';
import { findReceipt } from './receiptLookup';
import { restoreSessionArchive } from './restoreSessionArchive';
import type { RestoredSession } from './restoreSessionArchive';
import { writeSessionArchive } from './writeSessionArchive';

export interface RecordActions {
  /** The active session's chain check; null in the lobby. */
  verify(): RecordCheck | null;
  /** A receipt (normalised) in the active session; null in the lobby. */
  findReceipt(code: string): ReceiptFinding | null;
  /** Writes a session's archive to a temporary file in the data folder; the caller sends it and calls `done`. */
  archive(sessionId: string): Promise<{ file: string; fileName: string; done(): void }>;
  /** Restores an archive file (an upload, in the data folder) into the catalog, marked restored. */
  restore(archiveFile: string): Promise<RestoredSession>;
  /** A temporary file name in the data folder, for an upload. */
  temporaryFile(kind: string): string;
}

/** The hub's own temporary files of uploads and archives to send; a hub that starts has none in progress. */
const LEFTOVER_PREFIXES = ['.upload-', '.archive-out-'];

export function createRecordActions(dataDir: string, sessions: SessionSwitch): RecordActions {
  for (const name of readdirSync(dataDir)) {
    if (LEFTOVER_PREFIXES.some((prefix) => name.startsWith(prefix))) rmSync(join(dataDir, name), { recursive: true, force: true });
  }
  let restoring: Promise<unknown> = Promise.resolve();
  const temporaryFile = (kind: string) => join(dataDir, `.${kind}-${randomBytes(9).toString('hex')}`);

  return {
    verify() {
      const runtime = sessions.active();
      if (!runtime) return null;
      // The pending page turn and ballots are committed first: the check covers everything acknowledged.
      runtime.flush();
      const log = openSqliteEventLog(join(sessionFolder(dataDir, runtime.sessionId), DATABASE_FILE), { readonly: true });
      try {
        const chain = log.verify();
        if (!chain.ok) return { ok: false, seq: chain.seq, type: chain.type, kind: chain.kind, reason: chain.reason };
        // The ballot store has no chain of its own: its secret counts are checked against the log's tallies.
        const ballots = checkBallotStore(log.readAfter(0), join(sessionFolder(dataDir, runtime.sessionId), BALLOTS_FILE));
        if (ballots) return { ok: false, seq: ballots.seq, type: ballots.type, kind: 'ballots', reason: ballots.reason };
        return { ok: true, events: chain.count, finalHash: chain.finalHash };
      } finally {
        log.close();
      }
    },
    findReceipt(code) {
      const runtime = sessions.active();
      if (!runtime) return null;
      runtime.flush();
      return findReceipt(join(sessionFolder(dataDir, runtime.sessionId), BALLOTS_FILE), runtime.engine.state(), code);
    },
    async archive(sessionId) {
      const runtime = sessions.active();
      if (runtime?.sessionId === sessionId) runtime.flush();
      const file = `${temporaryFile('archive-out')}.tar.gz`;
      try {
        await writeSessionArchive({ dataDir, sessionId, out: file });
      } catch (error) {
        rmSync(file, { force: true });
        throw error;
      }
      return { file, fileName: `chamber-${sessionId}.tar.gz`, done: () => rmSync(file, { force: true }) };
    },
    restore(archiveFile) {
      const result = restoring.then(() => restoreSessionArchive({ archive: archiveFile, dataDir, catalog: sessions.catalog }));
      restoring = result.catch(() => undefined);
      return result;
    },
    temporaryFile,
  };
}
