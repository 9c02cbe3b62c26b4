/**
 * Where the check worker's script is. Built (`npm run build`, `serve`, the packed
 * app) it sits beside the hub's bundle as pdfCheckWorker.cjs (in the packed app,
 * unpacked beside app.asar). Run from the sources
 * (tests, a hub bundled elsewhere) it is bundled once per process from its
 * TypeScript source with esbuild, a development dependency that the built app
 * never loads.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PDF_CHECK_WORKER_FILE = 'pdfCheckWorker.cjs';
const SOURCE = join('src', 'main', 'hub', 'documents', 'pdfCheck', 'pdfCheckWorker.ts');

let script: Promise<string> | null = null;

export function pdfCheckWorkerScript(): Promise<string> {
  script ??= locate().catch((error: unknown) => {
    script = null;
    throw error;
  });
  return script;
}

async function locate(): Promise<string> {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (here && existsSync(join(here, PDF_CHECK_WORKER_FILE))) return outsideAsar(join(here, PDF_CHECK_WORKER_FILE));
  const source = join(process.cwd(), SOURCE);
  if (!existsSync(source)) throw new Error(`The PDF check worker is missing: no ${PDF_CHECK_WORKER_FILE} beside the hub and no ${SOURCE}`);
  return bundleFromSource(source);
}

/**
 * In the packed app the hub's bundle sits inside app.asar, but a worker thread cannot start
 * from there: electron-builder unpacks the worker (`asarUnpack`) to app.asar.unpacked.
 */
export function outsideAsar(path: string): string {
  const unpacked = path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}

async function bundleFromSource(source: string): Promise<string> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'chamber-pdf-check-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, PDF_CHECK_WORKER_FILE);
  await build({ ...PDF_CHECK_WORKER_BUILD, entryPoints: [source], outfile, logLevel: 'error' });
  return outfile;
}

/**
 * How the worker is bundled, here and in scripts/build-node.mjs (keep them equal): with
 * pdf.js inside it, since pdfjs-dist is kept out of the packed app's node_modules.
 * `import.meta.url` (which pdf.js reads under Node) becomes the bundle's own file URL.
 */
export const PDF_CHECK_WORKER_BUILD = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: { 'import.meta.url': '__pdfCheckWorkerUrl' },
  banner: { js: 'const __pdfCheckWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
} as const;
