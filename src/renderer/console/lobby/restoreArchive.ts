/**
 * Sends a session archive to the hub (`POST /api/sessions/restore`) with the
 * upload's progress, which fetch cannot report. The answer is checked before
 * use; a refusal comes back as the hub's code, never as a throw.
 */
import { z } from 'zod';
import { catalogRefusalSchema, idSchema } from '../../../shared/protocol';
import type { CatalogFailure, CatalogResult } from './catalogApi';

const restoredReplySchema = z.strictObject({ id: idSchema, title: z.string(), eventCount: z.number().int(), finalHash: z.string() });
export type RestoredReply = z.infer<typeof restoredReplySchema>;

/** `onProgress` gets the share of the file sent, from 0 to 1. */
export function restoreArchive(base: string, token: string, file: Blob, onProgress: (sent: number) => void): Promise<CatalogResult<RestoredReply>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${base}/api/sessions/restore`);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/gzip');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => resolve({ ok: false, failure: { error: 'offline' } });
    request.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        /* not JSON: answered below */
      }
      if (request.status === 201) {
        const parsed = restoredReplySchema.safeParse(json);
        resolve(parsed.success ? { ok: true, value: parsed.data } : { ok: false, failure: { error: 'internal' } });
        return;
      }
      const refusal = catalogRefusalSchema.safeParse(json);
      const failure: CatalogFailure = refusal.success
        ? {
            error: refusal.data.error,
            ...(refusal.data.reason === undefined ? {} : { reason: refusal.data.reason }),
            ...(refusal.data.title === undefined ? {} : { title: refusal.data.title }),
            ...(refusal.data.sessionId === undefined ? {} : { sessionId: refusal.data.sessionId }),
          }
        : { error: request.status === 401 ? 'unauthorized' : 'internal' };
      resolve({ ok: false, failure });
    };
    request.send(file);
  });
}
