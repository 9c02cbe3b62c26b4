/**
 * `manifest.json`, the first entry of a session archive: what made it, what
 * session it holds, the event log's length and final hash, and every other
 * entry with its size and SHA-256. A restore trusts nothing in the archive
 * that the manifest does not name and match.
 */
import { z } from 'zod';
import { idSchema } from '../../shared/protocol';

/** The archive layout this build writes and reads. A newer one is refused: the reader may not know what it holds. */
export const ARCHIVE_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
/** The session's own files sit under this folder in the archive. */
export const ARCHIVE_SESSION_FOLDER = 'session';
/** The documents, by SHA-256, under this folder in the archive. */
export const ARCHIVE_DOCUMENTS_FOLDER = 'documents';

/** A path inside the archive: `session/<file>` (one level of subfolders allowed) or `documents/<sha256>.pdf`. */
export const ARCHIVE_PATH_PATTERN = /^(?:session\/(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\/)?[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}|documents\/[0-9a-f]{64}\.pdf)$/;

export const manifestEntrySchema = z.strictObject({
  path: z.string().regex(ARCHIVE_PATH_PATTERN),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** Only the format version is read first: a newer archive is refused before the rest is parsed. */
export const manifestVersionSchema = z.object({ formatVersion: z.number().int().min(1) });

export const archiveManifestSchema = z.strictObject({
  formatVersion: z.number().int().min(1),
  chamberVersion: z.string().max(64),
  sessionId: idSchema,
  title: z.string().max(1000),
  eventCount: z.number().int().min(1),
  finalHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** When the archive was made (epoch ms). */
  createdAt: z.number().int().min(0),
  entries: z.array(manifestEntrySchema).max(100_000),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;
