import { mkdirSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'Crumbs';

/**
 * The per-user directory the desktop app uses (Electron's userData for productName "Crumbs"), so the CLI
 * and the app see the same jar by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CRUMBS_DATA_DIR) return resolve(env.CRUMBS_DATA_DIR);
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

/** Creates the directory private to the user (0700); an existing one keeps its mode unless it is ours to fix. */
export function ensureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') {
    try {
      chmodSync(dir, 0o700);
    } catch {
      // not our directory to change (e.g. a shared mount): the files inside are still 0600
    }
  }
}

export const FILES = {
  jar: 'jar.sealed',
  key: 'jar.key',
  lock: 'crumbs.lock',
} as const;
