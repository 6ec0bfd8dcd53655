// Data that cannot be read is set aside, never deleted and never reset silently: the file is moved (or
// copied, when part of it could be read) to a dated name beside it, and a notice says what happened and
// what was kept. Hosts show the notices (app.info in the app and browser mode).
import { chmodSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write';

export interface DataNotice {
  /** The data file that could not be read (or not entirely). */
  file: string;
  /** Where its bytes are now, unchanged (the file itself when it was left in place). */
  movedTo: string;
  /** What went wrong, then what was kept and what Crumbs does instead: one or two sentences for the user. */
  reason: string;
  /** What was kept, in a few words (also said in `reason`, for hosts that show only that). */
  kept: string;
}

/** A stamp for file names: sortable, no characters Windows refuses (`:`). */
export function fileStamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * The dated name beside `path`: `jar.sealed` → `jar.sealed.unreadable-<stamp>`, `policies.json` →
 * `policies.unreadable-<stamp>.json` (documents keep their extension so the copy still opens as JSON).
 */
export function asideName(path: string, stamp: string, keepExtension: boolean): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  // Two set-asides in the same millisecond must not land on one name: a rename would replace the first.
  for (let n = 1; ; n++) {
    const tag = n === 1 ? stamp : `${stamp}-${n}`;
    const aside =
      keepExtension && dot > 0
        ? `${name.slice(0, dot)}.unreadable-${tag}${name.slice(dot)}`
        : `${name}.unreadable-${tag}`;
    const to = join(dirname(path), aside);
    if (!existsSync(to)) return to;
  }
}

/** Moves the file aside (a rename: the bytes are the very same) and returns where it went. */
export function moveAside(path: string, stamp: string, keepExtension = false): string {
  const to = asideName(path, stamp, keepExtension);
  renameSync(path, to);
  // It holds the user's data whoever wrote it (an older Crumbs, a hand edit): readable by the user only.
  if (process.platform !== 'win32') {
    try {
      chmodSync(to, 0o600);
    } catch {
      // not ours to change (another owner): the move itself is what matters
    }
  }
  return to;
}

/** Copies the file aside, 0600 and durable before the original may be rewritten; returns the copy's path. */
export function copyAside(path: string, to: string): string {
  writeFileAtomic(to, readFileSync(path), 0o600);
  return to;
}
