import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'src/renderer');

// The three browser apps (console, delegate, screen), built as plain files the hub serves.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
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
