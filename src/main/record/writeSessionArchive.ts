/**
 * Writes one session to a single archive file (tar + gzip): `manifest.json`,
 * the session folder's databases copied with SQLite's backup API (so a hub
 * may keep writing while it runs: each copy is one consistent state), the
 * folder's other files, and every document PDF the session's state refers
 * to. The copies are staged in a folder inside the data folder, checked (the
 * event log's chain must hold), hashed into the manifest, packed, and the
 * archive is renamed into place only once it is whole.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { create } from 'tar';
import type { SessionState } from '../../shared/protocol';
import { DATABASE_FILE, sessionFolder } from '../hub/dataFolder';
import { readSessionState } from '../hub/store/readSessionState';
import { ensurePrivateFile } from '../hub/store/durableFiles';
import { sqliteBinding } from '../hub/store/sqliteBinding';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { ARCHIVE_DOCUMENTS_FOLDER, ARCHIVE_FORMAT_VERSION, ARCHIVE_SESSION_FOLDER, MANIFEST_FILE } from './archiveManifest';
import type { ArchiveManifest, ManifestEntry } from './archiveManifest';
import { ArchiveError } from './archiveError';
import { CHAMBER_VERSION } from './chamberVersion';
import { digestFile } from './fileHash';
import { sessionDocumentHashes } from './sessionDocuments';
import { sessionFiles } from './sessionFiles';

export interface WriteArchiveOptions {
  dataDir: string;
  sessionId: string;
  /** The archive file to write; replaced only once the new one is complete. */
  out: string;
  now?: () => number;
  /** Told of each step, for a progress line. */
  progress?: (step: string) => void;
}

export interface WrittenArchive {
  manifest: ArchiveManifest;
  file: string;
}

export async function writeSessionArchive(options: WriteArchiveOptions): Promise<WrittenArchive> {
  const { dataDir, sessionId } = options;
  let folder: string;
  try {
    folder = sessionFolder(dataDir, sessionId);
  } catch {
    throw new ArchiveError('invalid', `"${sessionId}" is not a session id`);
  }
  if (!existsSync(join(folder, DATABASE_FILE))) throw new ArchiveError('not_found', `No session ${sessionId} in ${dataDir}`);
  const staging = mkdtempSync(join(dataDir, '.archive-'));
  try {
    const sessionStage = join(staging, ARCHIVE_SESSION_FOLDER);
    mkdirSync(sessionStage);
    for (const file of sessionFiles(folder)) {
      const target = join(sessionStage, file.path);
      mkdirSync(dirname(target), { recursive: true });
      if (file.database) {
        options.progress?.(`copying ${file.path}`);
        await backupDatabase(join(folder, file.path), target);
      } else {
        copyFileSync(join(folder, file.path), target);
      }
    }
    const { state, eventCount, finalHash } = checkedCopy(join(sessionStage, DATABASE_FILE), sessionId);
    await stageDocuments(dataDir, state, join(staging, ARCHIVE_DOCUMENTS_FOLDER), options.progress);

    options.progress?.('hashing');
    const entries: ManifestEntry[] = [];
    for (const path of stagedPaths(staging)) entries.push({ path, ...(await digestFile(join(staging, path))) });
    const manifest: ArchiveManifest = {
      formatVersion: ARCHIVE_FORMAT_VERSION,
      chamberVersion: CHAMBER_VERSION,
      sessionId,
      title: state.session?.title ?? '',
      eventCount,
      finalHash,
      createdAt: (options.now ?? Date.now)(),
      entries,
    };
    writeFileSync(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });

    options.progress?.('packing');
    const partial = `${options.out}.${randomBytes(6).toString('hex')}.partial`;
    try {
      const packed = [MANIFEST_FILE, ...entries.map((entry) => entry.path)];
      await create({ gzip: true, file: partial, cwd: staging, portable: true, noDirRecurse: true, mode: 0o600 }, packed);
      renameSync(partial, options.out);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return { manifest, file: options.out };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * One consistent copy of a database, taken while others may be writing to it:
 * owner-only like the rest, and one self-contained file in rollback-journal
 * mode, so reading the copy (the chain check below, a restored hub) leaves no
 * empty -wal or -shm beside it to be archived.
 */
async function backupDatabase(source: string, target: string): Promise<void> {
  ensurePrivateFile(target);
  const db = new Database(source, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(target);
  } finally {
    db.close();
  }
  const copy = new Database(target, { fileMustExist: true, nativeBinding: sqliteBinding() });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** The copied event log's state, length and final hash; a broken chain is not archived. */
function checkedCopy(file: string, sessionId: string): { state: SessionState; eventCount: number; finalHash: string } {
  const log = openSqliteEventLog(file, { readonly: true });
  try {
    const chain = log.verify();
    if (!chain.ok) {
      const where = `The event log of session ${sessionId} is broken at seq ${chain.seq} (${chain.type}): ${chain.reason}.`;
      throw new ArchiveError('chain_broken', `${where} A broken record is not archived; check it with: npm run chamber -- verify --session ${sessionId}`);
    }
    if (chain.count === 0) throw new ArchiveError('not_found', `Session ${sessionId} has no events`);
    const state = readSessionState(log);
    return { state, eventCount: chain.count, finalHash: chain.finalHash };
  } finally {
    log.close();
  }
}

/** Copies each document the state refers to, checking that the stored bytes still have their hash. */
async function stageDocuments(dataDir: string, state: SessionState, target: string, progress: WriteArchiveOptions['progress']): Promise<void> {
  const hashes = sessionDocumentHashes(state);
  if (hashes.length === 0) return;
  mkdirSync(target);
  for (const sha256 of hashes) {
    const source = join(dataDir, 'documents', `${sha256}.pdf`);
    if (!existsSync(source)) throw new ArchiveError('not_found', `The document ${sha256}.pdf that the session refers to is missing from ${join(dataDir, 'documents')}`);
    progress?.(`copying document ${sha256.slice(0, 12)}`);
    const copy = join(target, `${sha256}.pdf`);
    copyFileSync(source, copy);
    if ((await digestFile(copy)).sha256 !== sha256) throw new ArchiveError('bad_archive', `The stored document ${sha256}.pdf no longer has its SHA-256: the document store is damaged`);
  }
}

/** Every file staged, as archive paths, sorted so two archives of one state list them alike. */
function stagedPaths(staging: string): string[] {
  const paths: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(staging, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && path !== MANIFEST_FILE) paths.push(path);
    }
  };
  walk('');
  return paths.sort();
}
