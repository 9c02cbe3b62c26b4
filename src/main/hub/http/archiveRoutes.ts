/**
 * A session's archive over HTTP (the catalog's token check comes first, in catalogRoutes.ts):
 *   GET  /api/sessions/:id/archive   → the archive file (tar + gzip), as a download, while the hub runs
 *   POST /api/sessions/restore       → 201 {id, title, eventCount, finalHash}: the uploaded archive restored, read-only
 * The upload is written to a temporary file in the data folder, at most
 * MAX_RESTORE_UPLOAD_BYTES, and removed whatever the outcome.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ArchiveError } from '../../record/archiveError';
import type { RecordActions } from '../../record/recordActions';
import { DEFAULT_RESTORE_LIMITS } from '../../record/restoreLimits';
import { PRIVATE_FILE_MODE } from '../store/durableFiles';
import { sendJson } from './sendJson';

/** The largest archive an upload may be: what a restore may unpack (gzip never makes it larger by much). */
export const MAX_RESTORE_UPLOAD_BYTES = DEFAULT_RESTORE_LIMITS.maxBytes;

const ARCHIVE_STATUS: Record<ArchiveError['code'], number> = {
  not_found: 404,
  chain_broken: 409,
  bad_archive: 422,
  already_exists: 409,
  too_large: 413,
  invalid: 400,
};

function refuseArchive(res: ServerResponse, error: ArchiveError): void {
  const reason = error.reason ? { reason: error.reason } : {};
  sendJson(res, ARCHIVE_STATUS[error.code], { error: error.code, message: error.message, ...reason, ...(error.session ?? {}) });
}

export async function sendArchive(res: ServerResponse, sessionId: string, actions: RecordActions): Promise<void> {
  let archive;
  try {
    archive = await actions.archive(sessionId);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    refuseArchive(res, error);
    return;
  }
  try {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/gzip');
    res.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    res.setHeader('Content-Length', statSync(archive.file).size);
    await pipeline(createReadStream(archive.file), res);
  } finally {
    archive.done();
  }
}

export async function receiveRestore(req: IncomingMessage, res: ServerResponse, actions: RecordActions): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > MAX_RESTORE_UPLOAD_BYTES) {
    res.setHeader('Connection', 'close');
    req.resume();
    sendJson(res, 413, { error: 'too_large', reason: 'too_large', message: `An archive may be at most ${MAX_RESTORE_UPLOAD_BYTES} bytes` });
    return;
  }
  const upload = actions.temporaryFile('upload');
  try {
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.byteLength;
        done(bytes > MAX_RESTORE_UPLOAD_BYTES ? new ArchiveError('too_large', `An archive may be at most ${MAX_RESTORE_UPLOAD_BYTES} bytes`, 'too_large') : null, chunk);
      },
    });
    try {
      await pipeline(req, meter, createWriteStream(upload, { mode: PRIVATE_FILE_MODE }));
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      res.setHeader('Connection', 'close');
      refuseArchive(res, error);
      return;
    }
    if (bytes === 0) {
      sendJson(res, 400, { error: 'invalid', message: 'The body is the archive file' });
      return;
    }
    const restored = await actions.restore(upload);
    sendJson(res, 201, { id: restored.sessionId, title: restored.title, eventCount: restored.eventCount, finalHash: restored.finalHash });
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    refuseArchive(res, error);
  } finally {
    rmSync(upload, { force: true });
  }
}
