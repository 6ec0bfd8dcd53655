import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  writeSync,
  unlinkSync,
  constants,
} from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Temp files of writeFileAtomic: `.NAME.<pid>.<ms>.tmp` beside the target (see stale-temps.ts). */
export const TEMP_FILE = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * temp file in the same directory, fsync, rename over the target, fsync the directory.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, constants.O_CREAT | constants.O_WRONLY | constants.O_TRUNC, mode);
  try {
    // open()'s mode goes through the umask, and an odd umask (0o277…) would leave a credential file
    // unreadable or wider than asked: set the exact mode on the temp file before it gets its name.
    if (process.platform !== 'win32') fchmodSync(fd, mode);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // the temp file may not exist; the original error matters more
    }
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

function fsyncDir(dir: string): void {
  // Directories cannot be opened for fsync on Windows; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
