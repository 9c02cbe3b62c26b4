/**
 * Sends a new file for a document to `POST /api/documents/<id>/replace`,
 * reporting progress (XMLHttpRequest: only it reports upload progress). The
 * reply is read with the shared contract (`replaceReplySchema`).
 */
import type { DocumentInfo, ReplaceRefusalCode, Result, UploadWarning } from '../../../shared/protocol';
import { rejection, replaceReplySchema } from '../../../shared/protocol';
import type { Translate } from '../../ui/language';
import { uploadRefusalReason } from '../uploadOutcomeText';

/** A refusal from the hub, or `network` when the file never got an answer. */
export type ReplaceErrorCode = ReplaceRefusalCode | 'network';
export type ReplaceResult = Result<{ document: DocumentInfo; warnings: UploadWarning[] }, ReplaceErrorCode>;

export interface ReplaceTarget {
  httpBase: string;
  token: string;
  documentId: string;
}

/** Reads the hub's answer; a body outside the contract (a proxy's error page) is judged by its status. */
export function readReplaceReply(status: number, responseText: string): ReplaceResult {
  let body: unknown = null;
  try {
    body = JSON.parse(responseText);
  } catch {
    /* not JSON: judged by the status below */
  }
  const parsed = replaceReplySchema.safeParse(body);
  if (parsed.success) {
    const reply = parsed.data;
    if ('document' in reply) return status === 200 ? { ok: true, document: reply.document, warnings: reply.warnings } : rejection('invalid', `HTTP ${status}`);
    return rejection(reply.error, reply.message);
  }
  return rejection(status === 413 ? 'too_large' : 'invalid', `HTTP ${status}`);
}

export function replaceDocumentFile(file: File, target: ReplaceTarget, onProgress: (fraction: number) => void): Promise<ReplaceResult> {
  return new Promise((resolve) => {
    const query = new URLSearchParams({ fileName: file.name });
    const request = new XMLHttpRequest();
    request.open('POST', `${target.httpBase}/api/documents/${encodeURIComponent(target.documentId)}/replace?${query}`);
    request.setRequestHeader('Authorization', `Bearer ${target.token}`);
    request.setRequestHeader('Content-Type', 'application/pdf');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve(rejection('network', 'The file did not reach the hub'));
    request.onload = () => resolve(readReplaceReply(request.status, request.responseText));
    request.send(file);
  });
}

/** The reason shown for a refused replacement: its own code, else an upload's reason (with its limit where there is one). */
export function replaceFailureReason(code: ReplaceErrorCode, t: Translate, formatCount: (value: number) => string): string {
  if (code === 'too_many_versions') return t('replace.too_many_versions');
  return uploadRefusalReason({ ok: false, code, message: '' }, t, formatCount);
}
