/**
 * Session documents on disk, each stored once under its SHA-256:
 * DATA/documents/<sha256>.pdf. Uploads stream into a temporary file while
 * they are hashed and counted, and are moved into place only once checked.
 * The file is synced before the rename and the folder after it, so a document
 * the session refers to is whole after a power cut; files are owner-only.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { makeFolderDurably, PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, restrictToOwner, syncFolder } from '../store/durableFiles';

const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${limit} bytes`);
  }
}

export interface StagedUpload {
  sha256: string;
  bytes: number;
  /** Reads the staged file; it is small enough to hold, since it passed the size limit. */
  read(): Promise<Buffer>;
  /** Moves the file into the store (or drops it when the store already holds the same content). */
  keep(): Promise<void>;
  discard(): Promise<void>;
}

export interface DocumentStore {
  readonly dir: string;
  /** The file of a stored document, or null for anything that is not a stored SHA-256. */
  pathOf(sha256: string): string | null;
  stage(source: Readable, maxBytes: number): Promise<StagedUpload>;
  /** Stores bytes already in memory (the demo documents). */
  stageBytes(bytes: Uint8Array): Promise<StagedUpload>;
}

export function openDocumentStore(dataDir: string): DocumentStore {
  const dir = join(dataDir, 'documents');
  const incoming = join(dir, '.incoming');
  // Uploads interrupted by a crash leave temporary files; nothing refers to them.
  rmSync(incoming, { recursive: true, force: true });
  makeFolderDurably(incoming);
  restrictToOwner(dir, PRIVATE_FOLDER_MODE);

  const finalPath = (sha256: string) => join(dir, `${sha256}.pdf`);

  function staged(tempPath: string, sha256: string, bytes: number): StagedUpload {
    return {
      sha256,
      bytes,
      read: () => readFile(tempPath),
      async keep() {
        if (existsSync(finalPath(sha256))) {
          await rm(tempPath, { force: true });
          return;
        }
        await rename(tempPath, finalPath(sha256));
        syncFolder(dir);
      },
      discard: () => rm(tempPath, { force: true }),
    };
  }

  return {
    dir,
    pathOf(sha256) {
      if (!SHA256_PATTERN.test(sha256)) return null;
      const path = finalPath(sha256);
      return existsSync(path) ? path : null;
    },
    async stage(source, maxBytes) {
      const tempPath = join(incoming, randomBytes(12).toString('hex'));
      const hash = createHash('sha256');
      let bytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.byteLength;
          if (bytes > maxBytes) {
            done(new TooLargeError(maxBytes));
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, meter, createWriteStream(tempPath, { mode: PRIVATE_FILE_MODE, flush: true }));
      } catch (error) {
        await rm(tempPath, { force: true });
        throw error;
      }
      return staged(tempPath, hash.digest('hex'), bytes);
    },
    stageBytes(content) {
      return this.stage(Readable.from([Buffer.from(content)]), Number.MAX_SAFE_INTEGER);
    },
  };
}
