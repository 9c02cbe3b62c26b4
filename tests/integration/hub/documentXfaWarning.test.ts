/**
 * A PDF that is only an XFA form is accepted (the secretary may have no other
 * copy), but the upload reply warns that every iPad will show only its
 * "Please wait…" placeholder page. Forms that read well carry no warning.
 */
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../src/main/hub/startHub';
import { uploadReplySchema } from '../../../src/shared/protocol';
import { tokenOf, useFreshHub } from '../../helpers/testHub';
import { makePdf, makeStaticXfaPdf, makeXfaOnlyPdf } from '../../helpers/testPdfs';

let hub: Hub;
useFreshHub((fresh) => {
  hub = fresh;
});

async function upload(bytes: Uint8Array, fileName: string) {
  const itemId = hub.engine.state().agenda[4]?.id ?? 'none';
  const response = await fetch(`${hub.localUrl}/api/documents?${new URLSearchParams({ itemId, fileName })}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(hub, 'secretary')}`, 'Content-Type': 'application/pdf' },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  return { status: response.status, reply: uploadReplySchema.parse(await response.json()) };
}

describe('the XFA warning at import', () => {
  it('accepts an XFA-only PDF, attaches it, and warns that the iPads will show only its placeholder page', async () => {
    const { status, reply } = await upload(await makeXfaOnlyPdf(), 'to-khai-xfa.pdf');
    expect(status).toBe(200);
    if (!('document' in reply)) throw new Error(`refused: ${reply.message}`);
    expect(reply.warnings).toEqual(['xfa_only']);
    expect(hub.engine.state().documents.map((document) => document.id)).toContain(reply.document.id);
  });

  it('gives no warning for a static XFA form, whose ordinary pages and fields every reader shows', async () => {
    const { status, reply } = await upload(await makeStaticXfaPdf(), 'phieu-dang-ky.pdf');
    expect(status).toBe(200);
    expect(reply).toMatchObject({ warnings: [] });
  });

  it('gives no warning for an ordinary PDF', async () => {
    const { status, reply } = await upload(await makePdf(2, 'Bao cao'), 'bao-cao.pdf');
    expect(status).toBe(200);
    expect(reply).toMatchObject({ warnings: [] });
  });
});
