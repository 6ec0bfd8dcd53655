// Starts the desktop app from plain Node (`crumbs` / npm scripts) WITHOUT require('electron'): that package's
// index.js tries to download the binary when it is missing, which cannot work offline or here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CrumbsError } from '../../shared/errors';

export type ElectronBinary = { path: string } | { missing: string };

/** The executable's path inside an Electron dist folder, as electron's own install.js names it. */
function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findElectronBinary(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  const pkgDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || platformExecutable(platform);

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, executable);
    return isFile(candidate)
      ? { path: candidate }
      : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} is not an Electron executable.` };
  }
  if (!existsSync(join(pkgDir, 'package.json'))) {
    return { missing: 'the electron package is not installed in node_modules.' };
  }
  if (recorded === '') {
    return {
      missing:
        'no Electron binary in node_modules/electron/dist: it could not be downloaded on this machine ' +
        '(node_modules/electron/path.txt is absent).',
    };
  }
  const distDir = resolve(pkgDir, 'dist');
  const candidate = resolve(distDir, recorded);
  if (!candidate.startsWith(distDir + sep)) {
    return { missing: 'node_modules/electron/path.txt points outside node_modules/electron/dist.' };
  }
  if (!isFile(candidate)) {
    return {
      missing: `no Electron binary in node_modules/electron/dist (${recorded} is absent): it could not be downloaded on this machine.`,
    };
  }
  return { path: candidate };
}

/** What the CLI prints when there is no binary. */
export function describeMissingElectron(missing: string): string {
  return `Cannot start the Crumbs desktop app: ${missing}\nUse \`npm run web\` to open Crumbs in your browser instead.`;
}

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Runs the app (package.json "main" = out/main/index.js, so the project root is the app path) and resolves
 * with Electron's exit code. Throws NOT_FOUND with describeMissingElectron's text when there is no binary.
 */
export function launchElectron(
  projectRoot: string,
  args: readonly string[],
  binary: ElectronBinary = findElectronBinary(projectRoot),
): Promise<number> {
  if ('missing' in binary)
    return Promise.reject(new CrumbsError('NOT_FOUND', describeMissingElectron(binary.missing)));
  const env = { ...process.env };
  // Inherited from a parent Electron tool, this would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary.path, [resolve(projectRoot), ...args], {
      stdio: 'inherit',
      env,
      windowsHide: false,
    });
    const forward = (signal: NodeJS.Signals): void => {
      if (child.exitCode === null && !child.killed) child.kill(signal);
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    const cleanUp = (): void => {
      for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    };
    child.once('error', (err) => {
      cleanUp();
      reject(new CrumbsError('INTERNAL', `Electron could not be started: ${err.message}`));
    });
    child.once('exit', (code, signal) => {
      cleanUp();
      resolvePromise(code ?? (signal === null ? 0 : 1));
    });
  });
}

/**
 * Electron's npm package fetches its binary on first use, not at install. Try that once (its own
 * install.js, with a time limit) before declaring the binary missing, so `npm start` works on a machine
 * that can download it.
 */
export function ensureElectronBinary(
  projectRoot: string,
  env: NodeJS.ProcessEnv = process.env,
  report: (line: string) => void = () => undefined,
): ElectronBinary {
  const first = findElectronBinary(projectRoot, env);
  const installer = join(projectRoot, 'node_modules', 'electron', 'install.js');
  if ('path' in first || env.ELECTRON_OVERRIDE_DIST_PATH || !existsSync(installer)) return first;
  report('Fetching the Electron binary (first start only)…');
  const run = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000, env });
  const second = findElectronBinary(projectRoot, env);
  if ('path' in second) return second;
  const why = run.error ? run.error.message : `its installer exited with status ${run.status}`;
  return { missing: `${second.missing} The download was tried and failed (${why}).` };
}
