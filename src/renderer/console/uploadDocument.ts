/**
 * Uploads one PDF to the hub with the secretary's token, reporting progress.
 * XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
import type { DocumentInfo } from '../../shared/protocol';

export type UploadErrorCode = 'not_pdf' | 'corrupt' | 'encrypted' | 'too_large' | 'empty' | 'not_found' | 'forbidden' | 'unauthorized' | 'invalid' | 'network';
export type UploadResult = { ok: true; document: DocumentInfo } | { ok: false; code: UploadErrorCode; message: string };

const KNOWN_CODES: readonly UploadErrorCode[] = ['not_pdf', 'corrupt', 'encrypted', 'too_large', 'empty', 'not_found', 'forbidden', 'unauthorized', 'invalid'];

export interface UploadTarget {
  httpBase: string;
  token: string;
  itemId: string;
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
    request.onerror = () => resolve({ ok: false, code: 'network', message: 'The upload did not reach the hub' });
    request.onload = () => {
      let body: { document?: DocumentInfo; error?: string; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        /* a proxy's error page: handled by the status below */
      }
      if (request.status === 200 && body.document) {
        resolve({ ok: true, document: body.document });
        return;
      }
      const code = KNOWN_CODES.find((known) => known === body.error) ?? (request.status === 413 ? 'too_large' : 'invalid');
      resolve({ ok: false, code, message: body.message ?? `HTTP ${request.status}` });
    };
    request.send(file);
  });
}
