import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { chromiumReader } from '../../../../electron/core/formats/browser-db';
import type { ReadResult } from '../../../../electron/core/formats/plugin';
import {
  CHROMIUM_SCHEMA,
  chromeTime,
  chromiumEncrypt,
  chromiumInsert,
  input,
  metaVersion,
  NOW_MS,
  sqliteFile,
  type ChromiumRow,
} from './build';

async function read(
  rows: ChromiumRow[],
  options: { version?: number | null; keyringSecret?: string } = {},
): Promise<ReadResult> {
  const version = options.version === undefined ? 24 : options.version;
  const bytes = await sqliteFile(CHROMIUM_SCHEMA, [
    ...(version === null ? [] : [metaVersion(version)]),
    ...rows.map(chromiumInsert),
  ]);
  return chromiumReader.read(input('Cookies', bytes), {
    nowMs: NOW_MS,
    keyringSecret: options.keyringSecret,
  });
}

/** No imported value may contain a byte of any ciphertext in the file. */
function expectNoCiphertext(result: ReadResult, ciphertexts: Uint8Array[]): void {
  for (const { cookie } of result.cookies) {
    for (const c of ciphertexts)
      expect(Buffer.from(cookie.value, 'latin1').includes(Buffer.from(c.subarray(3)))).toBe(false);
  }
}

describe('chromium reader: fields', () => {
  it('maps host_key, expiry (µs since 1601), flags and samesite', async () => {
    const result = await read([
      {
        host: '.Example.com',
        name: 'a',
        value: 'plain',
        path: '/p',
        expires: chromeTime(1_900_000_000),
        secure: 1,
        httpOnly: 1,
        sameSite: 2,
      },
      { host: 'www.example.com', name: 'b', value: 'x', sameSite: -1 },
      {
        host: 'x.example',
        name: 'c',
        value: 'x',
        sameSite: 0,
        expires: chromeTime(1_900_000_000),
        hasExpires: 0,
        persistent: 0,
      },
      {
        host: 'x.example',
        name: 'd',
        value: 'x',
        sameSite: 1,
        expires: chromeTime(1_800_000_000),
        hasExpires: 1,
        persistent: 1,
      },
    ]);
    expect(result.problems).toMatchObject([]);
    expect(result.cookies).toEqual([
      {
        where: 'Cookies row 1',
        cookie: {
          name: 'a',
          value: 'plain',
          domain: 'example.com',
          hostOnly: false,
          path: '/p',
          expires: 1_900_000_000,
          secure: true,
          httpOnly: true,
          sameSite: 'strict',
        },
      },
      {
        where: 'Cookies row 2',
        cookie: {
          name: 'b',
          value: 'x',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/',
          expires: null,
          secure: false,
          httpOnly: false,
          sameSite: null,
        },
      },
      // has_expires / is_persistent 0 make a session cookie whatever expires_utc says.
      {
        where: 'Cookies row 3',
        cookie: {
          name: 'c',
          value: 'x',
          domain: 'x.example',
          hostOnly: true,
          path: '/',
          expires: null,
          secure: false,
          httpOnly: false,
          sameSite: 'none',
        },
      },
      {
        where: 'Cookies row 4',
        cookie: {
          name: 'd',
          value: 'x',
          domain: 'x.example',
          hostOnly: true,
          path: '/',
          expires: 1_800_000_000,
          secure: false,
          httpOnly: false,
          sameSite: 'lax',
        },
      },
    ]);
  });

  it('notes a CHIPS partition and an unknown samesite', async () => {
    const result = await read([
      { host: 'a.example', name: 'p', value: 'v', partition: 'https://top.example', sameSite: 9 },
    ]);
    expect(result.cookies).toHaveLength(1);
    expect(result.notes).toMatchObject([
      { where: 'Cookies row 1', reason: 'samesite 9 is unknown: read as unspecified' },
      {
        where: 'Cookies row 1',
        reason: 'partition "https://top.example" dropped: the jar keeps unpartitioned cookies',
      },
    ]);
  });

  it('reads the old column names (secure, httponly, persistent; version 9)', async () => {
    const bytes = await sqliteFile(
      `CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
       CREATE TABLE cookies (creation_utc INTEGER NOT NULL UNIQUE PRIMARY KEY, host_key TEXT NOT NULL, name TEXT NOT NULL,
         value TEXT NOT NULL, path TEXT NOT NULL, expires_utc INTEGER NOT NULL, secure INTEGER NOT NULL, httponly INTEGER NOT NULL,
         last_access_utc INTEGER NOT NULL, has_expires INTEGER NOT NULL DEFAULT 1, persistent INTEGER NOT NULL DEFAULT 1,
         priority INTEGER NOT NULL DEFAULT 1, encrypted_value BLOB DEFAULT '', firstpartyonly INTEGER NOT NULL DEFAULT 0);`,
      [
        metaVersion(9),
        [
          `INSERT INTO cookies VALUES (1, 'old.example', 'n', '', '/', ?, 1, 0, 0, 1, 1, 1, ?, 0)`,
          [chromeTime(1_700_000_000), chromiumEncrypt('old value')],
        ],
      ],
    );
    const result = await chromiumReader.read(input('Cookies', bytes), { nowMs: NOW_MS });
    expect(result.problems).toMatchObject([]);
    expect(result.cookies[0]?.cookie).toEqual({
      name: 'n',
      value: 'old value',
      domain: 'old.example',
      hostOnly: true,
      path: '/',
      expires: 1_700_000_000,
      secure: true,
      httpOnly: false,
      sameSite: null,
    });
  });

  it('refuses a cookies table without expires_utc, naming the column', async () => {
    const bytes = await sqliteFile(
      'CREATE TABLE cookies (host_key, name, value, encrypted_value, path, is_secure, is_httponly)',
    );
    await expect(chromiumReader.read(input('Cookies', bytes), { nowMs: NOW_MS })).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      message: expect.stringContaining("'expires_utc'"),
    });
  });

  it('sniffs SQLite + encrypted_value, and not a Firefox database', async () => {
    expect(chromiumReader.sniff(input('Cookies', await sqliteFile(CHROMIUM_SCHEMA)))?.reason).toContain(
      'encrypted_value',
    );
    expect(
      chromiumReader.sniff(input('x', await sqliteFile('CREATE TABLE moz_cookies (encrypted_value)'))),
    ).toBeNull();
    expect(chromiumReader.sniff(input('x', await sqliteFile('CREATE TABLE t (x)')))).toBeNull();
  });
});

