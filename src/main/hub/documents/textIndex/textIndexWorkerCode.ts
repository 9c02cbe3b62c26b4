/**
 * The code of the text index worker. Built, it is `textIndexWorker.cjs`
 * beside the hub's own bundle (out/main, also inside the packed app's
 * archive); it is read as text and run with `eval`, which works the same
 * inside an asar archive, where a worker cannot be started from a path. Run
 * from the TypeScript sources (the tests), the worker is bundled in memory
 * with esbuild, a development dependency that the built hub never loads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file the build writes (scripts/build-node.mjs) beside the hub's entries. */
export const TEXT_INDEX_WORKER_FILE = 'textIndexWorker.cjs';

let code: Promise<string> | null = null;

/** The worker's code, loaded once per process. */
export function textIndexWorkerCode(): Promise<string> {
  code ??= load();
  code.catch(() => {
    code = null;
  });
  return code;
}

/** True inside the built CommonJS bundle (out/main), where the worker's own bundle lies beside it. */
function isBundled(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.cjs');
}

async function load(): Promise<string> {
  if (isBundled()) return readFile(join(__dirname, TEXT_INDEX_WORKER_FILE), 'utf8');
  // The TypeScript sources run as ES modules (Playwright) or with CommonJS names defined (vitest).
  const sourceDir = typeof __dirname === 'string' ? __dirname : import.meta.dirname;
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(sourceDir, 'textIndexWorker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no text index worker');
  return output.text;
}
