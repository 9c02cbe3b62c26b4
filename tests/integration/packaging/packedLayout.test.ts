/**
 * The packaged console's layout, checked without the internet: electron-builder packs the
 * built out/ (run `npm run build` first, as `npm test` does) with a stand-in Electron, and
 * the result is read back: the app archive, the unpacked native module, the demo PDFs, the
 * fuses flipped in the executable, and the size.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FuseByte } from './electronDistStandIn';
import { packWithStandIn } from './packWithStandIn';
import { scriptMinutesSession } from '../../helpers/minutesSession';
import { DATABASE_FILE, sessionFolder } from '../../../src/main/hub/dataFolder';
import { MINUTES_WORKER_LIMITS } from '../../../src/main/minutes/worker/minutesWorkerLimits';
import { MinutesWorkerPool } from '../../../src/main/minutes/worker/minutesWorkerPool';

/**
 * Chamber's own share of the packed app (resources/: app.asar, its unpacked native module and
 * the demo PDFs), Electron's own ~250 MB excluded. Measured at 37 MiB with pdf-lib out of the
 * package, the minutes' libraries and fonts in, and source maps, type declarations and browser
 * builds filtered out (electron-builder.yml); the pdf.js and minutes workers are unpacked beside the
 * asar. The budget fails if a heavy module slips
 * in (pdfjs-dist's optional canvas alone is 59 MB) or better-sqlite3's 20 MB of sources and
 * compiler objects is packed again.
 */
const RESOURCES_BUDGET_BYTES = 60 * 1024 * 1024;

const PACK_TIMEOUT_MS = 180_000;

let workDir: string;
let appDir: string;
let resourcesDir: string;
let archive: string;

beforeAll(async () => {
  if (!existsSync(join('out', 'main', 'index.cjs'))) throw new Error('out/ is missing: run `npm run build` before the packaging test');
  workDir = await mkdtemp(join(tmpdir(), 'chamber-pack-'));
  appDir = await packWithStandIn(workDir);
  resourcesDir = join(appDir, 'resources');
  archive = join(resourcesDir, 'app.asar');
}, PACK_TIMEOUT_MS);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

