/** Puts a PDF into a running hub the way the console does: an authenticated upload. */
import type { Hub } from '../../src/main/hub/startHub';
import type { DocumentInfo } from '../../src/shared/protocol';
import { tokenOf } from './testHub';

export async function uploadTestDocument(hub: Hub, itemId: string, fileName: string, bytes: Uint8Array, title?: string): Promise<DocumentInfo> {
  const query = new URLSearchParams({ itemId, fileName, ...(title ? { title } : {}) });
  const response = await fetch(`${hub.localUrl}/api/documents?${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}` },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  const body = (await response.json()) as { document?: DocumentInfo; message?: string };
  if (!body.document) throw new Error(`Upload of ${fileName} failed: ${response.status} ${body.message}`);
  return body.document;
}
