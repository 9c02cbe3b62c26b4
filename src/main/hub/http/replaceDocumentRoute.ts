/**
 * Replacing a document (tài liệu thay thế): `POST /api/documents/<documentId>/replace?fileName=…`
 * with the new PDF as the body and the secretary's token. The new file goes
 * through the same import as an upload (staged, hashed, checked, stored); then,
 * instead of attaching a new document, it becomes the document's next version
 * and every iPad gets a notice. The earlier file stays stored and served.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { replaceDocument } from '../../../shared/core';
import type { ReplacementRefusalCode } from '../../../shared/core';
import { REPLACE_REFUSALS, TEXT_LIMITS } from '../../../shared/protocol';
import type { ReplaceRefusalCode, ReplaceReply } from '../../../shared/protocol';
import { translate } from '../../../shared/i18n/translate';
import { importDocumentFile } from '../documents/importDocumentFile';
import { randomId } from '../sessionEngine';
import type { SessionEngine } from '../sessionEngine';
import type { StorageErrorCode } from '../store/storageFailure';
import { authenticate } from './bearerToken';
import { drainRequestBody } from './drainRequestBody';
import type { DocumentRouteOptions } from './documentRoutes';
import { isSameOriginUpgrade } from './requestGuard';
import { sendJson } from './sendJson';

/** The replace route's path; the first group is the document's id. */
export const REPLACE_PATH = /^\/api\/documents\/([A-Za-z0-9_-]{1,64})\/replace$/;

const replaceQuerySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(TEXT_LIMITS.fileName),
});

export async function handleReplace(req: IncomingMessage, res: ServerResponse, url: URL, documentId: string, options: DocumentRouteOptions): Promise<void> {
  const refuse = async (error: ReplaceRefusalCode, message: string) => {
    // The body is read (up to the size limit) before the answer, so the client is not reset mid-send.
    await drainRequestBody(req, options.maxDocumentBytes);
    res.setHeader('Connection', 'close');
    sendJson(res, REPLACE_REFUSALS[error], { error, message } satisfies ReplaceReply);
  };
  // Without a current token the answer is 401 whatever the origin: who is asking comes first.
  const engine = options.engine();
  const principal = engine ? authenticate(req, engine) : null;
  if (!engine || !principal) return refuse('unauthorized', 'A current secretary token is required');
  if (!isSameOriginUpgrade(req.headers.origin, req.headers.host)) return refuse('forbidden', 'Replacements come from the console only');
  if (principal.role !== 'secretary') return refuse('forbidden', 'Only the secretary replaces documents');
  const query = replaceQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return refuse('invalid', query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const document = engine.state().documents.find((candidate) => candidate.id === documentId);
  if (!document) return refuse('not_found', `No document ${documentId}`);
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxDocumentBytes) {
    return refuse('too_large', `The file is larger than ${options.maxDocumentBytes} bytes`);
  }
  const replacing = replacingEngine(engine, documentId);
  const result = await importDocumentFile(options.store, replacing.engine, principal, {
    itemId: document.itemId,
    fileName: query.data.fileName,
    title: document.title,
    source: req,
    maxBytes: options.maxDocumentBytes,
  });
  const refusal = replacing.refusal();
  if (refusal) return refuse(refusal.code, refusal.message);
  if (!result.ok) return refuse(result.code, result.message);
  sendJson(res, 200, { document: result.document, warnings: result.warnings } satisfies ReplaceReply);
}

/**
 * The engine as the import sees it, except that the checked file replaces the
 * document instead of attaching a new one. A refusal of the replacement's own
 * (the same file again, too many versions) is kept aside, so the route answers
 * it with its own code; the import only learns that nothing was attached.
 */
type ReplacementRefusal = { code: ReplacementRefusalCode; message: string };

function replacingEngine(engine: SessionEngine, documentId: string): { engine: SessionEngine; refusal(): ReplacementRefusal | null } {
  let refusal: ReplacementRefusal | null = null;
  const replacing: SessionEngine = {
    ...engine,
    importDocument(actor, input) {
      const before = engine.state().documents.find((candidate) => candidate.id === documentId);
      const noticeText = before ? translate('vi', 'versions.notice', { title: before.title, pages: input.pages, previousPages: before.pages }) : undefined;
      const committed = engine.executeOwn((state, now) => {
        const decision = replaceDocument(
          state,
          { documentId, sha256: input.sha256, fileName: input.fileName, bytes: input.bytes, pages: input.pages, ...(noticeText ? { noticeText } : {}) },
          { actor, now, newId: randomId },
        );
        if (decision.ok) return decision.events;
        refusal = { code: decision.code, message: decision.message };
        return [];
      });
      if (refusal) return { ok: false, code: 'invalid', message: refusal.message };
      if (!committed) throw new Error(`Replacing document ${documentId} committed nothing`);
      // executeOwn refuses nothing itself: a failure here is the disk's.
      if (!committed.ok) return { ok: false, code: isStorageCode(committed.code) ? committed.code : 'storage_failed', message: committed.message };
      return { ok: true, documentId, seq: committed.seq };
    },
  };
  return { engine: replacing, refusal: () => refusal };
}

function isStorageCode(code: string): code is StorageErrorCode {
  return code === 'storage_full' || code === 'storage_read_only' || code === 'storage_failed';
}
