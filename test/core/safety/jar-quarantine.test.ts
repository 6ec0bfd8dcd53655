// A jar snapshot that cannot be read is never reset silently and never deleted: a writer moves it aside
// whole (with the key file it needs), or — when only some entries are unreadable — loads the rest and
// keeps a copy of the whole file; the user is told through app.info's notices what happened and what
// was kept. A snapshot from a newer Crumbs is left alone. Read-only opens refuse and touch nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openCore, type Core } from '../../../electron/core';
import { seal, unseal } from '../../../electron/core/storage/sealing';
import { tempDir } from '../../helpers/temp';
import { namesIn, rawKeys, seedJar, writeSnapshot } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-jar-quarantine-')));
afterEach(() => cleanup());

const jarPath = () => join(dir, 'jar.sealed');

async function withCore<T>(run: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore({ dataDir: dir });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

const now = Date.now();
const v4Cookie = (name: string, value: string, sameSite: unknown = 'lax') => [
  name,
  value,
  now + 86_400_000,
  0,
  sameSite,
  0,
  0,
];

describe('a snapshot that cannot be read at all', () => {
  it('is moved aside byte for byte with its key, reported, and the jar opens empty', async () => {
    await seedJar(dir);
    const bytes = readFileSync(jarPath());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0x01, bytes.length - 5);
    writeFileSync(jarPath(), bytes);
    const keyFile = readFileSync(join(dir, 'jar.key'));

    const info = await withCore(async (core) => {
      expect(core.cookies()).toEqual([]);
      return core.client['app.info']({});
    });
    expect(info.notices).toHaveLength(1);
    const notice = info.notices[0]!;
    expect(notice.file).toBe(jarPath());
    expect(notice.movedTo).toMatch(/jar\.sealed\.unreadable-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(notice.reason).toMatch(
      /could not be unsealed.*kept, byte for byte.*empty cookie jar; nothing was deleted/s,
    );
    expect(notice).toMatchObject({ kept: expect.stringContaining(notice.movedTo) });
    expect(notice.reason).not.toMatch(/secret-/);
    expect(readFileSync(notice.movedTo).equals(bytes)).toBe(true);
    expect(readFileSync(`${notice.movedTo}.key`).equals(keyFile)).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(notice.movedTo).mode & 0o777).toBe(0o600);
      expect(statSync(`${notice.movedTo}.key`).mode & 0o777).toBe(0o600);
    }
    // Told once: the next open finds a clean directory.
    await seedJar(dir);
    expect(await withCore(async (core) => (await core.client['app.info']({})).notices)).toEqual([]);
  });

  it('keeps a snapshot sealed under another key so the right key can still open it', async () => {
    await seedJar(dir);
    const { key } = rawKeys(dir);
    const sealed = readFileSync(jarPath());
    writeFileSync(
      join(dir, 'jar.key'),
      JSON.stringify({ version: 1, protection: 'keyfile', key: randomBytes(32).toString('base64') }),
    );
    const info = await withCore((core) => core.client['app.info']({}));
    expect(info.cookieCount).toBe(0);
    const movedTo = info.notices[0]!.movedTo;
    expect(info.notices[0]!.reason).toMatch(/sealed with another key/);
    expect(unseal(key, readFileSync(movedTo), movedTo).toString('utf8')).toContain('secret-one');
    expect(readFileSync(movedTo).equals(sealed)).toBe(true);
  });

  it('whose key file is missing: a reader refuses, a writer sets it aside under a new key', async () => {
    await seedJar(dir);
    const { rmSync } = await import('node:fs');
    const sealed = readFileSync(jarPath());
    rmSync(join(dir, 'jar.key'));
    await expect(openCore({ dataDir: dir, readOnly: true })).rejects.toMatchObject({
      code: 'KEY_UNAVAILABLE',
      message: expect.stringContaining('is missing'),
    });
    const info = await withCore((core) => core.client['app.info']({}));
    expect(info.notices[0]!.reason).toMatch(/sealed with another key \(jar\.key replaced or lost\?\)/);
    expect(readFileSync(info.notices[0]!.movedTo).equals(sealed)).toBe(true);
  });

  it.each([
    ['not JSON', Buffer.from('{"version": 4, "cook')],
    ['not a snapshot', Buffer.from(JSON.stringify({ hello: 'world' }))],
    [
      'a schema violation (version 4 without its base time)',
      Buffer.from(JSON.stringify({ version: 4, savedAt: 'x', cookies: [] })),
    ],
  ])('is set aside when it unseals to %s', async (_what, plain) => {
    await seedJar(dir);
    const bytes = seal(rawKeys(dir).key, plain);
    writeFileSync(jarPath(), bytes);
    const info = await withCore((core) => core.client['app.info']({}));
    expect(info.notices).toHaveLength(1);
    expect(readFileSync(info.notices[0]!.movedTo).equals(bytes)).toBe(true);
    expect(existsSync(jarPath())).toBe(false);
  });
});

