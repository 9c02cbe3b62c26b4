/**
 * Uploads one PDF to the hub with the secretary's token, reporting progress.
 * XMLHttpRequest rather than fetch, because only it reports upload progress.
 * The reply is parsed with the shared upload contract (`uploadReplySchema`).
 */
import type { DocumentInfo, Rejection, UploadRefusalCode, UploadWarning } from '../../shared/protocol';
import { rejection, uploadReplySchema } from '../../shared/protocol';

/** A refusal from the hub, or `network` when the upload never got an answer. */
export type UploadErrorCode = UploadRefusalCode | 'network';
/**
 * An accepted file may come with warnings about how it will read on the iPads; a
 * file refused as too large may come with the hub's limit, in megabytes.
 */
export type UploadRefusal = Rejection<UploadErrorCode> & { limitMegabytes?: number };
export type UploadResult = ({ ok: true; document: DocumentInfo; warnings: UploadWarning[] }) | UploadRefusal;

export interface UploadTarget {
  httpBase: string;
  token: string;
  itemId: string;
}

/** Reads the hub's answer; a body outside the contract (a proxy's error page) is judged by its status. */
export function readUploadReply(status: number, responseText: string): UploadResult {
  let body: unknown = null;
  try {
    body = JSON.parse(responseText);
  } catch {
    /* not JSON: handled below */
  }
  const parsed = uploadReplySchema.safeParse(body);
  if (parsed.success) {
    const reply = parsed.data;
    if ('document' in reply) return status === 200 ? { ok: true, document: reply.document, warnings: reply.warnings } : rejection('invalid', `HTTP ${status}`);
    const refusal = rejection(reply.error, reply.message);
    return reply.limitMegabytes === undefined ? refusal : { ...refusal, limitMegabytes: reply.limitMegabytes };
  }
  return rejection(status === 413 ? 'too_large' : 'invalid', `HTTP ${status}`);
}

export function uploadDocument(file: File, target: UploadTarget, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const query = new URLSearchParams({ itemId: target.itemId, fileName: file.name });
    const request = new XMLHttpRequest();
    request.open('POST', `${target.httpBase}/api/documents?${query}`);
    request.setRequestHeader('Authorization', `Bearer ${target.token}`);
    request.setRequestHeader('Content-Type', 'application/pdf');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve(rejection('network', 'The upload did not reach the hub'));
    request.onload = () => resolve(readUploadReply(request.status, request.responseText));
    request.send(file);
  });
}