describe('the packed app (electron-builder --dir with a stand-in Electron)', () => {
  it('holds the built main, preload and renderer entries and package.json in app.asar', () => {
    const files = listPackage(archive, { isPack: false });
    expect(files).toEqual(expect.arrayContaining([
      '/package.json',
      '/out/main/index.cjs',
      '/out/main/hubProcess.cjs',
      // The text index worker, pdf.js bundled inside it (src/main/hub/documents/textIndex).
      '/out/main/textIndexWorker.cjs',
      '/out/preload/index.cjs',
      '/out/renderer/console/index.html',
      '/out/renderer/delegate/index.html',
      '/out/renderer/screen/index.html',
    ]));
    expect(files.filter((file) => file.startsWith('/out/') && file.endsWith('.map'))).toEqual([]);
    const packageJson = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(packageJson.main).toBe('out/main/index.cjs');
  });

  it('keeps pdfjs-dist out of the packed node_modules (the renderer and the check worker bundle it)', () => {
    const files = listPackage(archive, { isPack: false });
    expect(files.filter((file) => file.startsWith('/node_modules/pdfjs-dist'))).toEqual([]);
  });

  it("unpacks the import check's worker, with pdf.js of the delegates' version inside it, where a worker thread can start it", () => {
    const worker = join(resourcesDir, 'app.asar.unpacked', 'out', 'main', 'pdfCheckWorker.cjs');
    const pdfjsVersion = (JSON.parse(readFileSync(join('node_modules', 'pdfjs-dist', 'package.json'), 'utf8')) as { version: string }).version;
    const source = readFileSync(worker, 'utf8');
    expect(source).toContain(`apiVersion = "${pdfjsVersion}"`);
    expect(source).toContain(`workerVersion = "${pdfjsVersion}"`);
    expect(source).toContain('WorkerMessageHandler');
    expect(statFile(archive, 'out/main/pdfCheckWorker.cjs')).toMatchObject({ unpacked: true });
  });

  it("unpacks the minutes worker, pdf.js, fflate and better-sqlite3's JavaScript inside it, where a worker thread can start it", () => {
    const worker = join(resourcesDir, 'app.asar.unpacked', 'out', 'main', 'minutesWorker.cjs');
    const pdfjsVersion = (JSON.parse(readFileSync(join('node_modules', 'pdfjs-dist', 'package.json'), 'utf8')) as { version: string }).version;
    const source = readFileSync(worker, 'utf8');
    expect(source).toContain(`apiVersion = "${pdfjsVersion}"`);
    expect(source).toContain('WorkerMessageHandler');
    // Nothing is loaded from node_modules at run time but the native binding, named by path.
    expect(source).not.toMatch(/require\("(?:pdfjs-dist|fflate|docx|pdfmake|better-sqlite3|zod)[/"]/);
    expect(statFile(archive, 'out/main/minutesWorker.cjs')).toMatchObject({ unpacked: true });
  });

  it('makes the minutes and checks them with the unpacked minutes worker, outside any node_modules', async () => {
    const data = join(workDir, 'worker-data');
    const { sessionId } = await scriptMinutesSession(data);
    const worker = join(resourcesDir, 'app.asar.unpacked', 'out', 'main', 'minutesWorker.cjs');
    const pool = new MinutesWorkerPool(MINUTES_WORKER_LIMITS, () => Promise.resolve(worker));
    const databaseFile = join(sessionFolder(data, sessionId), DATABASE_FILE);
    const made = await pool.run({ kind: 'make', databaseFile, scope: { kind: 'minutes', sessionId, sitting: null }, format: 'pdf', locale: 'vi' });
    if (made.kind !== 'made') throw new Error(`no minutes: ${JSON.stringify(made)}`);
    const checked = await pool.run({ kind: 'check', bytes: made.bytes, sessionId, databaseFile });
    expect(checked).toMatchObject({ kind: 'checked', check: { ok: true, kind: 'pdf', record: { eventCount: made.eventCount } } });
  }, PACK_TIMEOUT_MS);

  it('leaves pdf-lib, now used only by tests and scripts, out of the packed node_modules', () => {
    const files = listPackage(archive, { isPack: false });
    expect(files.filter((file) => file.startsWith('/node_modules/pdf-lib'))).toEqual([]);
  });

  it('unpacks better-sqlite3 from the archive, so its native binding can load', () => {
    const binding = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(statSync(join(resourcesDir, 'app.asar.unpacked', binding)).size).toBeGreaterThan(0);
    expect(statFile(archive, binding)).toMatchObject({ unpacked: true });
    expect(existsSync(join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'package.json'))).toBe(true);
  });

  it("leaves better-sqlite3's SQLite sources and compiler objects out", () => {
    const unpacked = join(resourcesDir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(join(unpacked, 'deps'))).toBe(false);
    expect(existsSync(join(unpacked, 'src'))).toBe(false);
    expect(existsSync(join(unpacked, 'build', 'Release', 'obj'))).toBe(false);
  });

  it('ships every demo PDF beside the archive, where the hub looks for them when packaged', () => {
    const source = join('resources', 'demo', 'documents');
    const pdfs = readdirSync(source).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) {
      expect(statSync(join(resourcesDir, 'demo', 'documents', pdf)).size, pdf).toBe(statSync(join(source, pdf)).size);
    }
  });

  it('flips the fuses in the executable: no run-as-node, NODE_OPTIONS or --inspect, encrypted cookies, the app only from a checked asar', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'chamber'));
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: FuseByte.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseByte.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseByte.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseByte.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseByte.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseByte.ENABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseByte.DISABLE,
    });
  });

  it('makes the minutes as DOCX and PDF and an archive with the packed libraries alone (nothing the package filters out is needed)', async () => {
    // The archive unpacked inside resources/, so the fonts beside it are found as in the packed app.
    const unpacked = join(resourcesDir, 'app-unpacked-for-test');
    extractAll(archive, unpacked);
    try {
      const data = join(workDir, 'data');
      const { sessionId } = await scriptMinutesSession(data);
      const chamber = join(unpacked, 'out', 'main', 'chamber.cjs');
      const run = (args: string[]) => execFileSync(process.execPath, [chamber, ...args], { cwd: workDir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
      run(['minutes', '--data', data, '--session', sessionId, '--format', 'docx', '--out', join(workDir, 'minutes.docx')]);
      run(['minutes', '--data', data, '--session', sessionId, '--format', 'pdf', '--out', join(workDir, 'minutes.pdf')]);
      run(['archive', '--data', data, '--session', sessionId, '--out', join(workDir, 'session.tar.gz')]);
      expect(readFileSync(join(workDir, 'minutes.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(execFileSync('pdftotext', [join(workDir, 'minutes.pdf'), '-'], { encoding: 'utf8' })).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect([...readFileSync(join(workDir, 'session.tar.gz')).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    } finally {
      await rm(unpacked, { recursive: true, force: true });
    }
  }, PACK_TIMEOUT_MS);

  it(`stays under its size budget of ${RESOURCES_BUDGET_BYTES / 1024 / 1024} MiB for Chamber's own resources`, async () => {
    const bytes = await folderBytes(resourcesDir);
    console.info(`Chamber's packed resources: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    expect(bytes).toBeLessThan(RESOURCES_BUDGET_BYTES);
  });
});
