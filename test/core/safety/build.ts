// The command line and two small child programs, built from the current sources into a throw-away
// directory (under node_modules/.cache, so the bundles resolve their external packages): the process
// tests then run what a user runs, without depending on an earlier `npm run build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(__dirname, '../../..');

export interface Built {
  cli: string;
  /** A child program built beside the CLI: 'hold-lock' or 'rotate'. */
  child(name: 'hold-lock' | 'rotate'): string;
  cleanup(): void;
}

export async function buildCommandLine(tag: string): Promise<Built> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, `crumbs-safety-${tag}-`));
  const cliDir = join(dir, 'cli');
  await build({
    configFile: join(ROOT, 'vite.cli.config.mts'),
    root: ROOT,
    logLevel: 'silent',
    build: {
      outDir: cliDir,
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          crumbs: join(ROOT, 'electron/cli/index.ts'),
          'parse-worker': join(ROOT, 'electron/core/formats/parse-worker.ts'),
          'hold-lock': join(__dirname, 'children/hold-lock.ts'),
          rotate: join(__dirname, 'children/rotate.ts'),
        },
      },
    },
  });
  // `crumbs serve` wants a built UI beside it; a stub page is enough to hold the lock.
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>stub</title>');
  return {
    cli: join(cliDir, 'crumbs.mjs'),
    child: (name) => join(cliDir, `${name}.mjs`),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
