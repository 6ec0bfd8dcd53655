// Where the app keeps its data: `--data-dir <dir>` / `--data-dir=<dir>`, else CRUMBS_DATA_DIR, else the
// platform's userData directory. The CLI and browser mode accept the same two overrides.
import { resolve } from 'node:path';
import { CrumbsError } from '../../shared/errors';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'CRUMBS_DATA_DIR';

export interface DataDirChoice {
  dataDir: string;
  source: 'argument' | 'environment' | 'default';
}

function fromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        throw new CrumbsError('VALIDATION', `${DATA_DIR_FLAG} needs a directory path.`);
      }
      return next;
    }
    if (arg?.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value === '') throw new CrumbsError('VALIDATION', `${DATA_DIR_FLAG} needs a directory path.`);
      return value;
    }
  }
  return undefined;
}

export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  defaultDir: () => string,
  cwd: string = process.cwd(),
): DataDirChoice {
  const argument = fromArgv(argv);
  if (argument !== undefined) return { dataDir: resolve(cwd, argument), source: 'argument' };
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return { dataDir: resolve(cwd, fromEnv), source: 'environment' };
  return { dataDir: defaultDir(), source: 'default' };
}
