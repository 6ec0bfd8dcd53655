// The jar's snapshot on disk, sealed as one blob. Version 4 groups cookies by domain and path, each cookie
// 7 values in a flat list, times relative to the save (half the bytes of version 3's rows, so half the
// encryption and fsync); versions 1–2 (toJSON objects) and 3 (one row per cookie) still load.
// Loaded with our own loop: tough-cookie 6.1's deserialize silently drops cookies past ~2,000 (issue #641).
// A snapshot that cannot be unsealed or is not a snapshot is set aside whole by storage/sealed-recovery;
// one whose entries are partly unreadable loads the rest, and the snapshot as it was is copied aside.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Cookie } from 'tough-cookie';
import { z } from 'zod';
import { StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { FILES } from '../storage/data-dir';
import { seal, unsealWithAny } from '../storage/sealing';
import { loadSealedFile, type Decoded, type SealedLoadOptions } from '../storage/sealed-recovery';

/** The newest snapshot version this Crumbs writes and reads. */
const SNAPSHOT_VERSION = 4;

const Snapshot = z.object({
  // 1: toJSON cookies; 2: + localStorage; 3: compact cookie rows; 4: rows grouped by domain and path.
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  savedAt: z.string(),
  /** Version 4: the instant (ms) creation and last-access times count from. */
  base: z.number().optional(),
  cookies: z.array(z.unknown()),
  // Entries are checked one by one below, so one bad entry does not cost the others.
  storage: z.array(z.unknown()).default([]),
});

export interface JarContents {
  cookies: Cookie[];
  storage: StorageEntry[];
}

const SECURE = 1;
const HTTP_ONLY = 2;
const HOST_ONLY = 4;
const PATH_IS_DEFAULT = 8;
const SAME_SITES = new Set(['strict', 'lax', 'none']);

/** A version-4 cookie is 7 values in its group: key, value, expires, flags, sameSite, creation, lastAccessed. */
const WIDTH = 7;

function flagsOf(c: Cookie): number {
  return (
    (c.secure ? SECURE : 0) |
    (c.httpOnly ? HTTP_ONLY : 0) |
    (c.hostOnly ? HOST_ONLY : 0) |
    (c.pathIsDefault ? PATH_IS_DEFAULT : 0)
  );
}

const timeOf = (d: Date | 'Infinity' | null | undefined): number | null =>
  d instanceof Date ? d.getTime() : null;

/** [domain, path, ...7 values per cookie], one group per run of cookies sharing domain and path. */
function toGroups(cookies: Iterable<Cookie>, base: number): unknown[][] {
  const groups: unknown[][] = [];
  let group: unknown[] = [];
  let domain: string | null = null;
  let path: string | null = null;
  for (const c of cookies) {
    const d = c.domain ?? '';
    const p = c.path ?? '/';
    if (d !== domain || p !== path) {
      group = [d, p];
      groups.push(group);
      domain = d;
      path = p;
    }
    const creation = timeOf(c.creation);
    const lastAccessed = timeOf(c.lastAccessed);
    group.push(
      c.key,
      c.value,
      timeOf(c.expires),
      flagsOf(c),
      c.sameSite ?? null,
      creation === null ? null : creation - base,
      lastAccessed === null ? null : lastAccessed - base,
    );
  }
  return groups;
}

const fromBase = (v: unknown, base: number): unknown => (typeof v === 'number' ? v + base : v);

/** What a snapshot's entries gave: the readable ones, and where the first unreadable one was. */
interface Entries {
  cookies: Cookie[];
  unreadable: number;
  first: number | null;
}

function fromGroups(groups: unknown[], base: number): Entries {
  const out: Entries = { cookies: [], unreadable: 0, first: null };
  const bad = () => {
    out.first ??= out.cookies.length + out.unreadable + 1;
    out.unreadable++;
  };
  for (const group of groups) {
    // A group of the wrong shape cannot be split into cookies: it counts as one unreadable entry.
    if (!Array.isArray(group) || group.length <= 2 || (group.length - 2) % WIDTH !== 0) {
      bad();
      continue;
    }
    const cells = group as unknown[];
    const [domain, path] = cells;
    for (let i = 2; i < cells.length; i += WIDTH) {
      const cookie = makeCookie(
        cells[i],
        cells[i + 1],
        domain,
        path,
        cells[i + 2],
        cells[i + 3],
        cells[i + 4],
        fromBase(cells[i + 5], base),
        fromBase(cells[i + 6], base),
      );
      if (cookie) out.cookies.push(cookie);
      else bad();
    }
  }
  return out;
}

function fromList(rows: unknown[], read: (raw: unknown) => Cookie | null): Entries {
  const out: Entries = { cookies: [], unreadable: 0, first: null };
  rows.forEach((raw, i) => {
    const cookie = read(raw);
    if (cookie) out.cookies.push(cookie);
    else {
      out.first ??= i + 1;
      out.unreadable++;
    }
  });
  return out;
}

function fromToughJson(raw: unknown): Cookie | null {
  try {
    return Cookie.fromJSON(raw) ?? null;
  } catch {
    return null;
  }
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

function fromRow(raw: unknown): Cookie | null {
  if (!Array.isArray(raw) || raw.length !== 9) return null;
  const [key, value, domain, path, expires, flags, sameSite, creation, lastAccessed] = raw as unknown[];
  return makeCookie(key, value, domain, path, expires, flags, sameSite, creation, lastAccessed);
}

function makeCookie(
  key: unknown,
  value: unknown,
  domain: unknown,
  path: unknown,
  expires: unknown,
  flags: unknown,
  sameSite: unknown,
  creation: unknown,
  lastAccessed: unknown,
): Cookie | null {
  if (!isStr(key) || !isStr(value) || !isStr(domain) || !isStr(path) || !isTime(expires)) return null;
  if (typeof flags !== 'number' || !isTime(creation) || !isTime(lastAccessed)) return null;
  if (sameSite !== null && !(isStr(sameSite) && SAME_SITES.has(sameSite))) return null;
  const cookie = new Cookie({
    key,
    value,
    domain,
    path,
    expires: expires === null ? 'Infinity' : new Date(expires),
    secure: (flags & SECURE) !== 0,
    httpOnly: (flags & HTTP_ONLY) !== 0,
    hostOnly: (flags & HOST_ONLY) !== 0,
    pathIsDefault: (flags & PATH_IS_DEFAULT) !== 0,
    creation: creation === null ? null : new Date(creation),
    lastAccessed: lastAccessed === null ? null : new Date(lastAccessed),
    ...(sameSite === null ? {} : { sameSite }),
  });
  return cookie;
}

/** Decodes an unsealed snapshot: JAR_CORRUPT when it is not one; VALIDATION when a newer Crumbs wrote it. */
export function decodeSnapshot(plain: Buffer, path: string): Decoded<JarContents> {
  let raw: unknown;
  try {
    raw = JSON.parse(plain.toString('utf8'));
  } catch {
    throw new CrumbsError('JAR_CORRUPT', `${path} unsealed but does not hold a jar snapshot.`);
  }
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > SNAPSHOT_VERSION) {
    // Never set aside or written over: it is good data this Crumbs is too old to read.
    throw new CrumbsError(
      'VALIDATION',
      `${path} was written by a newer version of Crumbs (snapshot version ${version}; this one reads up to ${SNAPSHOT_VERSION}). Update Crumbs. The file was left untouched.`,
    );
  }
  const parsed = Snapshot.safeParse(raw);
  if (!parsed.success)
    throw new CrumbsError('JAR_CORRUPT', `${path} unsealed but does not hold a jar snapshot.`);
  const snapshot = parsed.data;
  let entries: Entries;
  if (snapshot.version === 4) {
    if (snapshot.base === undefined || !Number.isSafeInteger(snapshot.base)) {
      throw new CrumbsError('JAR_CORRUPT', `${path}: the snapshot has no base time.`);
    }
    entries = fromGroups(snapshot.cookies, snapshot.base);
  } else {
    entries = fromList(snapshot.cookies, snapshot.version === 3 ? fromRow : fromToughJson);
  }
  const storage: StorageEntry[] = [];
  let badStorage = 0;
  for (const e of snapshot.storage) {
    const ok = StorageEntry.safeParse(e);
    if (ok.success) storage.push(ok.data);
    else badStorage++;
  }
  const problems: string[] = [];
  if (entries.first !== null) problems.push(`cookie ${entries.first} of the snapshot is unreadable`);
  if (badStorage > 0) problems.push(`${badStorage} localStorage entries are unreadable`);
  return {
    value: { cookies: entries.cookies, storage },
    readable: entries.cookies.length + storage.length,
    unreadable: entries.unreadable + badStorage,
    problem: problems.length > 0 ? `${path}: ${problems.join('; ')}` : null,
  };
}

/**
 * Reads the snapshot and refuses any flaw (JAR_CORRUPT), touching nothing: for read-only opens and tools.
 * `keys`: the current data key first, then the one before an interrupted rotation.
 */
export function readJarFile(path: string, keys: Buffer | readonly Buffer[]): JarContents {
  if (!existsSync(path)) return { cookies: [], storage: [] };
  let decoded: Decoded<JarContents>;
  try {
    decoded = decodeSnapshot(
      unsealWithAny(Buffer.isBuffer(keys) ? [keys] : keys, readFileSync(path), path),
      path,
    );
  } catch (err) {
    if (err instanceof CrumbsError && err.code === 'JAR_CORRUPT')
      throw new CrumbsError('JAR_CORRUPT', `${err.message} It was left untouched.`);
    throw err;
  }
  if (decoded.problem !== null)
    throw new CrumbsError('JAR_CORRUPT', `${decoded.problem}. It was left untouched.`);
  return decoded.value;
}

/**
 * Reads the snapshot for a writer: what cannot be read is set aside and reported through `onNotice`
 * instead of failing the open (read-only opens still refuse, as readJarFile).
 */
export function loadJarFile(
  path: string,
  keys: readonly Buffer[],
  options: Omit<SealedLoadOptions, 'what'>,
): JarContents {
  const empty: JarContents = { cookies: [], storage: [] };
  return loadSealedFile(path, keys, (plain) => decodeSnapshot(plain, path), empty, {
    ...options,
    what: 'cookie jar',
    // A snapshot set aside after a key rotation could no longer be unsealed without the key it was sealed with.
    companion: join(dirname(path), FILES.key),
  });
}

export function writeJarFile(
  path: string,
  key: Buffer,
  cookies: Iterable<Cookie>,
  storage: readonly StorageEntry[] = [],
): void {
  const base = Date.now();
  const json = JSON.stringify({
    version: SNAPSHOT_VERSION,
    savedAt: new Date(base).toISOString(),
    base,
    cookies: toGroups(cookies, base),
    storage,
  });
  writeFileAtomic(path, seal(key, Buffer.from(json, 'utf8')), 0o600);
}
