/**
 * Brings a session archive back into a data folder. Nothing reaches the
 * catalog, `sessions/` or the document store until every check has passed:
 * 1. unpack into a temporary folder inside the data folder, refusing any
 *    entry that is not a plain file or folder at an expected path, and
 *    stopping at the size and count limits;
 * 2. read the manifest; refuse a newer format;
 * 3. check every entry's size and SHA-256 against the manifest, and that no
 *    file is there that the manifest does not list;
 * 4. refuse a session id the folder already has (never overwrite);
 * 5. check the event log's chain, its length and that its final hash is the
 *    manifest's;
 * then sync the files, move the documents into the store and the session
 * folder into `sessions/<id>/` (one rename each, on the same disk), and add
 * the session to the catalog marked restored. A crash before the last rename
 * leaves only the temporary folder (removed by the next restore); after it,
 * a whole session that the catalog picks up at the next start.
 */
import { closeSync, constants, existsSync, fsyncSync, lstatSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'tar';
import type { ReadEntry } from 'tar';
import type { SessionSummary } from '../../shared/protocol';
import { summaryOf } from '../hub/catalog/sessionSummary';
import { DATABASE_FILE, SESSIONS_FOLDER, sessionFolder } from '../hub/dataFolder';
import { makeFolderDurably, PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, restrictToOwner, syncFolder } from '../hub/store/durableFiles';
import { readSessionState } from '../hub/store/readSessionState';
import { openSqliteEventLog } from '../hub/store/sqliteEventLog';
import { ArchiveError } from './archiveError';
import type { ArchiveRefusalReason } from './archiveError';
import { ARCHIVE_DOCUMENTS_FOLDER, ARCHIVE_FORMAT_VERSION, ARCHIVE_PATH_PATTERN, ARCHIVE_SESSION_FOLDER, archiveManifestSchema, MANIFEST_FILE, manifestVersionSchema } from './archiveManifest';
import type { ArchiveManifest } from './archiveManifest';
import { CHAMBER_VERSION } from './chamberVersion';
import { digestFile } from './fileHash';
import { writeRestoredMarker } from './restoredMarker';
import { DEFAULT_RESTORE_LIMITS, MAX_MANIFEST_BYTES } from './restoreLimits';
import type { RestoreLimits } from './restoreLimits';

/** The catalog a restored session is added to: the running hub's, or one opened on the folder by the CLI. */
export interface RestoreCatalog {
  get(sessionId: string): SessionSummary | undefined;
  put(summary: SessionSummary): void;
}

export interface RestoreOptions {
  /** The archive file. */
  archive: string;
  dataDir: string;
  catalog: RestoreCatalog;
  limits?: RestoreLimits;
  now?: () => number;
  progress?: (step: string) => void;
}

export interface RestoredSession {
  sessionId: string;
  title: string;
  eventCount: number;
  finalHash: string;
  documents: number;
}

/** Temporary folders of restores, inside the data folder. */
const STAGING_PREFIX = '.restore-';
/** Folders an archive may hold (tar may list them before their files). */
const FOLDER_PATTERN = /^(?:session|documents|session\/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99})\/?$/;

