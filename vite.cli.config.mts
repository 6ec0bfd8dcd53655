// The `crumbs` command and browser-mode server: one ESM file for plain Node, dependencies left external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('electron/cli/index.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'crumbs.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
