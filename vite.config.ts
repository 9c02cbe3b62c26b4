import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'src/renderer');

const outDir = resolve(import.meta.dirname, 'out/renderer');

/** pdf.js loads its CMaps, standard fonts, ICC profiles and wasm decoders at run time; ship them beside the apps. */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'chamber-copy-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      for (const folder of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        cpSync(resolve(import.meta.dirname, 'node_modules/pdfjs-dist', folder), resolve(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}

// The three browser apps (console, delegate, screen), built as plain files the hub serves.
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), copyPdfjsAssets()],
  build: {
    outDir,
    emptyOutDir: true,
    target: ['safari16', 'chrome110'],
    rollupOptions: {
      input: {
        console: resolve(root, 'console/index.html'),
        delegate: resolve(root, 'delegate/index.html'),
        screen: resolve(root, 'screen/index.html'),
      },
    },
  },
});
