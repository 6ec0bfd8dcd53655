// The `crumbs` command and browser-mode server: one ESM file for plain Node, dependencies left external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // zod is ~90 small ES modules, and tough-cookie's CommonJS export list is found by parsing it: resolving,
  // linking and lexing them was ~60 ms of every command's start. Bundled, they load in a few. sql.js, parse5,
  // csv-parse and conf stay external and load only when a command needs them.
  ssr: { noExternal: ['zod', 'tough-cookie', 'tldts', 'tldts-core'] },
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
