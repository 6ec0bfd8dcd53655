// The `crumbs` command and browser-mode server: one ESM file for plain Node, dependencies left external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // zod is ~90 small ES modules: resolving and linking them is ~50 ms of every command's start. One bundle
  // loads in a few. tough-cookie and sql.js stay external (CommonJS, one file each).
  ssr: { noExternal: ['zod'] },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      // The command, and the worker thread that reads big import files off the main thread.
      input: {
        crumbs: resolve('electron/cli/index.ts'),
        'parse-worker': resolve('electron/core/formats/parse-worker.ts'),
      },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        banner: (chunk) => (chunk.name === 'crumbs' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