describe('a snapshot with some unreadable entries', () => {
  it('loads the readable ones, keeps a copy of the whole file, and says how many were not read', async () => {
    await seedJar(dir);
    const bytes = writeSnapshot(dir, {
      version: 4,
      savedAt: new Date(now).toISOString(),
      base: now,
      cookies: [
        ['shop.example', '/', ...v4Cookie('sid', 'secret-one'), ...v4Cookie('bad', 'secret-bad', 'sideways')],
      ],
      storage: [
        { origin: 'https://shop.example', name: 'cart', value: 'secret-cart' },
        { origin: 'not an origin', name: 7, value: null },
      ],
    });
    const info = await withCore(async (core) => {
      expect(core.cookies().map((c) => c.name)).toEqual(['sid']);
      expect(core.storage().map((e) => e.name)).toEqual(['cart']);
      return core.client['app.info']({});
    });
    const notice = info.notices[0]!;
    expect(notice.reason).toMatch(
      /cookie 2 of the snapshot is unreadable; 1 localStorage entries are unreadable/,
    );
    expect(notice.reason).toMatch(
      /2 of 4 entries of the cookie jar could not be read\. The 2 others were loaded/,
    );
    expect(notice.reason).not.toMatch(/secret-/);
    expect(notice).toMatchObject({ kept: expect.stringMatching(/unreadable entries included/) });
    expect(readFileSync(notice.movedTo).equals(bytes)).toBe(true);
    expect(existsSync(`${notice.movedTo}.key`)).toBe(true);
    // Closing without a change writes nothing: the original stays in place too.
    expect(readFileSync(jarPath()).equals(bytes)).toBe(true);
  });

  it('does the same for an older snapshot version (its conversion keeps the rest, the original is kept)', async () => {
    await seedJar(dir);
    const row = (name: string, sameSite: unknown) => [
      name,
      `secret-${name}`,
      'old.example',
      '/',
      null,
      0,
      sameSite,
      now,
      now,
    ];
    const bytes = writeSnapshot(dir, {
      version: 3,
      savedAt: new Date(now).toISOString(),
      cookies: [row('a', 'strict'), row('b', 42), row('c', null)],
      storage: [],
    });
    const info = await withCore(async (core) => {
      expect(core.cookies().map((c) => c.name)).toEqual(['a', 'c']);
      await core.client['import.run']({
        files: [{ name: 'x.txt', content: 'new.example\tFALSE\t/\tFALSE\t0\tn\tv' }],
      });
      return core.client['app.info']({});
    });
    const copy = info.notices[0]!.movedTo;
    expect(readFileSync(copy).equals(bytes)).toBe(true);
    // The next save wrote the readable cookies (as version 4); the copy still holds all three.
    expect(readFileSync(jarPath()).equals(bytes)).toBe(false);
    expect(unseal(rawKeys(dir).key, readFileSync(copy), copy).toString('utf8')).toContain('secret-b');
    expect(
      await withCore(async (core) =>
        core
          .cookies()
          .map((c) => c.name)
          .sort(),
      ),
    ).toEqual(['a', 'c', 'n']);
  });

  it('is refused by a read-only open, which writes nothing', async () => {
    await seedJar(dir);
    writeSnapshot(dir, { version: 3, savedAt: 'x', cookies: [['broken']], storage: [] });
    const before = namesIn(dir);
    await expect(openCore({ dataDir: dir, readOnly: true })).rejects.toMatchObject({
      code: 'JAR_CORRUPT',
      message: expect.stringContaining('left untouched'),
    });
    expect(namesIn(dir)).toEqual(before);
  });
});

describe('a snapshot written by a newer Crumbs', () => {
  it('is refused and left exactly as it is', async () => {
    await seedJar(dir);
    const bytes = writeSnapshot(dir, { version: 5, savedAt: 'later', cookies: [], storage: [], more: true });
    const before = namesIn(dir);
    await expect(openCore({ dataDir: dir })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('newer version of Crumbs'),
    });
    expect(namesIn(dir)).toEqual(before);
    expect(readFileSync(jarPath()).equals(bytes)).toBe(true);
  });
});
