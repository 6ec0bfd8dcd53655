// What the _electron suite launches, or why it cannot run here. Sources, in order:
//   CRUMBS_ELECTRON_PATH  an Electron 45 executable (runs this checkout's out/), or a packaged Crumbs built
//                         with the e2e fuses (npm run dist:dir -- --e2e): that one runs its own app.asar
//   electron's own dist   node_modules/electron/dist, where its install could download the binary
// A release build cannot be driven: its --inspect fuse is off, and Playwright attaches through --inspect.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../electron/cli/launch-electron';
import { readFuses } from '../../build/fuses';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ElectronTarget {
  executablePath: string;
  /** A packaged Crumbs (it loads its own app.asar) rather than a bare Electron given this checkout. */
  packaged: boolean;
  source: string;
}

export type Found = { target: ElectronTarget } | { skip: string };

const E2E_HINT =
  'build one with `CRUMBS_ELECTRON_DIST=<unpacked Electron> npm run dist:dir -- --e2e` and set ' +
  'CRUMBS_ELECTRON_PATH=dist/e2e/linux-unpacked/crumbs-desktop';

function appAsarBeside(executable: string): boolean {
  const dir = dirname(executable);
  return (
    existsSync(join(dir, 'resources', 'app.asar')) || existsSync(join(dir, '..', 'Resources', 'app.asar'))
  );
}

export async function findElectronApp(env: NodeJS.ProcessEnv = process.env): Promise<Found> {
  let target: ElectronTarget;
  const given = env.CRUMBS_ELECTRON_PATH;
  if (given) {
    const path = resolve(given);
    // Set but wrong is a mistake to fix, not a reason to skip quietly.
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new Error(`CRUMBS_ELECTRON_PATH=${given} is not an executable file.`);
    }
    target = { executablePath: path, packaged: appAsarBeside(path), source: 'CRUMBS_ELECTRON_PATH' };
  } else {
    const found = findElectronBinary(ROOT, env);
    if ('missing' in found) {
      return {
        skip: `${found.missing} Set CRUMBS_ELECTRON_PATH to an Electron 45 executable, or ${E2E_HINT}.`,
      };
    }
    target = { executablePath: found.path, packaged: false, source: 'node_modules/electron' };
  }
  if (target.packaged) {
    const fuses = await readFuses(target.executablePath);
    if (fuses.EnableNodeCliInspectArguments !== true) {
      return {
        skip: `${target.executablePath} is a release build: its EnableNodeCliInspectArguments fuse is off, and Playwright drives Electron through --inspect; ${E2E_HINT}.`,
      };
    }
  }
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { skip: 'no display (DISPLAY and WAYLAND_DISPLAY are unset): run the suite under xvfb-run.' };
  }
  return { target };
}
