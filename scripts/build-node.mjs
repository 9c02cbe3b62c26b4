// Bundles the Node-side entries (headless hub, CLI, Electron main, hub process, preload)
// into CommonJS files under out/. Dependencies stay in node_modules; electron is never bundled.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const quiet = process.argv.includes('--quiet');
for (const dir of ['out/main', 'out/preload']) rmSync(dir, { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'info',
};

await build({
  ...common,
  entryPoints: {
    serve: 'src/main/serve.ts',
    chamber: 'src/main/chamber.ts',
    index: 'src/main/index.ts',
    hubProcess: 'src/main/hubProcess.ts',
  },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
  // textIndexWorkerCode.ts reads import.meta.dirname only when the TypeScript sources run as ES modules (the tests), never in this bundle.
  logOverride: { 'empty-import-meta': 'silent' },
});

// The text index worker (src/main/hub/documents/textIndex) carries pdf.js inside it: pdfjs-dist stays
// out of the packed app's node_modules, and the hub reads this file and runs it in a worker thread.
await build({
  ...common,
  packages: undefined,
  entryPoints: { textIndexWorker: 'src/main/hub/documents/textIndex/textIndexWorker.ts' },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
});

// The import check's worker thread, with pdf.js bundled in (pdfjs-dist stays out of the packed
// node_modules). Keep in step with PDF_CHECK_WORKER_BUILD in src/main/hub/documents/pdfCheck/pdfCheckWorkerScript.ts.
await build({
  ...common,
  packages: 'bundle',
  entryPoints: { pdfCheckWorker: 'src/main/hub/documents/pdfCheck/pdfCheckWorker.ts' },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__pdfCheckWorkerUrl' },
  banner: { js: 'const __pdfCheckWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The minutes worker thread: every package bundled in (pdf.js and fflate are development dependencies,
// and the packed worker lies outside the asar). Keep in step with MINUTES_WORKER_BUILD in
// src/main/minutes/worker/minutesWorkerScript.ts.
await build({
  ...common,
  packages: 'bundle',
  entryPoints: { minutesWorker: 'src/main/minutes/worker/minutesWorker.ts' },
  outdir: 'out/main',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__minutesWorkerUrl' },
  banner: { js: 'const __minutesWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
});

await build({
  ...common,
  entryPoints: { index: 'src/preload/index.ts' },
  outdir: 'out/preload',
  outExtension: { '.js': '.cjs' },
});
