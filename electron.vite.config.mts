import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // conf (and what it imports) ships only as ES modules, which main's CommonJS output cannot require():
      // bundle them in; every other dependency stays external.
      externalizeDeps: {
        exclude: [
          'conf',
          'ajv',
          'ajv-formats',
          'json-schema-traverse',
          'fast-deep-equal',
          'fast-uri',
          'require-from-string',
          'atomically',
          'dot-prop',
          'env-paths',
          'json-schema-typed',
          'semver',
          'uint8array-extras',
          'debounce-fn',
          'stubborn-fs',
          'stubborn-utils',
          'when-exit',
          'mimic-function',
          'type-fest',
        ],
      },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'parse-worker': resolve('electron/core/formats/parse-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
