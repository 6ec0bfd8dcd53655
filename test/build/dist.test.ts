// `npm run dist` / `npm run dist:dir` (scripts/dist.mjs): the unpacked app from a local Electron, through the
// configuration file as electron-builder's CLI loads it; and, with no Electron to be had, a plain explanation.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LINUX_EXECUTABLE } from '../../build/electron-builder.config';
import { fuseSettings, readFuses } from '../../build/fuses';
import { tempDir } from '../helpers/temp';
import { ROOT, assertBuilt } from './pack';
import { createStandInElectron } from './stand-in-electron';

const SCRIPT = join(ROOT, 'scripts/dist.mjs');
const work = tempDir('crumbs-dist-test-');
afterAll(() => work.cleanup());

function dist(args: string[], env: NodeJS.ProcessEnv): { status: number | null; out: string } {
  const clean = { ...process.env };
  delete clean.CRUMBS_ELECTRON_DIST;
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe.runIf(process.platform === 'linux')('scripts/dist.mjs', () => {
  it('builds the unpacked e2e app from CRUMBS_ELECTRON_DIST, through build/electron-builder.config.ts', async () => {
    assertBuilt();
    const output = join(work.dir, 'out');
    const { status, out } = dist(['--dir', '--e2e'], {
      CRUMBS_ELECTRON_DIST: createStandInElectron(join(work.dir, 'electron-dist')),
      CRUMBS_DIST_OUT: output,
    });
    expect(out).toContain('--config build/electron-builder.config.ts --linux dir');
    expect(status, out).toBe(0);
    const binary = join(
      output,
      process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`,
      LINUX_EXECUTABLE,
    );
    expect(await readFuses(binary)).toEqual(fuseSettings('e2e'));
  }, 60_000);

  it('refuses a CRUMBS_ELECTRON_DIST that holds no Electron', () => {
    const { status, out } = dist(['--dir'], { CRUMBS_ELECTRON_DIST: work.dir });
    expect(status).toBe(1);
    expect(out).toContain('has no electron: it must be an unpacked Electron 45.5.0 for linux');
  });

  it.skipIf(existsSync(join(ROOT, 'node_modules/electron/path.txt')))(
    'without any Electron, says why no installer can be built and what to run instead',
    () => {
      // An address that refuses at once stands for a machine without network, wherever this runs.
      const { status, out } = dist([], { ELECTRON_MIRROR: 'http://127.0.0.1:9/', XDG_CACHE_HOME: work.dir });
      expect(status).toBe(1);
      expect(out).toContain('dist: cannot build the installers here.');
      expect(out).toContain('Electron 45.5.0 for linux-');
      expect(out).toContain('could not be downloaded');
      expect(out).toMatch(/CRUMBS_ELECTRON_DIST=\/path\/to\/electron-v45\.5\.0-linux-\w+ npm run dist:dir/);
    },
  );

  it('rejects unknown options', () => {
    expect(dist(['--portable'], {}).status).toBe(2);
  });
});