describe('chromium reader: encrypted values', () => {
  it('decrypts Linux v10 (peanuts) and strips the SHA-256 host prefix of version 24', async () => {
    const enc = chromiumEncrypt('sécret=1', { hostHash: '.example.com' });
    const result = await read([{ host: '.example.com', name: 'v10', encrypted: enc }], { version: 24 });
    expect(result.problems).toMatchObject([]);
    expect(result.cookies[0]?.cookie.value).toBe('sécret=1');
  });

  it('decrypts v10 without the prefix before version 24, and strips a matching prefix when there is no meta table', async () => {
    const old = await read([{ host: 'a.example', name: 'n', encrypted: chromiumEncrypt('plain-old') }], {
      version: 23,
    });
    expect(old.cookies[0]?.cookie.value).toBe('plain-old');
    const noMeta = await read(
      [{ host: 'a.example', name: 'n', encrypted: chromiumEncrypt('v', { hostHash: 'a.example' }) }],
      { version: null },
    );
    expect(noMeta.cookies[0]?.cookie.value).toBe('v');
  });

  it('rejects a version-24 value whose prefix is not its host hash (wrong key or tampering)', async () => {
    const enc = chromiumEncrypt('v', { hostHash: 'other.example' });
    const result = await read([{ host: 'a.example', name: 'n', encrypted: enc }], { version: 24 });
    expect(result.cookies).toEqual([]);
    expect(result.problems[0]?.reason).toContain('is encrypted (v10) with a key Crumbs does not have');
  });

  it('decrypts v11 with the keyring secret and asks for it when absent or wrong', async () => {
    const enc = chromiumEncrypt('keyring value', {
      prefix: 'v11',
      password: 'my-keyring-secret',
      hostHash: 'a.example',
    });
    const rows = [{ host: 'a.example', name: 'k', encrypted: enc }];
    expect((await read(rows, { keyringSecret: 'my-keyring-secret' })).cookies[0]?.cookie.value).toBe(
      'keyring value',
    );

    const absent = await read(rows);
    expect(absent.cookies).toEqual([]);
    expect(absent.problems).toMatchObject([
      {
        where: 'Cookies row 1',
        reason:
          'cookie "k" of a.example is encrypted with the keyring secret (v11): give it with --keyring-secret',
      },
    ]);
    const wrong = await read(rows, { keyringSecret: 'not it' });
    expect(wrong.cookies).toEqual([]);
    expect(wrong.problems[0]?.reason).toContain('the secret given does not decrypt it');
  });

  it('decrypts macOS v10 (Keychain password, 1003 iterations) when the secret is given', async () => {
    const enc = chromiumEncrypt('mac', { password: 'KeychainPw', iterations: 1003 });
    const rows = [{ host: 'm.example', name: 'm', encrypted: enc }];
    expect((await read(rows, { version: 9, keyringSecret: 'KeychainPw' })).cookies[0]?.cookie.value).toBe(
      'mac',
    );
    const without = await read(rows, { version: 9 });
    expect(without.cookies).toEqual([]);
    expect(without.problems[0]?.reason).toContain('--keyring-secret');
  });

  it('reports v20, DPAPI and unknown prefixes as unreadable and never imports ciphertext', async () => {
    const v20 = Buffer.concat([Buffer.from('v20'), Buffer.alloc(60, 7)]);
    const dpapi = Buffer.concat([
      Buffer.from([1, 0, 0, 0, 0xd0, 0x8c, 0x9d, 0xdf, 1, 0x15, 0xd1, 0x11]),
      Buffer.alloc(40, 3),
    ]);
    const unknown = Buffer.from('xyz-something');
    // A Windows-style v10 (AES-GCM: 12-byte nonce, ciphertext, 16-byte tag) cannot be Linux CBC.
    const gcm = Buffer.concat([Buffer.from('v10'), Buffer.alloc(12 + 9 + 16, 0x41)]);
    const blobs = [v20, dpapi, unknown, gcm].map((b) => new Uint8Array(b));
    const result = await read(blobs.map((encrypted, i) => ({ host: 'w.example', name: `n${i}`, encrypted })));
    expect(result.cookies).toEqual([]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'cookie "n0" of w.example cannot be decrypted outside the browser (v20 app-bound encryption)',
      'cookie "n1" of w.example cannot be decrypted outside the browser (Windows DPAPI encryption)',
      'cookie "n2" of w.example cannot be decrypted outside the browser (encrypted_value has no known prefix)',
      expect.stringContaining('cookie "n3" of w.example is encrypted (v10) with a key Crumbs does not have'),
    ]);
    expectNoCiphertext(result, blobs);
  });

  it('never accepts garbage from a wrong key: 150 values encrypted with other keys all become problems', async () => {
    const rows: ChromiumRow[] = Array.from({ length: 150 }, (_, i) => ({
      host: 'g.example',
      name: `g${i}`,
      encrypted: chromiumEncrypt(`value-${i}-${'x'.repeat(i % 40)}`, { password: `other-${i}` }),
    }));
    const result = await read(rows, { version: 9 });
    expect(result.cookies).toEqual([]);
    expect(result.problems).toHaveLength(150);
  });

  it('prefers the plain value when both are present', async () => {
    const result = await read([
      { host: 'a.example', name: 'n', value: 'plain', encrypted: chromiumEncrypt('secret') },
    ]);
    expect(result.cookies[0]?.cookie.value).toBe('plain');
  });
});
