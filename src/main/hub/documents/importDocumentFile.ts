/**
 * One PDF import, from upload to event: stage the bytes (hashed, size-bounded),
 * check they are a readable PDF, store them by SHA-256, then attach the document
 * to its agenda item. A bad file is refused with a reason and changes nothing.
 */
import type { Readable } from 'node:stream';
import type { DocumentInfo, Principal, Result, UploadRefusalCode, UploadWarning } from '../../../shared/protocol';
import { rejection } from '../../../shared/protocol';
import type { SessionEngine } from '../sessionEngine';
import type { DocumentStore } from './documentStore';
import { TooLargeError } from './documentStore';
import { inspectPdf } from './inspectPdf';

/** An accepted import may carry warnings: the file is kept, but the secretary should know how it will read. */
export type ImportResult = Result<{ document: DocumentInfo; warnings: UploadWarning[] }, UploadRefusalCode>;

export interface ImportRequest {
  itemId: string;
  title: string;
  fileName: string;
  source: Readable;
  maxBytes: number;
}

export async function importDocumentFile(store: DocumentStore, engine: SessionEngine, actor: Principal, request: ImportRequest): Promise<ImportResult> {
  if (!engine.state().agenda.some((item) => item.id === request.itemId)) {
    request.source.resume();
    return rejection('not_found', `No agenda item ${request.itemId}`);
  }
  let staged;
  try {
    staged = await store.stage(request.source, request.maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return rejection('too_large', `The file is larger than the limit of ${Math.floor(error.limit / (1024 * 1024))} MB`);
    const failure = engine.storageFailure(error);
    if (failure) return { ok: false, ...failure };
    throw error;
  }
  return attachStaged(engine, actor, staged, request);
}

/** The second half of an import, shared with the demo seeding: check, keep, attach. */
export async function attachStaged(
  engine: SessionEngine,
  actor: Principal,
  staged: Awaited<ReturnType<DocumentStore['stage']>>,
  request: Pick<ImportRequest, 'itemId' | 'title' | 'fileName'>,
): Promise<ImportResult> {
  // The same bytes on the same item: nothing to add, and the secretary is told so.
  if (alreadyOnItem(engine, request.itemId, staged.sha256)) {
    await staged.discard();
    return rejection('duplicate', `This file is already a document of item ${request.itemId}`);
  }
  let inspection;
  try {
    inspection = await inspectPdf(await staged.read());
  } catch (error) {
    await staged.discard();
    throw error;
  }
  if (!inspection.ok) {
    await staged.discard();
    return inspection;
  }
  // Checked again: the same file may have been attached by another upload during the check.
  if (alreadyOnItem(engine, request.itemId, staged.sha256)) {
    await staged.discard();
    return rejection('duplicate', `This file is already a document of item ${request.itemId}`);
  }
  await staged.keep();
  const result = engine.importDocument(actor, {
    itemId: request.itemId,
    title: request.title,
    fileName: request.fileName,
    sha256: staged.sha256,
    bytes: staged.bytes,
    pages: inspection.pages,
  });
  if (!result.ok) return result;
  const document = engine.state().documents.find((candidate) => candidate.id === result.documentId);
  if (!document) throw new Error(`Document ${result.documentId} missing right after import`);
  return { ok: true, document, warnings: inspection.warnings };
}

function alreadyOnItem(engine: SessionEngine, itemId: string, sha256: string): boolean {
  return engine.state().documents.some((document) => document.itemId === itemId && document.sha256 === sha256);
}
