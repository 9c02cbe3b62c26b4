/**
 * Document routes. Uploads: `POST /api/documents?itemId=…&fileName=…[&title=…]`
 * with the PDF as the body and the secretary's token. Downloads:
 * `GET /documents/<sha256>.pdf` with any current token; immutable, with ETag,
 * 304 and single-range (206) answers, for a document's current file and its
 * earlier versions. Paths never come from the client: the
 * file is looked up by a SHA-256 that a document of the session carries.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import parseRange from 'range-parser';
import { z } from 'zod';
import { idSchema, titleSchema, UPLOAD_REFUSALS } from '../../../shared/protocol';
import { isSessionFile } from '../../../shared/core';
import type { UploadReply, UploadRefusalCode } from '../../../shared/protocol';
import { cleanFileName, cleanName, titleFromFileName } from '../../../shared/protocol/documentNames';
import type { DocumentStore } from '../documents/documentStore';
import type { TextIndexer } from '../documents/textIndex/textIndexer';
import { importDocumentFile } from '../documents/importDocumentFile';
import type { SessionEngine } from '../sessionEngine';
import { authenticate } from './bearerToken';
import { isSameOriginUpgrade } from './requestGuard';
import { isOutOfFileHandles } from './fileHandleErrors';
import { sendJson } from './sendJson';

export interface DocumentRouteOptions {
  /** The active session's engine; null in the lobby, where no token is current. */
  engine(): SessionEngine | null;
  store: DocumentStore;
  maxDocumentBytes: number;
  /** The documents' text indexes (`GET /documents/<sha256>/text`, documentTextRoute.ts). */
  textIndex?: TextIndexer;
}

/** The longest name or title read from the query; longer input is refused, shorter is cleaned and shortened to fit. */
const RAW_NAME_LIMIT = 2000;
const MEGABYTE = 1024 * 1024;

const uploadQuerySchema = z.strictObject({
  itemId: idSchema,
  // Stored NFC, without bidi or control characters, and shortened (not refused) when too long.
  fileName: z.string().max(RAW_NAME_LIMIT).transform((raw) => cleanFileName(raw)).pipe(z.string().min(1)),
  title: z.string().max(RAW_NAME_LIMIT).transform(cleanName).pipe(titleSchema).optional(),
});

/** The size limit as the secretary reads it, in whole megabytes. */
export function limitInMegabytes(maxBytes: number): number {
  return Math.max(1, Math.floor(maxBytes / MEGABYTE));
}

export async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, options: DocumentRouteOptions): Promise<void> {
  const reply = (status: number, body: UploadReply) => sendJson(res, status, body);
  const refuse = (error: UploadRefusalCode, message: string) => {
    req.resume();
    res.setHeader('Connection', 'close');
    const limit = error === 'too_large' ? { limitMegabytes: limitInMegabytes(options.maxDocumentBytes) } : {};
    reply(UPLOAD_REFUSALS[error], { error, message, ...limit });
  };
  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse('forbidden', 'Uploads come from the console only');
  const engine = options.engine();
  const principal = engine ? authenticate(req, engine) : null;
  if (!engine || !principal) return refuse('unauthorized', 'A current secretary token is required');
  if (principal.role !== 'secretary') return refuse('forbidden', 'Only the secretary imports documents');
  const query = uploadQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return refuse('invalid', query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxDocumentBytes) {
    return refuse('too_large', `The file is larger than the limit of ${limitInMegabytes(options.maxDocumentBytes)} MB`);
  }
  const { itemId, fileName } = query.data;
  const result = await importDocumentFile(options.store, engine, principal, {
    itemId,
    fileName,
    title: query.data.title ?? titleFromFileName(fileName),
    source: req,
    maxBytes: options.maxDocumentBytes,
  });
  if (result.ok) reply(200, { document: result.document, warnings: result.warnings });
  else refuse(result.code, result.message);
}

export async function serveDocument(req: IncomingMessage, res: ServerResponse, sha256: string, options: DocumentRouteOptions): Promise<void> {
  const notFound = () => sendJson(res, 404, { error: 'not_found', message: 'No such document' });
  const engine = options.engine();
  if (!engine || !authenticate(req, engine)) {
    sendJson(res, 401, { error: 'unauthorized', message: 'A current token is required' });
    return;
  }
  // A replaced document's earlier files stay readable ("Xem bản trước").
  if (!isSessionFile(engine.state(), sha256)) return notFound();
  const path = options.store.pathOf(sha256);
  if (!path) return notFound();
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    // Out of file handles is a passing overload, not a fault: the iPad retries.
    if (!isOutOfFileHandles(error)) throw error;
    res.setHeader('Retry-After', '2');
    sendJson(res, 503, { error: 'busy', message: 'The hub has too many open files; try again shortly' });
    return;
  }
  // From here on the file is closed on every path: answered without a body, streamed to the end, or aborted.
  let streaming = false;
  try {
    const size = (await file.stat()).size;
    const range = answerHeaders(req, res, sha256, size);
    if (!range) return;
    const { start, end } = range;
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    streaming = true;
    // pipeline destroys the file stream (closing the handle) when the client goes away mid-body.
    await pipeline(file.createReadStream({ start, end, autoClose: true }), res).catch((error: unknown) => {
      if (!isAbort(error)) throw error;
    });
  } finally {
    if (!streaming) await file.close();
  }
}

/** True when a stream ended because the client went away, which is no fault of the hub. */
function isAbort(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || code === 'EPIPE';
}

/**
 * Sets the status and headers of a download: 304 and 416 are answered here
 * (null comes back); otherwise the byte range to send (200 or 206).
 */
function answerHeaders(req: IncomingMessage, res: ServerResponse, sha256: string, size: number): { start: number; end: number } | null {
  const etag = `"${sha256}"`;
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
  res.setHeader('Accept-Ranges', 'bytes');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.statusCode = 304;
    res.end();
    return null;
  }
  let status = 200;
  let start = 0;
  let end = size - 1;
  const rangeHeader = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (rangeHeader && (ifRange === undefined || ifRange === etag)) {
    const ranges = parseRange(size, rangeHeader, { combine: true });
    if (ranges === -1) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return null;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1 && ranges[0]) {
      start = ranges[0].start;
      end = ranges[0].end;
      status = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
  }
  res.statusCode = status;
  res.setHeader('Content-Length', end - start + 1);
  return { start, end };
}
