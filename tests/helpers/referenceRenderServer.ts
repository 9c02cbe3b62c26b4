/**
 * A page, on 127.0.0.1 and a free port, that renders PDF pages through the
 * same pdf.js build the apps bundle (pdfjs-dist's legacy build), straight to
 * a canvas: no app code, no page cache. Tests open it in the browser under
 * test to get the pixels a page must have (see paintedPages.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pixelHashSource } from './paintedPages';
import type { ReferenceRender, ReferenceRequest } from './paintedPages';

const PDFJS_BUILD = join(import.meta.dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build');

/** Mirrors renderPage's cap, so a page too large for an iPad canvas is scaled the same way. */
const MAX_CANVAS_PIXELS = 16_000_000;

const referenceScript = `
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const pixelHash = ${pixelHashSource};
const opened = new Map();
function open(documentId) {
  if (!opened.has(documentId)) opened.set(documentId, pdfjs.getDocument({ url: '/documents/' + encodeURIComponent(documentId) + '.pdf' }).promise);
  return opened.get(documentId);
}
window.renderReferences = async (requests) => {
  const results = [];
  for (const request of requests) {
    const pdf = await open(request.documentId);
    if (!Number.isInteger(request.page) || request.page < 1 || request.page > pdf.numPages) {
      results.push({ ...request, width: 0, height: 0, hash: 'no such page' });
      continue;
    }
    const page = await pdf.getPage(request.page);
    const unscaled = page.getViewport({ scale: 1 });
    let scale = (request.cssWidth / unscaled.width) * request.pixelRatio;
    const pixels = unscaled.width * unscaled.height * scale * scale;
    if (pixels > ${MAX_CANVAS_PIXELS}) scale *= Math.sqrt(${MAX_CANVAS_PIXELS} / pixels);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    results.push({ ...request, width: canvas.width, height: canvas.height, hash: pixelHash(canvas) });
    canvas.width = 0;
    canvas.height = 0;
  }
  return results;
};
window.markReferenceReady();
`;

// The promise exists before the module runs, so a test can await it whenever it arrives.
const referencePage =
  '<!doctype html><meta charset="utf-8"><title>reference renders</title>' +
  '<script>window.referenceReady = new Promise((resolve) => { window.markReferenceReady = resolve; });</script>' +
  '<script type="module" src="/reference.js"></script>';

export interface ReferenceRenderServer {
  /** The page's address: open it, await `window.referenceReady`, then call `window.renderReferences(requests)`. */
  url: string;
  stop(): Promise<void>;
}

/** Serves the reference page for the given documents (id → PDF bytes). */
export async function startReferenceRenderServer(documents: ReadonlyMap<string, Uint8Array>): Promise<ReferenceRenderServer> {
  const files = new Map<string, { type: string; body: Uint8Array | string }>([
    ['/reference.html', { type: 'text/html; charset=utf-8', body: referencePage }],
    ['/reference.js', { type: 'text/javascript', body: referenceScript }],
    ['/pdf.mjs', { type: 'text/javascript', body: readFileSync(join(PDFJS_BUILD, 'pdf.mjs')) }],
    ['/pdf.worker.mjs', { type: 'text/javascript', body: readFileSync(join(PDFJS_BUILD, 'pdf.worker.mjs')) }],
  ]);
  for (const [id, bytes] of documents) files.set(`/documents/${encodeURIComponent(id)}.pdf`, { type: 'application/pdf', body: bytes });
  const server: Server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/reference.html`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs in the reference page: renders the requests once the page is ready. */
export async function renderReferencesInPage(requests: ReferenceRequest[]): Promise<ReferenceRender[]> {
  const page = window as unknown as { referenceReady: Promise<void>; renderReferences(requests: ReferenceRequest[]): Promise<ReferenceRender[]> };
  await page.referenceReady;
  return page.renderReferences(requests);
}
