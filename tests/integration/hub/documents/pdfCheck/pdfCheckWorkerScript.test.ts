import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outsideAsar, pdfCheckWorkerScript } from '../../../../../src/main/hub/documents/pdfCheck/pdfCheckWorkerScript';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the check worker's script", () => {
  it('is bundled from its source when the hub runs from the sources', async () => {
    const script = await pdfCheckWorkerScript();
    expect(script.endsWith('pdfCheckWorker.cjs')).toBe(true);
    expect(existsSync(script)).toBe(true);
  });

  it('is started from app.asar.unpacked in the packed app, where a worker thread can load it', () => {
    dir = mkdtempSync(join(tmpdir(), 'chamber-asar-'));
    const packed = join(dir, 'resources', 'app.asar', 'out', 'main', 'pdfCheckWorker.cjs');
    const unpacked = join(dir, 'resources', 'app.asar.unpacked', 'out', 'main', 'pdfCheckWorker.cjs');
    expect(outsideAsar(packed)).toBe(packed);
    mkdirSync(join(dir, 'resources', 'app.asar.unpacked', 'out', 'main'), { recursive: true });
    writeFileSync(unpacked, '');
    expect(outsideAsar(packed)).toBe(unpacked);
  });

  it('is left where it is outside a packed app', () => {
    expect(outsideAsar(join('out', 'main', 'pdfCheckWorker.cjs'))).toBe(join('out', 'main', 'pdfCheckWorker.cjs'));
  });
});
