// Opening a sealed data file (the jar snapshot) for a writer, without ever losing what it held.
// "A value that fails to decrypt" is, here, the whole snapshot: it is sealed as one AES-GCM blob (one
// cipher pass and one fsync per save), so a wrong key or a damaged byte fails it all. Such a file is moved
// aside whole, byte for byte, with a copy of the key file it was sealed under, and the jar opens empty.
// Inside a snapshot that unseals, each cookie or localStorage entry is read on its own: unreadable ones are
// counted, the rest load, and the snapshot as it was is copied aside first, so nothing is ever dropped.
import { existsSync, readFileSync } from 'node:fs';
import { CrumbsError } from '../../../shared/errors';
import { asideName, copyAside, fileStamp, moveAside, type DataNotice } from './quarantine';
import { unsealWithAny } from './sealing';

export interface Decoded<T> {
  value: T;
  readable: number;
  unreadable: number;
  /** The first problem met, for the notice; null when every entry was read. */
  problem: string | null;
}

export interface SealedLoadOptions {
  /** Read-only opens hold no lock: they refuse a flawed file and touch nothing. */
  readOnly: boolean;
  /** Without it, a flawed file is refused as in read-only mode (no one would hear of the set-aside). */
  onNotice?: ((notice: DataNotice) => void) | undefined;
  /** What the file holds, in the user's words: "cookie jar". */
  what: string;
  /** A file to copy beside the set-aside one: the key file it was sealed under. */
  companion?: string;
}

/**
 * `decode` throws JAR_CORRUPT when the plaintext is not the expected document (set aside whole); any other
 * error (a newer Crumbs's file, say) goes to the caller and the file stays where it is.
 */
export function loadSealedFile<T>(
  path: string,
  keys: readonly Buffer[],
  decode: (plain: Buffer) => Decoded<T>,
  empty: T,
  options: SealedLoadOptions,
): T {
  if (!existsSync(path)) return empty;
  const onNotice = options.readOnly ? undefined : options.onNotice;
  let decoded: Decoded<T>;
  try {
    decoded = decode(unsealWithAny(keys, readFileSync(path), path));
  } catch (err) {
    if (!(err instanceof CrumbsError) || err.code !== 'JAR_CORRUPT') throw err;
    if (!onNotice) throw new CrumbsError('JAR_CORRUPT', `${err.message} It was left untouched.`);
    const stamp = fileStamp();
    // The key copy first: should the process die in between, the snapshot is still in place.
    const keyCopy = copyCompanion(options.companion, asideName(path, stamp, false));
    const movedTo = moveAside(path, stamp);
    onNotice({
      file: path,
      movedTo,
      reason:
        `${err.message} The ${options.what} file was kept, byte for byte, at ${movedTo}` +
        (keyCopy ? ` (with the key file it was sealed under, at ${keyCopy})` : '') +
        `. Crumbs opened an empty ${options.what}; nothing was deleted.`,
      kept: `the whole ${options.what} file, at ${movedTo}`,
    });
    return empty;
  }
  if (decoded.unreadable === 0) return decoded.value;
  if (!onNotice) throw new CrumbsError('JAR_CORRUPT', `${decoded.problem ?? path}. It was left untouched.`);
  // The next save writes only what was read: keep the snapshot as it is now, durable, before that.
  const copy = asideName(path, fileStamp(), false);
  const keyCopy = copyCompanion(options.companion, copy);
  copyAside(path, copy);
  const total = decoded.readable + decoded.unreadable;
  onNotice({
    file: path,
    movedTo: copy,
    reason:
      `${decoded.problem ?? path}: ${decoded.unreadable} of ${total} entries of the ${options.what} could not be read. ` +
      `The ${decoded.readable} others were loaded; the file as it was, unreadable entries included, was kept at ${copy}` +
      (keyCopy ? ` (with its key file, at ${keyCopy})` : '') +
      '.',
    kept: `the whole ${options.what} file, unreadable entries included, at ${copy}`,
  });
  return decoded.value;
}

function copyCompanion(companion: string | undefined, asidePath: string): string | null {
  if (companion === undefined || !existsSync(companion)) return null;
  return copyAside(companion, `${asidePath}.key`);
}
