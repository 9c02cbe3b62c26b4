import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * Lists the pdf.js files the delegate app loads ahead of need (src/renderer/pdf/preloadedBinaryData.ts):
 * /pdfjs/assets.json, with the same filter the app checks the list with.
 */
function listPdfjsAssets(): Plugin {
  return {
    name: 'chamber-list-pdfjs-assets',
    apply: 'build',
    async closeBundle() {
      const { PDFJS_ASSET_FOLDERS, isFetchedAsset } = await import('./src/renderer/pdf/pdfjsAssetList');
      const list = Object.fromEntries(
        Object.values(PDFJS_ASSET_FOLDERS).map((folder) => [folder, readdirSync(resolve(import.meta.dirname, 'node_modules/pdfjs-dist', folder)).filter((name) => isFetchedAsset(folder, name)).sort()]),
      );
      mkdirSync(resolve(outDir, 'pdfjs'), { recursive: true });
      writeFileSync(resolve(outDir, 'pdfjs', 'assets.json'), JSON.stringify(list));
    },
  };
}

// The three browser apps (console, delegate, screen), built as plain files the hub serves.
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), copyPdfjsAssets(), listPdfjsAssets()],
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
