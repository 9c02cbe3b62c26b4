/**
 * iPads on a weak hall Wi-Fi abort downloads all day (a sleep, a page turn, a
 * reload). Each abort must close the document file; at the open-file limit a
 * download gets a 503, never a crash. The hub runs as a child process under a
 * low `ulimit -n`, and its open descriptors are read from /proc.
 */
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../helpers/freePort';
import { pairingTokens } from '../../helpers/pairingTokens';
import { bundleServe, startServe } from '../../helpers/serveProcess';
import type { ServeBundle, ServeProcess } from '../../helpers/serveProcess';
import { sessionWithSeats } from '../../helpers/sessionWithSeats';
import { TestSocket } from '../../helpers/testSocket';

const OPEN_FILE_LIMIT = 128;
const ABORTS = 500;
const AT_ONCE = 20;

let bundle: ServeBundle;
let dir: string;
let hub: ServeProcess;
let url: string;
let token: string;
let sha256: string;
let documentBytes: number;

/** A valid PDF of a few megabytes (an incompressible attachment), so an abort lands mid-body. */
async function bigPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  await pdf.attach(randomBytes(4 * 1024 * 1024), 'annex.bin', { mimeType: 'application/octet-stream' });
  return pdf.save();
}

function openDescriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** Starts a download and drops the connection as soon as the first bytes of the body arrive. */
function abortedDownload(range?: string, path = `/documents/${sha256}.pdf`): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers: { Authorization: `Bearer ${token}`, ...(range ? { Range: range } : {}) } }, (res) => {
      if (res.statusCode !== 200 && res.statusCode !== 206) {
        reject(new Error(`download answered ${res.statusCode}`));
        req.destroy();
        return;
      }
      res.once('data', () => {
        req.destroy();
        resolve();
      });
    });
    req.on('error', (error) => {
      if (req.destroyed) resolve();
      else reject(error);
    });
    req.end();
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  await vi.waitUntil(condition, { timeout: 10_000, interval: 50, message: `Timed out waiting for ${what}` });
}

beforeAll(async () => {
  bundle = await bundleServe();
  dir = mkdtempSync(join(tmpdir(), 'chamber-aborts-'));
  const sessionFile = join(dir, 'session.json');
  writeFileSync(sessionFile, JSON.stringify(sessionWithSeats(5)));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const dataDir = join(dir, 'data');
  hub = startServe(bundle.script, ['--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--session', sessionFile], { maxOpenFiles: OPEN_FILE_LIMIT });
  await hub.ready();
  const tokens = pairingTokens(dataDir, url);
  token = tokens.get('seat-1') ?? '';
  const secretary = await TestSocket.connect(`ws://127.0.0.1:${port}/ws`, tokens.get('secretary') ?? '');
  const itemId = secretary.state.agenda[0]?.id ?? '';
  secretary.ws.close();
  const bytes = await bigPdf();
  documentBytes = bytes.byteLength;
  const uploaded = await fetch(`${url}/api/documents?${new URLSearchParams({ itemId, fileName: 'annex.pdf' })}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokens.get('secretary') ?? ''}` },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  expect(uploaded.status).toBe(200);
  sha256 = ((await uploaded.json()) as { document: { sha256: string } }).document.sha256;
}, 60_000);

afterAll(async () => {
  if (hub) {
    hub.child.kill('SIGKILL');
    await hub.exited();
  }
  bundle?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('aborted document downloads', () => {
  it(`close the file every time: ${ABORTS} aborts under ulimit -n ${OPEN_FILE_LIMIT} leave no descriptor open, and the hub still serves`, async () => {
    const pid = hub.child.pid ?? 0;
    const full = await fetch(`${url}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await full.arrayBuffer()).byteLength).toBe(documentBytes);
    const baseline = openDescriptors(pid);

    for (let started = 0; started < ABORTS; started += AT_ONCE) {
      await Promise.all(
        Array.from({ length: AT_ONCE }, (_, index) => abortedDownload((started + index) % 2 === 0 ? `bytes=${started}-` : undefined)),
      );
    }

    // Closed sockets and files are released as the hub notices each abort.
    await until(() => openDescriptors(pid) <= baseline + 2, `the hub's descriptors to fall back to ${baseline}`);
    expect(hub.child.exitCode).toBeNull();
    const after = await fetch(`${url}/documents/${sha256}.pdf`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).toBe(200);
    expect((await after.arrayBuffer()).byteLength).toBe(documentBytes);
    expect(((await (await fetch(`${url}/healthz`)).json()) as { ok: boolean }).ok).toBe(true);
  }, 120_000);
});

/** The largest file of the built apps (the PDF worker, about a megabyte), as /assets/… */
function largestAppFile(): { path: string; bytes: number } {
  const assets = join('out', 'renderer', 'assets');
  const files = readdirSync(assets).map((name) => ({ path: `/assets/${name}`, bytes: statSync(join(assets, name)).size }));
  const largest = files.sort((a, b) => b.bytes - a.bytes)[0];
  if (!largest || largest.bytes < 256 * 1024) throw new Error('The apps are not built (npm run build), or have no file large enough to abort mid-body');
  return largest;
}

describe('aborted app downloads', () => {
  it(`close the file every time: ${ABORTS} aborted loads of the largest app file leave no descriptor open, and the hub still serves`, async () => {
    const pid = hub.child.pid ?? 0;
    const appFile = largestAppFile();
    const baseline = openDescriptors(pid);
    for (let started = 0; started < ABORTS; started += AT_ONCE) {
      await Promise.all(Array.from({ length: AT_ONCE }, () => abortedDownload(undefined, appFile.path)));
    }
    await until(() => openDescriptors(pid) <= baseline + 2, `the hub's descriptors to fall back to ${baseline}`);
    expect(hub.child.exitCode).toBeNull();
    const after = await fetch(`${url}${appFile.path}`);
    expect(after.status).toBe(200);
    expect((await after.arrayBuffer()).byteLength).toBe(appFile.bytes);
  }, 120_000);
});
