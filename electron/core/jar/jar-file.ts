// The jar's snapshot on disk, sealed as one blob. Version 4 groups cookies by domain and path, each cookie
// 7 values in a flat list, times relative to the save (half the bytes of version 3's rows, so half the
// encryption and fsync); versions 1–2 (toJSON objects) and 3 (one row per cookie) still load.
// Loaded with our own loop: tough-cookie 6.1's deserialize silently drops cookies past ~2,000 (issue #641).
import { existsSync, readFileSync } from 'node:fs';
import { Cookie } from 'tough-cookie';
import { z } from 'zod';
import { StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { seal, unseal } from '../storage/sealing';

const Snapshot = z.object({
  // 1: toJSON cookies; 2: + localStorage; 3: compact cookie rows; 4: rows grouped by domain and path.
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  savedAt: z.string(),
  /** Version 4: the instant (ms) creation and last-access times count from. */
  base: z.number().optional(),
  cookies: z.array(z.unknown()),
  storage: z.array(StorageEntry).default([]),
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

function fromGroups(groups: unknown[], base: number, what: string): Cookie[] {
  const cookies: Cookie[] = [];
  for (const group of groups) {
    const bad = () =>
      new CrumbsError('JAR_CORRUPT', `${what}: cookie ${cookies.length + 1} of the snapshot is unreadable.`);
    if (!Array.isArray(group) || group.length <= 2 || (group.length - 2) % WIDTH !== 0) throw bad();
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
      if (!cookie) throw bad();
      cookies.push(cookie);
    }
  }
  return cookies;
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

export function readJarFile(path: string, key: Buffer): JarContents {
  if (!existsSync(path)) return { cookies: [], storage: [] };
  const plain = unseal(key, readFileSync(path), path);
  let snapshot: z.infer<typeof Snapshot>;
  try {
    snapshot = Snapshot.parse(JSON.parse(plain.toString('utf8')));
  } catch {
    throw new CrumbsError(
      'JAR_CORRUPT',
      `${path} unsealed but does not hold a jar snapshot. It was left untouched.`,
    );
  }
  if (snapshot.version === 4) {
    if (snapshot.base === undefined || !Number.isSafeInteger(snapshot.base)) {
      throw new CrumbsError('JAR_CORRUPT', `${path}: the snapshot has no base time. It was left untouched.`);
    }
    return { cookies: fromGroups(snapshot.cookies, snapshot.base, path), storage: snapshot.storage };
  }
  const read = snapshot.version === 3 ? fromRow : (raw: unknown) => Cookie.fromJSON(raw) ?? null;
  const cookies: Cookie[] = [];
  snapshot.cookies.forEach((raw, i) => {
    const cookie = read(raw);
    if (!cookie)
      throw new CrumbsError('JAR_CORRUPT', `${path}: cookie ${i + 1} of the snapshot is unreadable.`);
    cookies.push(cookie);
  });
  return { cookies, storage: snapshot.storage };
}

export function writeJarFile(
  path: string,
  key: Buffer,
  cookies: Iterable<Cookie>,
  storage: readonly StorageEntry[] = [],
): void {
  const base = Date.now();
  const json = JSON.stringify({
    version: 4,
    savedAt: new Date(base).toISOString(),
    base,
    cookies: toGroups(cookies, base),
    storage,
  });
  writeFileAtomic(path, seal(key, Buffer.from(json, 'utf8')), 0o600);
}
