/**
 * Where the minutes worker's script is. Built (`npm run build`, `serve`, the packed
 * app) it sits beside the hub's bundle as minutesWorker.cjs (in the packed app,
 * unpacked beside app.asar, as the import check's worker is). Run from the sources
 * (tests, a hub bundled elsewhere) it is bundled once per process from its
 * TypeScript source with esbuild, a development dependency that the built app
 * never loads.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsideAsar } from '../../hub/documents/pdfCheck/pdfCheckWorkerScript';

export const MINUTES_WORKER_FILE = 'minutesWorker.cjs';
const SOURCE = join('src', 'main', 'minutes', 'worker', 'minutesWorker.ts');

let script: Promise<string> | null = null;

export function minutesWorkerScript(): Promise<string> {
  script ??= locate().catch((error: unknown) => {
    script = null;
    throw error;
  });
  return script;
}

async function locate(): Promise<string> {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (here && existsSync(join(here, MINUTES_WORKER_FILE))) return outsideAsar(join(here, MINUTES_WORKER_FILE));
  const source = join(process.cwd(), SOURCE);
  if (!existsSync(source)) throw new Error(`The minutes worker is missing: no ${MINUTES_WORKER_FILE} beside the hub and no ${SOURCE}`);
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'chamber-minutes-worker-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, MINUTES_WORKER_FILE);
  await build({ ...MINUTES_WORKER_BUILD, entryPoints: [source], outfile, logLevel: 'error' });
  return outfile;
}

/**
 * How the worker is bundled, here and in scripts/build-node.mjs (keep them equal):
 * every package inside it, better-sqlite3's JavaScript too (its native binding is
 * named by path in workerData), so it needs no node_modules beside it, in the packed
 * app where it lies outside the asar. `import.meta.url` (which pdf.js reads under
 * Node) becomes the bundle's own file URL.
 */
export const MINUTES_WORKER_BUILD = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: { 'import.meta.url': '__minutesWorkerUrl' },
  banner: { js: 'const __minutesWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
} as const;
