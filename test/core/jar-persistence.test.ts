import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { allFiles, inDays, netscapeLine, tempDir } from '../helpers/temp';

let cleanups: (() => void)[] = [];
let cores: Core[] = [];
afterEach(async () => {
  for (const c of cores) await c.close();
  cores = [];
  cleanups.forEach((c) => c());
  cleanups = [];
});

function newDir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function open(dataDir: string): Promise<Core> {
  const core = await openCore({ dataDir });
  cores.push(core);
  return core;
}

async function closeCore(core: Core): Promise<void> {
  await core.close();
  cores = cores.filter((c) => c !== core);
}

function bigFile(count: number): string {
  const lines = ['# Netscape HTTP Cookie File'];
  for (let i = 0; i < count; i++) {
    lines.push(
      netscapeLine({
        domain: `.site${i % 500}.example.com`,
        name: `c${i}`,
        value: `secret-value-${i}-${'x'.repeat(i % 7)}`,
        path: i % 3 === 0 ? '/' : `/p${i % 5}`,
        expires: i % 4 === 0 ? 0 : inDays(30 + (i % 300)),
        secure: i % 2 === 0,
        httpOnly: i % 5 === 0,
      }),
    );
  }
  return lines.join('\n') + '\n';
}

describe('jar persistence', () => {
  it('keeps every cookie across a reopen, well past the 2,000 that tough-cookie deserialize drops', async () => {
    const dir = newDir();
    const core = await open(dir);
    const report = await core.client['import.run']({ files: [{ name: 'big.txt', content: bigFile(5000) }] });
    expect(report.rejected).toEqual([]);
    expect(report.imported).toBe(5000);
    const before = core.cookies();
    await closeCore(core);

    const reopened = await open(dir);
    const after = reopened.cookies();
    expect(after).toHaveLength(5000);
    const key = (c: { domain: string; path: string; name: string }) => `${c.domain}|${c.path}|${c.name}`;
    const byKey = new Map(before.map((c) => [key(c), c]));
    for (const c of after) expect(c).toEqual(byKey.get(key(c)));
    expect((await reopened.client['app.info']({})).cookieCount).toBe(5000);
  });

  it('persists deletions and undo across a reopen', async () => {
    const dir = newDir();
    const core = await open(dir);
    const content = [
      netscapeLine({ domain: '.paris.fr', name: 'a', value: '1', expires: inDays(10) }),
      netscapeLine({ domain: 'www.paris.fr', name: 'b', value: '2', expires: inDays(10) }),
      netscapeLine({ domain: 'example.org', name: 'c', value: '3', expires: inDays(10) }),
    ].join('\n');
    await core.client['import.run']({ files: [{ name: 'x.txt', content }] });
    const del = await core.client['sites.delete']({ site: 'www.paris.fr' });
    expect(del.removed).toBe(2);
    await closeCore(core);

    const second = await open(dir);
    expect(second.cookies().map((c) => c.name)).toEqual(['c']);
    const gone = await second.client['cookies.delete']({
      keys: [{ domain: 'example.org', path: '/', name: 'c' }],
    });
    expect(gone.removed).toBe(1);
    expect(second.cookies()).toEqual([]);
    await second.client['jar.undo']({ undoId: gone.undoId ?? '' });
    await closeCore(second);

    const third = await open(dir);
    expect(third.cookies().map((c) => c.name)).toEqual(['c']);
  });

  it('saves by itself shortly after a change, without waiting for close', async () => {
    const dir = newDir();
    const core = await open(dir);
    await core.client['import.run']({
      files: [
        {
          name: 'x.txt',
          content: netscapeLine({ domain: 'a.example', name: 'n', value: 'v', expires: inDays(5) }),
        },
      ],
    });
    const jarPath = join(dir, 'jar.sealed');
    await expect.poll(() => existsSync(jarPath), { timeout: 3000 }).toBe(true);
    const read = await openCore({ dataDir: dir, readOnly: true });
    expect(read.cookies().map((c) => c.name)).toEqual(['n']);
    await read.close();
  });

  it('drops cookies that expired while stored', async () => {
    const dir = newDir();
    const core = await open(dir);
    const soon = Math.floor(Date.now() / 1000) + 2;
    await core.client['import.run']({
      files: [
        {
          name: 'x.txt',
          content: [
            netscapeLine({ domain: 'a.example', name: 'short', value: 'v', expires: soon }),
            netscapeLine({ domain: 'a.example', name: 'long', value: 'v', expires: inDays(5) }),
          ].join('\n'),
        },
      ],
    });
    expect(
      core
        .cookies()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['long', 'short']);
    await new Promise((r) => setTimeout(r, 2100));
    expect(core.cookies().map((c) => c.name)).toEqual(['long']);
  });
});

