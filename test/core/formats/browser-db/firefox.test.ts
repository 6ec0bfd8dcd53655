import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import { firefoxReader, readFileCopy } from '../../../../electron/core/formats/browser-db';
import { tempDir } from '../../../helpers/temp';
import { FIREFOX_SCHEMA, firefoxInsert, input, NOW_MS, sqliteFile, type FirefoxRow } from './build';

const WAL_FIXTURE = fileURLToPath(
  new URL('../../../fixtures/formats/browser-db/firefox-wal', import.meta.url),
);

async function read(rows: FirefoxRow[], schema = FIREFOX_SCHEMA) {
  const bytes = await sqliteFile(schema, rows.map(firefoxInsert));
  return firefoxReader.read(input('cookies.sqlite', bytes), { nowMs: NOW_MS });
}

async function unreadableReason(promise: Promise<unknown>): Promise<string> {
  const err: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CrumbsError);
  expect((err as CrumbsError).code).toBe('IMPORT_UNREADABLE');
  return (err as CrumbsError).message;
}

describe('firefox reader', () => {
  it('maps host, flags, expiry and SameSite to the jar, row by row', async () => {
    const result = await read([
      {
        name: 'sid',
        value: 's1',
        host: '.Example.COM',
        path: '/app',
        expiry: 2_000_000_000,
        isSecure: 1,
        isHttpOnly: 1,
        sameSite: 2,
        rawSameSite: 2,
      },
      {
        name: 'host',
        value: '',
        host: 'www.example.com',
        expiry: 2_000_000_000,
        sameSite: 1,
        rawSameSite: 1,
      },
      // Some Firefox versions store milliseconds.
      { name: 'ms', value: 'v', host: 'ms.example', expiry: 2_000_000_000_123 },
    ]);
    expect(result.problems).toMatchObject([]);
    expect(result.cookies).toEqual([
      {
        where: 'cookies.sqlite row 1',
        cookie: {
          name: 'sid',
          value: 's1',
          domain: 'example.com',
          hostOnly: false,
          path: '/app',
          expires: 2_000_000_000,
          secure: true,
          httpOnly: true,
          sameSite: 'strict',
        },
      },
      {
        where: 'cookies.sqlite row 2',
        cookie: {
          name: 'host',
          value: '',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/',
          expires: 2_000_000_000,
          secure: false,
          httpOnly: false,
          sameSite: 'lax',
        },
      },
      {
        where: 'cookies.sqlite row 3',
        cookie: {
          name: 'ms',
          value: 'v',
          domain: 'ms.example',
          hostOnly: true,
          path: '/',
          expires: 2_000_000_000,
          secure: false,
          httpOnly: false,
          sameSite: null,
        },
      },
    ]);
  });

  it('takes what the site sent (rawSameSite) over what Firefox applied; raw 0 is unspecified', async () => {
    const result = await read([
      // No SameSite attribute, Firefox applied Lax by default.
      { name: 'a', value: '1', host: 'a.example', sameSite: 1, rawSameSite: 0 },
      { name: 'b', value: '1', host: 'b.example', sameSite: 0, rawSameSite: 256 },
      { name: 'c', value: '1', host: 'c.example', sameSite: 2, rawSameSite: 7 },
    ]);
    expect(result.cookies.map((c) => c.cookie.sameSite)).toEqual([null, null, null]);
    expect(result.notes).toMatchObject([
      { where: 'cookies.sqlite row 3', reason: 'rawSameSite 7 is unknown: read as unspecified' },
    ]);
  });

  it('reads sameSite 0 as None when the file has no rawSameSite column', async () => {
    const schema = FIREFOX_SCHEMA.replace('rawSameSite INTEGER DEFAULT 0,', '');
    const bytes = await sqliteFile(schema, [
      [
        `INSERT INTO moz_cookies (name, value, host, path, expiry, isSecure, isHttpOnly, sameSite) VALUES ('n', 'v', 'x.example', '/', 0, 1, 0, 0)`,
        [],
      ],
    ]);
    const result = await firefoxReader.read(input('cookies.sqlite', bytes), { nowMs: NOW_MS });
    expect(result.cookies[0]?.cookie).toMatchObject({ sameSite: 'none', secure: true, expires: null });
  });

  it('merges containers and partitions into the jar with a note, and skips private browsing', async () => {
    const result = await read([
      { name: 'c', value: '1', host: 'a.example', originAttributes: '^userContextId=2' },
      {
        name: 'p',
        value: '1',
        host: 'a.example',
        originAttributes: '^partitionKey=%28https%2Cexample.org%29',
      },
      { name: 'private', value: '1', host: 'a.example', originAttributes: '^privateBrowsingId=1' },
      {
        name: 'both',
        value: '1',
        host: 'b.example',
        originAttributes: '^userContextId=5&partitionKey=(https,example.net)',
      },
      { name: 'plain', value: '1', host: 'c.example', originAttributes: '' },
    ]);
    expect(result.cookies.map((c) => c.cookie.name)).toEqual(['c', 'p', 'both', 'plain']);
    expect(result.problems).toMatchObject([
      { where: 'cookies.sqlite row 3', reason: 'a private-browsing cookie: not imported' },
    ]);
    expect(result.notes).toMatchObject([
      { where: 'cookies.sqlite row 1', reason: 'container 2 merged into the jar' },
      {
        where: 'cookies.sqlite row 2',
        reason: 'partition "(https,example.org)" dropped: the jar keeps unpartitioned cookies',
      },
      { where: 'cookies.sqlite row 4', reason: 'container 5 merged into the jar' },
      {
        where: 'cookies.sqlite row 4',
        reason: 'partition "(https,example.net)" dropped: the jar keeps unpartitioned cookies',
      },
    ]);
  });

  it('makes one problem per bad row and keeps the good ones', async () => {
    const result = await read([
      { name: null, value: 'v', host: 'a.example' },
      { name: 'n', value: 'v', host: '' },
      { name: 'n', value: 'v', host: '..a.example' },
      { name: 'n', value: 'v', host: 'a.example', path: 'nopath' },
      { name: 'ok', value: 'v', host: 'a.example' },
    ]);
    expect(result.cookies.map((c) => c.where)).toEqual(['cookies.sqlite row 5']);
    expect(result.problems.map((p) => p.where)).toEqual([
      'cookies.sqlite row 1',
      'cookies.sqlite row 2',
      'cookies.sqlite row 3',
      'cookies.sqlite row 4',
    ]);
    expect(result.problems[0]?.reason).toContain('name is missing');
    expect(result.problems[1]?.reason).toContain('host is empty');
    expect(result.problems[2]?.reason).toContain('more than one dot');
    expect(result.problems[3]?.reason).toContain("does not start with '/'");
  });

  it('reads the old schema without sameSite, rawSameSite or originAttributes', async () => {
    const bytes = await sqliteFile(
      'CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, baseDomain TEXT, name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER)',
      [
        [
          `INSERT INTO moz_cookies (name, value, host, path, expiry, isSecure, isHttpOnly) VALUES ('n', 'v', 'godoc.example', '/x/', 1516245891, 0, 1)`,
          [],
        ],
      ],
    );
    const result = await firefoxReader.read(input('old.sqlite', bytes), { nowMs: NOW_MS });
    expect(result.cookies).toEqual([
      {
        where: 'old.sqlite row 1',
        cookie: {
          name: 'n',
          value: 'v',
          domain: 'godoc.example',
          hostOnly: true,
          path: '/x/',
          expires: 1516245891,
          secure: false,
          httpOnly: true,
          sameSite: null,
        },
      },
    ]);
  });

  it('refuses a file without the table or a known column, naming what is missing', async () => {
    const noTable = await sqliteFile('CREATE TABLE other (x)');
    expect(
      await unreadableReason(
        Promise.resolve(firefoxReader.read(input('a.sqlite', noTable), { nowMs: NOW_MS })),
      ),
    ).toContain("no 'moz_cookies' table");
    const noExpiry = await sqliteFile(
      'CREATE TABLE moz_cookies (name, value, host, path, isSecure, isHttpOnly)',
    );
    expect(
      await unreadableReason(
        Promise.resolve(firefoxReader.read(input('b.sqlite', noExpiry), { nowMs: NOW_MS })),
      ),
    ).toContain("no 'expiry' column");
  });

  it('sniffs the SQLite magic plus the moz_cookies table', async () => {
    const firefox = await sqliteFile(FIREFOX_SCHEMA);
    const other = await sqliteFile('CREATE TABLE cookies (encrypted_value)');
    expect(firefoxReader.sniff(input('x', firefox))?.reason).toContain('moz_cookies');
    expect(firefoxReader.sniff(input('x', other))).toBeNull();
    expect(
      firefoxReader.sniff(input('x', new TextEncoder().encode('moz_cookies in a text file'))),
    ).toBeNull();
  });

  it('marks a WAL-mode database read without its -wal file with a note', async () => {
    const bytes = await sqliteFile(FIREFOX_SCHEMA, [
      firefoxInsert({ name: 'n', value: 'v', host: 'a.example' }),
    ]);
    bytes[18] = 2;
    bytes[19] = 2;
    const result = await firefoxReader.read(input('cookies.sqlite', bytes), { nowMs: NOW_MS });
    expect(result.cookies).toHaveLength(1);
    expect(result.notes).toMatchObject([
      { where: 'cookies.sqlite', reason: expect.stringContaining('without its -wal file') },
    ]);
  });
});

