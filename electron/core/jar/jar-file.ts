// The jar's snapshot on disk, sealed as one blob. Version 3 keeps each cookie as a compact row (5× faster
// to write than tough-cookie's toJSON objects at 100,000 cookies); versions 1–2 (toJSON objects) still load.
// Loaded with our own loop: tough-cookie 6.1's deserialize silently drops cookies past ~2,000 (issue #641).
import { existsSync, readFileSync } from 'node:fs';
import { Cookie } from 'tough-cookie';
import { z } from 'zod';
import { StorageEntry } from '../../../shared/model';
import { CrumbsError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { seal, unseal } from '../storage/sealing';

const Snapshot = z.object({
  // 1: toJSON cookies; 2: + localStorage; 3: compact cookie rows.
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  savedAt: z.string(),
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

type Row = [
  string,
  string,
  string,
  string,
  number | null,
  number,
  string | null,
  number | null,
  number | null,
];

function toRow(c: Cookie): Row {
  const flags =
    (c.secure ? SECURE : 0) |
    (c.httpOnly ? HTTP_ONLY : 0) |
    (c.hostOnly ? HOST_ONLY : 0) |
    (c.pathIsDefault ? PATH_IS_DEFAULT : 0);
  return [
    c.key,
    c.value,
    c.domain ?? '',
    c.path ?? '/',
    c.expires instanceof Date ? c.expires.getTime() : null,
    flags,
    c.sameSite ?? null,
    c.creation instanceof Date ? c.creation.getTime() : null,
    c.lastAccessed instanceof Date ? c.lastAccessed.getTime() : null,
  ];
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

function fromRow(raw: unknown): Cookie | null {
  if (!Array.isArray(raw) || raw.length !== 9) return null;
  const [key, value, domain, path, expires, flags, sameSite, creation, lastAccessed] = raw as unknown[];
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
  const rows: Row[] = [];
  for (const c of cookies) rows.push(toRow(c));
  const json = JSON.stringify({ version: 3, savedAt: new Date().toISOString(), cookies: rows, storage });
  writeFileAtomic(path, seal(key, Buffer.from(json, 'utf8')), 0o600);
}
