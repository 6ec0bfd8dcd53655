// Reading a browser's live cookie database. The browser may be running and writing: the database and
// its -wal/-shm files are copied together into a private temp folder first (a snapshot taken in one go
// is far less likely to be torn than two reads spread over the parsing), then the copy's WAL is folded
// into the database (wal.ts), so cookies the browser has not checkpointed yet are included.
import { reasonFor } from '../../../../shared/problem-codes';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CrumbsError } from '../../../../shared/errors';
import type { Problem } from '../../../../shared/model';
import { hasSqliteMagic } from './sqlite';
import { mergeWal } from './wal';

/** Chrome's and Firefox's cookie databases are a few MB; 256 MiB is far beyond any real one. */
export const MAX_DB_BYTES = 256 * 1024 * 1024;

export interface DbCopy {
  /** The file name, for `where` in problems ("Cookies row 3"). */
  name: string;
  /** The database, with its committed WAL frames applied when it had a -wal file. */
  bytes: Uint8Array;
  /** How many committed WAL frames were applied. */
  walFrames: number;
  /** What could not be taken along (an unusable -wal file). */
  notes: Problem[];
}

function code(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (err) {
    if (code(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Copies `path` (and `path-wal`, `path-shm` when present) into a temp folder, reads the copy and merges
 * the WAL. The temp folder is removed afterwards. Throws IMPORT_UNREADABLE when the file cannot be read,
 * TOO_LARGE over `maxBytes`. Safari's binarycookies (no WAL) passes through unchanged.
 */
export async function readFileCopy(path: string, options: { maxBytes?: number } = {}): Promise<DbCopy> {
  const maxBytes = options.maxBytes ?? MAX_DB_BYTES;
  const name = basename(path);
  const dir = await mkdtemp(join(tmpdir(), 'crumbs-db-'));
  try {
    let size: number | null;
    try {
      size = await sizeOf(path);
    } catch (err) {
      throw new CrumbsError('IMPORT_UNREADABLE', `Cannot read ${path}: ${code(err) ?? 'error'}.`, {
        where: name,
      });
    }
    if (size === null)
      throw new CrumbsError('IMPORT_UNREADABLE', `Cannot read ${path}: no such file.`, { where: name });
    const walSize = (await sizeOf(`${path}-wal`).catch(() => null)) ?? 0;
    if (size + walSize > maxBytes) {
      throw new CrumbsError(
        'TOO_LARGE',
        `${name} is ${size + walSize} bytes with its -wal file; the limit for a browser database is ${maxBytes}.`,
        { limit: maxBytes },
      );
    }
    // The database first, then its logs, each copied whole (copyFile may clone on copy-on-write disks).
    try {
      await copyFile(path, join(dir, 'db'));
    } catch (err) {
      throw new CrumbsError('IMPORT_UNREADABLE', `Cannot copy ${path}: ${code(err) ?? 'error'}.`, {
        where: name,
      });
    }
    let hasWal = false;
    for (const suffix of ['-wal', '-shm']) {
      try {
        await copyFile(`${path}${suffix}`, join(dir, `db${suffix}`));
        if (suffix === '-wal') hasWal = true;
      } catch {
        // No log (the browser is closed and checkpointed) or it vanished meanwhile: the database alone is whole.
      }
    }
    const bytes = new Uint8Array(await readFile(join(dir, 'db')));
    if (bytes.length > maxBytes) {
      throw new CrumbsError('TOO_LARGE', `${name} grew beyond ${maxBytes} bytes while being copied.`, {
        limit: maxBytes,
      });
    }
    if (!hasSqliteMagic(bytes)) return { name, bytes, walFrames: 0, notes: [] };
    const wal = hasWal ? new Uint8Array(await readFile(join(dir, 'db-wal'))) : new Uint8Array(0);
    const merged = mergeWal(bytes, wal, maxBytes);
    const notes: Problem[] = merged.ignored
      ? [
          {
            where: `${name}-wal`,
            ...reasonFor('NOTE_WAL_IGNORED', { detail: merged.ignored }),
          },
        ]
      : [];
    return { name, bytes: merged.bytes, walFrames: merged.frames, notes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
