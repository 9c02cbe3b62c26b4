/**
 * Every HTTP route against hostile requests: a missing, wrong or revoked token,
 * the wrong role, wrong content, oversized uploads, and generated path
 * traversals. Each gets its status, and nothing outside what it may read.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/main/hub/startHub';
import { makeDataDir, removeDataDir, startTestHub, tokenOf } from '../helpers/testHub';
import { makePdf } from '../helpers/testPdfs';

let dir: string;
let hub: Hub;
let hubKey: string;
let revokedToken: string;
beforeAll(async () => {
  dir = makeDataDir();
  hub = await startTestHub(dir, { maxDocumentBytes: 100_000 });
  hubKey = readFileSync(join(dir, 'hub.key'), 'utf8').trim();
  revokedToken = tokenOf(hub, 'seat-20');
  hub.engine.execute({ id: 'secretary', role: 'secretary', seat: null, generation: 1 }, { type: 'pairing.reissue', principalId: 'seat-20' });
});
afterAll(async () => {
  await hub.stop();
  removeDataDir(dir);
});

interface Reply {
  status: number;
  body: string;
}

/** A raw request: the path is sent as written (no normalisation), with any headers and body. */
function send(method: string, path: string, headers: Record<string, string | number> = {}, body?: Uint8Array): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: hub.port, method, path, headers: { Host: `127.0.0.1:${hub.port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('latin1');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const document = () => {
  const found = hub.engine.state().documents[0];
  if (!found) throw new Error('no document');
  return found;
};
const uploadPath = () => `/api/documents?itemId=${hub.engine.state().agenda[0]?.id}&fileName=a.pdf`;

describe('HTTP routes refuse what they must', () => {
  it('documents need a current token: none, malformed, unknown and revoked are 401', async () => {
    const path = `/documents/${document().sha256}.pdf`;
    for (const headers of [{}, { Authorization: 'Basic abc' }, bearer('not a token'), bearer('A'.repeat(32)), bearer(revokedToken)]) {
      const reply = await send('GET', path, headers);
      expect(reply.status).toBe(401);
      expect(reply.body).not.toContain('%PDF');
    }
    expect((await send('GET', path, bearer(tokenOf(hub, 'screen')))).status).toBe(200);
  });

  it('uploads need the secretary: none or wrong tokens are 401, other roles 403', async () => {
    const body = await makePdf(1);
    for (const headers of [{}, bearer('A'.repeat(32)), bearer(revokedToken)]) expect((await send('POST', uploadPath(), headers, body)).status).toBe(401);
    for (const role of ['chair', 'screen', 'seat-3']) expect((await send('POST', uploadPath(), bearer(tokenOf(hub, role)), body)).status).toBe(403);
  });

  it('an upload of the wrong content is refused by what it is, whatever its content type says', async () => {
    const form = new TextEncoder().encode('--boundary\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\nhello\r\n--boundary--\r\n');
    const reply = await send('POST', uploadPath(), { ...bearer(tokenOf(hub, 'secretary')), 'Content-Type': 'multipart/form-data; boundary=boundary' }, form);
    expect(reply.status).toBe(415);
    const html = await send('POST', uploadPath(), { ...bearer(tokenOf(hub, 'secretary')), 'Content-Type': 'text/html' }, new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(415);
  });

  it('an oversized upload is refused from its declared length, before it is read', async () => {
    const reply = await send('POST', uploadPath(), { ...bearer(tokenOf(hub, 'secretary')), 'Content-Length': 500_000_000 });
    expect(reply.status).toBe(413);
  });

  it('other methods are refused on every route', async () => {
    for (const path of ['/healthz', '/delegate/', `/documents/${document().sha256}.pdf`, '/api/local-token?role=secretary']) {
      for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await send(method, path)).status, `${method} ${path}`).toBe(405);
    }
  });

  it('generated path traversals never leave the apps or the document store', async () => {
    const segment = fc.constantFrom('..', '%2e%2e', '.%2e', '%2e.', '..%2f', '..%5c', '%2f', '%5c', '.', 'documents', 'delegate', 'hub.key', 'chamber.sqlite', 'ballots.sqlite', 'etc', 'passwd', '%00', '....//', `${document().sha256}.pdf`);
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.constantFrom('/', '/documents/', '/delegate/', '/pdfjs/'), async (segments, prefix) => {
        const reply = await send('GET', prefix + segments.join('/'), bearer(tokenOf(hub, 'seat-3')));
        expect([200, 302, 400, 401, 404, 503]).toContain(reply.status);
        expect(reply.body).not.toContain(hubKey);
        expect(reply.body).not.toContain('SQLite format 3');
        expect(reply.body).not.toContain('root:');
        if (reply.status === 200) expect(reply.body.startsWith('%PDF') || reply.body.includes('<!doctype html>') || reply.body.length < 100_000).toBe(true);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