describe('readFileCopy with a live WAL (fixture written by real SQLite, see make-wal-fixture.py)', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  it('includes what is committed in the -wal and nothing uncommitted', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    cpSync(WAL_FIXTURE, temp.dir, { recursive: true });
    const copy = await readFileCopy(join(temp.dir, 'cookies.sqlite'));
    expect(copy.name).toBe('cookies.sqlite');
    expect(copy.walFrames).toBeGreaterThan(0);
    expect(copy.notes).toMatchObject([]);
    const result = await firefoxReader.read(input(copy.name, copy.bytes), { nowMs: NOW_MS });
    // What sqlite3 itself reads from the same three files.
    expect(
      result.cookies.map((c) => [c.cookie.name, c.cookie.value, c.cookie.domain, c.cookie.hostOnly]),
    ).toEqual([
      ['a', 'new', 'a.example', true],
      ['b', '2', 'b.example', false],
    ]);
    expect(result.notes).toMatchObject([]);
  });

  it('reads the database file alone as it was before the WAL (with the note)', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    cpSync(join(WAL_FIXTURE, 'cookies.sqlite'), join(temp.dir, 'cookies.sqlite'));
    const alone = await readFileCopy(join(temp.dir, 'cookies.sqlite'));
    expect(alone.walFrames).toBe(0);
    const result = await firefoxReader.read(input(alone.name, alone.bytes), { nowMs: NOW_MS });
    expect(result.cookies.map((c) => [c.cookie.name, c.cookie.value])).toEqual([
      ['a', 'old'],
      ['gone', '1'],
    ]);
    // No -wal file beside it: the copy is complete, so no "read without its -wal" note.
    expect(result.notes).toMatchObject([]);
  });

  it('throws IMPORT_UNREADABLE for a missing file and TOO_LARGE over the limit', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    await expect(readFileCopy(join(temp.dir, 'nope.sqlite'))).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
    });
    cpSync(WAL_FIXTURE, temp.dir, { recursive: true });
    await expect(readFileCopy(join(temp.dir, 'cookies.sqlite'), { maxBytes: 4096 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });
});
