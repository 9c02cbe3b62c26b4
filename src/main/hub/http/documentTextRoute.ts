/**
 * `GET /documents/<sha256>/text`: a document's text index, `{ pages: string[] }`
 * (each page's text from pdf.js, in reading order; '' for a page without
 * text), with any current token, like the PDF itself. Immutable, with an ETag.
 * While the index is being made the answer is 202 with Retry-After (the
 * document then goes first in the queue); a document whose text could not be
 * read at all answers 422 `text_unavailable`.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { TextIndexer } from '../documents/textIndex/textIndexer';
import type { SessionEngine } from '../sessionEngine';
import { authenticate } from './bearerToken';
import { sendJson } from './sendJson';

/** The path of the route; the SHA-256 is its only part. */
export const DOCUMENT_TEXT_PATH = /^\/documents\/([0-9a-f]{64})\/text$/;

/** Seconds an iPad waits before asking again for an index still being made. */
export const TEXT_RETRY_AFTER_SECONDS = 3;

export interface DocumentTextRouteOptions {
  engine(): SessionEngine | null;
  textIndex: TextIndexer;
}

export async function serveDocumentText(req: IncomingMessage, res: ServerResponse, sha256: string, options: DocumentTextRouteOptions): Promise<void> {
  const engine = options.engine();
  if (!engine || !authenticate(req, engine)) {
    sendJson(res, 401, { error: 'unauthorized', message: 'A current token is required' });
    return;
  }
  const { textIndex } = options;
  if (!engine.state().documents.some((document) => document.sha256 === sha256) || !textIndex.isStored(sha256)) {
    sendJson(res, 404, { error: 'not_found', message: 'No such document' });
    return;
  }
  const file = textIndex.fileOf(sha256);
  if (!file) {
    if (textIndex.status(sha256) === 'failed') {
      sendJson(res, 422, { error: 'text_unavailable', message: 'The text of this document cannot be read' });
      return;
    }
    textIndex.ensure(sha256, true);
    res.setHeader('Retry-After', String(TEXT_RETRY_AFTER_SECONDS));
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, 202, { error: 'indexing', message: 'The text index of this document is being made; ask again shortly' });
    return;
  }
  const etag = `"${sha256}.text"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(file), res).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'ECONNRESET' && code !== 'EPIPE') throw error;
  });
}