export async function restoreSessionArchive(options: RestoreOptions): Promise<RestoredSession> {
  const { dataDir } = options;
  const limits = options.limits ?? DEFAULT_RESTORE_LIMITS;
  if (!existsSync(options.archive)) throw new ArchiveError('not_found', `Cannot read ${options.archive}: no such file.`);
  removeLeftoverStaging(dataDir);
  const staging = mkdtempSync(join(dataDir, STAGING_PREFIX));
  try {
    options.progress?.('unpacking');
    await unpack(options.archive, staging, limits);
    const manifest = readManifest(staging);
    options.progress?.('checking');
    await checkEntries(staging, manifest);

    const target = sessionFolder(dataDir, manifest.sessionId);
    const known = options.catalog.get(manifest.sessionId);
    if (known || existsSync(target)) {
      const title = known?.title ?? manifest.title;
      throw new ArchiveError('already_exists', `Session ${manifest.sessionId} ("${title}") is already in ${dataDir}: a restore never overwrites a session.`, undefined, { sessionId: manifest.sessionId, title });
    }
    const stagedSession = join(staging, ARCHIVE_SESSION_FOLDER);
    const summary = checkEventLog(join(stagedSession, DATABASE_FILE), manifest);
    const now = (options.now ?? Date.now)();
    const marker = { restoredAt: now, archiveCreatedAt: manifest.createdAt, chamberVersion: manifest.chamberVersion, finalHash: manifest.finalHash };
    writeRestoredMarker(stagedSession, marker);

    options.progress?.('saving');
    makePrivateAndDurable(staging);
    const documents = placeDocuments(dataDir, join(staging, ARCHIVE_DOCUMENTS_FOLDER));
    // Only a restore that passed every check makes sessions/: a refused one leaves the folder as it was.
    makeFolderDurably(join(dataDir, SESSIONS_FOLDER));
    renameSync(stagedSession, target);
    syncFolder(join(dataDir, SESSIONS_FOLDER));
    options.catalog.put({ ...summary, restored: true });
    return { sessionId: manifest.sessionId, title: manifest.title, eventCount: manifest.eventCount, finalHash: manifest.finalHash, documents };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Unpacks, refusing any entry that could reach outside the folder, and stopping at the limits. */
async function unpack(archive: string, staging: string, limits: RestoreLimits): Promise<void> {
  let refusal: { why: string; reason: ArchiveRefusalReason } | null = null;
  let bytes = 0;
  let entries = 0;
  const refuse = (why: string, reason: ArchiveRefusalReason = 'unsafe_entry') => {
    refusal ??= { why, reason };
    return false;
  };
  try {
    await extract({
      file: archive,
      cwd: staging,
      strict: true,
      preserveOwner: false,
      // The entries' sizes are bounded below; this only stops a stream of padding.
      maxDecompressionRatio: 100_000,
      filter: (path, entry) => {
        if (refusal !== null) return false;
        const { type, size } = entry as ReadEntry;
        if (type === 'Directory') return FOLDER_PATTERN.test(path) || refuse(`the archive holds an unexpected folder "${path}"`);
        if (type !== 'File' && type !== 'OldFile') {
          return refuse(`the archive holds "${path}", which is not a plain file (${type}): links and devices are refused`);
        }
        if (path !== MANIFEST_FILE && !ARCHIVE_PATH_PATTERN.test(path)) return refuse(`the archive holds "${path}", outside the session and documents folders`);
        if (path === MANIFEST_FILE && size > MAX_MANIFEST_BYTES) return refuse('the manifest is too large', 'too_large');
        entries += 1;
        bytes += size;
        if (entries > limits.maxEntries) return refuse(`the archive holds more than ${limits.maxEntries} files`, 'too_large');
        if (bytes > limits.maxBytes) return refuse(`the archive unpacks to more than ${limits.maxBytes} bytes`, 'too_large');
        return true;
      },
    });
  } catch (error) {
    if (refusal !== null) throw refusedArchive(refusal);
    throw new ArchiveError('bad_archive', `This archive cannot be read: it is truncated or damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (refusal !== null) throw refusedArchive(refusal);
}

function refusedArchive(refusal: { why: string; reason: ArchiveRefusalReason }): ArchiveError {
  return new ArchiveError('bad_archive', `This archive is refused: ${refusal.why}.`, refusal.reason);
}

function readManifest(staging: string): ArchiveManifest {
  const file = join(staging, MANIFEST_FILE);
  if (!existsSync(file)) throw new ArchiveError('bad_archive', 'This file is not a Chamber session archive: it has no manifest.json.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ArchiveError('bad_archive', 'The archive\'s manifest.json is damaged.');
  }
  const version = manifestVersionSchema.safeParse(raw);
  if (!version.success) throw new ArchiveError('bad_archive', 'The archive\'s manifest.json has no format version.');
  if (version.data.formatVersion > ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveError('bad_archive', `This archive was made by a newer Chamber (archive format ${version.data.formatVersion}; this Chamber ${CHAMBER_VERSION} reads up to ${ARCHIVE_FORMAT_VERSION}): update first.`, 'newer_format');
  }
  const parsed = archiveManifestSchema.safeParse(raw);
  if (!parsed.success) throw new ArchiveError('bad_archive', `The archive's manifest.json is not valid: ${parsed.error.issues[0]?.message ?? 'unknown shape'}.`);
  return parsed.data;
}

/** Every listed entry is there with its size and hash; nothing unlisted is there. */
async function checkEntries(staging: string, manifest: ArchiveManifest): Promise<void> {
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    if (listed.has(entry.path)) throw new ArchiveError('bad_archive', `The manifest lists ${entry.path} twice.`);
    listed.add(entry.path);
    const file = join(staging, entry.path);
    if (!existsSync(file) || !lstatSync(file).isFile()) throw new ArchiveError('bad_archive', `The archive lacks ${entry.path}, which its manifest lists.`);
    const digest = await digestFile(file);
    if (digest.bytes !== entry.bytes || digest.sha256 !== entry.sha256) {
      throw new ArchiveError('bad_archive', `${entry.path} in the archive does not match its manifest (size or SHA-256): the archive was changed or damaged.`);
    }
    const document = entry.path.match(/^documents\/([0-9a-f]{64})\.pdf$/);
    if (document && document[1] !== entry.sha256) throw new ArchiveError('bad_archive', `${entry.path} does not hold the document its name says.`);
  }
  if (!listed.has(`${ARCHIVE_SESSION_FOLDER}/${DATABASE_FILE}`)) throw new ArchiveError('bad_archive', `The archive has no ${ARCHIVE_SESSION_FOLDER}/${DATABASE_FILE}: there is no event log to restore.`);
  for (const path of filesUnder(staging)) {
    if (path !== MANIFEST_FILE && !listed.has(path)) throw new ArchiveError('bad_archive', `The archive holds ${path}, which its manifest does not list.`);
  }
}

/** The unpacked event log: its chain holds, and its length, final hash and session are the manifest's. */
function checkEventLog(file: string, manifest: ArchiveManifest): SessionSummary {
  const log = openSqliteEventLog(file, { readonly: true });
  try {
    const chain = log.verify();
    if (!chain.ok) throw new ArchiveError('bad_archive', `The archived event log is broken at seq ${chain.seq} (${chain.type}): ${chain.reason}.`);
    if (chain.count !== manifest.eventCount || chain.finalHash !== manifest.finalHash) {
      throw new ArchiveError('bad_archive', `The archived event log ends at event ${chain.count} with hash ${chain.finalHash}; the manifest says ${manifest.eventCount} events ending with ${manifest.finalHash}.`);
    }
    const first = log.readAfter(0)[0];
    const summary = first ? summaryOf(readSessionState(log), first.at) : null;
    if (!summary || summary.id !== manifest.sessionId) throw new ArchiveError('bad_archive', `The archived event log does not hold session ${manifest.sessionId}.`);
    return summary;
  } finally {
    log.close();
  }
}

/** Owner-only modes, and every file and folder synced, before anything is moved into place. */
function makePrivateAndDurable(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      restrictToOwner(path, PRIVATE_FOLDER_MODE);
      makePrivateAndDurable(path);
    } else if (entry.isFile()) {
      restrictToOwner(path, PRIVATE_FILE_MODE);
      const fd = openSync(path, constants.O_RDONLY);
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  }
  syncFolder(folder);
}

/** Moves each document the store lacks into it (content-addressed: one it has is the same bytes). Returns how many the archive held. */
function placeDocuments(dataDir: string, staged: string): number {
  if (!existsSync(staged)) return 0;
  const store = join(dataDir, 'documents');
  makeFolderDurably(store);
  const names = readdirSync(staged);
  for (const name of names) {
    const target = join(store, name);
    if (!existsSync(target)) renameSync(join(staged, name), target);
  }
  syncFolder(store);
  return names.length;
}

function filesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('');
  return files;
}

/** Temporary folders a crashed restore left behind: nothing refers to them. */
function removeLeftoverStaging(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(STAGING_PREFIX)) rmSync(join(dataDir, name), { recursive: true, force: true });
  }
}
