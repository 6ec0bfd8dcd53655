// One process at a time may write a data directory. A second one is refused with a message naming the
// holder; a lock left by a crashed process (its pid gone) is taken over.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, constants } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';
import { FILES } from './data-dir';

const LockInfo = z.object({
  pid: z.number().int(),
  owner: z.string(),
  hostname: z.string(),
  startedAt: z.string(),
});
type LockInfo = z.infer<typeof LockInfo>;

export interface DirLock {
  readonly path: string;
  release(): void;
}

export function acquireLock(dataDir: string, owner: string): DirLock {
  const path = join(dataDir, FILES.lock);
  const info: LockInfo = {
    pid: process.pid,
    owner,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return { path, release: () => releaseIfOurs(path) };
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
      const holder = readHolder(path);
      if (holder && isAlive(holder)) {
        throw new CrumbsError(
          'LOCKED',
          `The data directory ${dataDir} is in use by ${holder.owner} (process ${holder.pid}, since ${holder.startedAt}). ` +
            'Close it first, or use another directory with --data-dir.',
          { pid: holder.pid, owner: holder.owner },
        );
      }
      // Stale (crashed holder) or unreadable: take it over once.
      try {
        unlinkSync(path);
      } catch (e) {
        if (!isErrno(e, 'ENOENT')) throw e;
      }
    }
  }
  throw new CrumbsError(
    'LOCKED',
    `Could not lock the data directory ${dataDir}: another process keeps taking it.`,
  );
}

function readHolder(path: string): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockInfo): boolean {
  // A pid on another machine (shared home directory) cannot be checked: treat it as alive.
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

function releaseIfOurs(path: string): void {
  const holder = readHolder(path);
  if (holder && holder.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === code;
}
