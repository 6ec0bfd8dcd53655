// The jar's snapshot on disk: all cookies as tough-cookie JSON, sealed as one blob.
// Loaded with our own loop: tough-cookie 6.1's deserialize silently drops cookies past ~2,000 (issue #641).
import { existsSync, readFileSync } from 'node:fs';
import { Cookie } from 'tough-cookie';
import { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';
import { writeFileAtomic } from '../storage/atomic-write';
import { seal, unseal } from '../storage/sealing';

const Snapshot = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  cookies: z.array(z.unknown()),
});

export function readJarFile(path: string, key: Buffer): Cookie[] {
  if (!existsSync(path)) return [];
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
  const cookies: Cookie[] = [];
  snapshot.cookies.forEach((raw, i) => {
    const cookie = Cookie.fromJSON(raw);
    if (!cookie)
      throw new CrumbsError('JAR_CORRUPT', `${path}: cookie ${i + 1} of the snapshot is unreadable.`);
    cookies.push(cookie);
  });
  return cookies;
}

export function writeJarFile(path: string, key: Buffer, cookies: Iterable<Cookie>): void {
  const list: unknown[] = [];
  for (const c of cookies) list.push(c.toJSON());
  const json = JSON.stringify({ version: 1, savedAt: new Date().toISOString(), cookies: list });
  writeFileAtomic(path, seal(key, Buffer.from(json, 'utf8')), 0o600);
}