describe('sealing', () => {
  it('never writes a cookie value, name-value pair or key in plain text to the data directory', async () => {
    const dir = newDir();
    const core = await open(dir);
    const values = ['hunter2-session-token', 'csrf-9f8e7d6c5b4a', 'éàü-unicode-value'];
    const content = values
      .map((v, i) => netscapeLine({ domain: '.paris.fr', name: `cookie${i}`, value: v, expires: inDays(20) }))
      .join('\n');
    await core.client['import.run']({ files: [{ name: 'x.txt', content }] });
    await closeCore(core);

    const files = allFiles(dir);
    expect(files.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual(['jar.key', 'jar.sealed']);
    for (const f of files) {
      for (const v of values) {
        expect(f.bytes.includes(Buffer.from(v, 'utf8'))).toBe(false);
        expect(f.bytes.includes(Buffer.from(Buffer.from(v).toString('base64')))).toBe(false);
      }
      expect(f.bytes.includes(Buffer.from('paris.fr'))).toBe(false);
      if (process.platform !== 'win32') expect(f.mode).toBe(0o600);
    }
  });

  it('a read-only open refuses a jar sealed under another key and leaves it untouched', async () => {
    const dir = newDir();
    const core = await open(dir);
    await core.client['import.run']({
      files: [
        {
          name: 'x.txt',
          content: netscapeLine({ domain: 'a.example', name: 'n', value: 'v', expires: inDays(5) }),
        },
      ],
    });
    await closeCore(core);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const sealed = readFileSync(join(dir, 'jar.sealed'));
    writeFileSync(
      join(dir, 'jar.key'),
      JSON.stringify({ version: 1, protection: 'keyfile', key: Buffer.alloc(32, 7).toString('base64') }),
    );
    await expect(openCore({ dataDir: dir, readOnly: true })).rejects.toMatchObject({ code: 'JAR_CORRUPT' });
    expect(readFileSync(join(dir, 'jar.sealed')).equals(sealed)).toBe(true);
    expect(existsSync(join(dir, 'crumbs.lock'))).toBe(false);
    // A writer sets it aside instead (test/core/safety/quarantine.test.ts): never a silent reset.
  });

  it('a read-only open refuses a damaged jar file instead of starting over empty', async () => {
    const dir = newDir();
    const core = await open(dir);
    await core.client['import.run']({
      files: [
        {
          name: 'x.txt',
          content: netscapeLine({ domain: 'a.example', name: 'n', value: 'v', expires: inDays(5) }),
        },
      ],
    });
    await closeCore(core);
    const { readFileSync, writeFileSync } = await import('node:fs');
    const bytes = readFileSync(join(dir, 'jar.sealed'));
    const at = bytes.length - 3;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    writeFileSync(join(dir, 'jar.sealed'), bytes);
    await expect(openCore({ dataDir: dir, readOnly: true })).rejects.toMatchObject({ code: 'JAR_CORRUPT' });
    expect(readFileSync(join(dir, 'jar.sealed')).equals(bytes)).toBe(true);
  });
});

describe('jar file versions', () => {
  it('still opens a version-2 snapshot (tough-cookie toJSON objects, with localStorage)', async () => {
    const dir = newDir();
    const first = await open(dir);
    await closeCore(first); // creates the key
    const { readFileSync } = await import('node:fs');
    const { seal } = await import('../../electron/core/storage/sealing');
    const { writeFileAtomic } = await import('../../electron/core/storage/atomic-write');
    const { Cookie } = await import('tough-cookie');
    const key = Buffer.from(JSON.parse(readFileSync(join(dir, 'jar.key'), 'utf8')).key, 'base64');
    const cookie = new Cookie({
      key: 'old',
      value: 'v2-value',
      domain: 'old.example',
      path: '/',
      hostOnly: true,
      sameSite: 'lax',
    });
    const snapshot = {
      version: 2,
      savedAt: new Date().toISOString(),
      cookies: [cookie.toJSON()],
      storage: [{ origin: 'https://old.example', name: 'consent', value: '{"a":1}' }],
    };
    writeFileAtomic(join(dir, 'jar.sealed'), seal(key, Buffer.from(JSON.stringify(snapshot))));
    const core = await open(dir);
    expect(core.cookies()).toEqual([
      expect.objectContaining({
        name: 'old',
        value: 'v2-value',
        domain: 'old.example',
        hostOnly: true,
        sameSite: 'lax',
      }),
    ]);
    expect(core.storage()).toEqual([{ origin: 'https://old.example', name: 'consent', value: '{"a":1}' }]);
  });
});

describe('jar file version 3', () => {
  it('still opens a version-3 snapshot (one compact row per cookie)', async () => {
    const dir = newDir();
    const first = await open(dir);
    await closeCore(first);
    const { readFileSync } = await import('node:fs');
    const { seal } = await import('../../electron/core/storage/sealing');
    const { writeFileAtomic } = await import('../../electron/core/storage/atomic-write');
    const key = Buffer.from(JSON.parse(readFileSync(join(dir, 'jar.key'), 'utf8')).key, 'base64');
    const created = Date.UTC(2026, 0, 2);
    const expires = Date.now() + 5 * 86_400_000;
    const rows = [
      ['sid', 'v3-value', 'three.example', '/', expires, 1 | 2 | 4, 'strict', created, created],
      ['pref', 'x', 'three.example', '/app', null, 0, null, created, created],
    ];
    const snapshot = { version: 3, savedAt: new Date().toISOString(), cookies: rows, storage: [] };
    writeFileAtomic(join(dir, 'jar.sealed'), seal(key, Buffer.from(JSON.stringify(snapshot))));
    const core = await open(dir);
    expect(core.cookies()).toEqual([
      {
        name: 'pref',
        value: 'x',
        domain: 'three.example',
        hostOnly: false,
        path: '/app',
        expires: null,
        httpOnly: false,
        secure: false,
        sameSite: null,
        site: 'three.example',
        creation: created / 1000,
      },
      {
        name: 'sid',
        value: 'v3-value',
        domain: 'three.example',
        hostOnly: true,
        path: '/',
        expires: Math.floor(expires / 1000),
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        site: 'three.example',
        creation: created / 1000,
      },
    ]);
    // Saved again, it is written in the current layout and reads back the same.
    const before = core.cookies();
    await core.client['cookies.delete']({ keys: [{ domain: 'nowhere.example', path: '/', name: 'x' }] });
    await core.client['import.run']({
      files: [{ name: 'n.txt', content: 'new.example\tFALSE\t/\tFALSE\t0\tn\tv' }],
    });
    await closeCore(core);
    const again = await open(dir);
    expect(again.cookies().filter((c) => c.domain === 'three.example')).toEqual(before);
  });
});
