// Builders for browser-database fixtures, made in the tests rather than committed: SQLite files written
// with sql.js, values encrypted the way Chromium encrypts them (node:crypto, independent of the reader's
// code), and Safari binarycookies from a small encoder that follows the documented layout.
import { Buffer } from 'node:buffer';
import { createCipheriv, createHash, pbkdf2Sync } from 'node:crypto';
import type { SqlValue } from 'sql.js';
import { loadSqlJs } from '../../../../electron/core/formats/browser-db';
import type { ReadInput } from '../../../../electron/core/formats/plugin';

export const FIREFOX_SCHEMA = `CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL DEFAULT '',
  name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, lastAccessed INTEGER, creationTime INTEGER,
  isSecure INTEGER, isHttpOnly INTEGER, inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0,
  rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0,
  CONSTRAINT moz_uniqueid UNIQUE (name, host, path, originAttributes))`;

/** Chromium's schema of database version 24 (2024). */
export const CHROMIUM_SCHEMA = `CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
CREATE TABLE cookies(creation_utc INTEGER NOT NULL, host_key TEXT NOT NULL, top_frame_site_key TEXT NOT NULL,
  name TEXT NOT NULL, value TEXT NOT NULL, encrypted_value BLOB NOT NULL, path TEXT NOT NULL,
  expires_utc INTEGER NOT NULL, is_secure INTEGER NOT NULL, is_httponly INTEGER NOT NULL,
  last_access_utc INTEGER NOT NULL, has_expires INTEGER NOT NULL, is_persistent INTEGER NOT NULL,
  priority INTEGER NOT NULL, samesite INTEGER NOT NULL, source_scheme INTEGER NOT NULL,
  source_port INTEGER NOT NULL, last_update_utc INTEGER NOT NULL, source_type INTEGER NOT NULL,
  has_cross_site_ancestor INTEGER NOT NULL);`;

/** An SQLite file: the schema, then each [sql, params] statement. */
export async function sqliteFile(schema: string, rows: [string, SqlValue[]][] = []): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.exec(schema);
    for (const [sql, params] of rows) db.run(sql, params);
    return db.export();
  } finally {
    db.close();
  }
}

export interface FirefoxRow {
  name: string | null;
  value: string | null;
  host: string | null;
  path?: string;
  expiry?: number;
  isSecure?: number;
  isHttpOnly?: number;
  sameSite?: number;
  rawSameSite?: number;
  originAttributes?: string;
}

export function firefoxInsert(row: FirefoxRow): [string, SqlValue[]] {
  return [
    `INSERT INTO moz_cookies (name, value, host, path, expiry, isSecure, isHttpOnly, sameSite, rawSameSite, originAttributes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      row.name,
      row.value,
      row.host,
      row.path ?? '/',
      row.expiry ?? 0,
      row.isSecure ?? 0,
      row.isHttpOnly ?? 0,
      row.sameSite ?? 0,
      row.rawSameSite ?? 0,
      row.originAttributes ?? '',
    ],
  ];
}

/** Microseconds since 1601-01-01 for Unix seconds, as Chromium stores expires_utc. */
export function chromeTime(unixSeconds: number): number {
  return (unixSeconds + 11_644_473_600) * 1_000_000;
}

export interface ChromiumRow {
  host: string;
  name: string;
  value?: string;
  encrypted?: Uint8Array;
  path?: string;
  expires?: number;
  hasExpires?: number;
  persistent?: number;
  secure?: number;
  httpOnly?: number;
  sameSite?: number;
  partition?: string;
}

export function chromiumInsert(row: ChromiumRow): [string, SqlValue[]] {
  return [
    `INSERT INTO cookies VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, 2, 443, 0, 0, 0)`,
    [
      row.host,
      row.partition ?? '',
      row.name,
      row.value ?? '',
      row.encrypted ?? new Uint8Array(0),
      row.path ?? '/',
      row.expires ?? 0,
      row.secure ?? 0,
      row.httpOnly ?? 0,
      row.hasExpires ?? (row.expires ? 1 : 0),
      row.persistent ?? (row.expires ? 1 : 0),
      row.sameSite ?? -1,
    ],
  ];
}

export function metaVersion(version: number): [string, SqlValue[]] {
  return [`INSERT INTO meta VALUES ('version', ?)`, [String(version)]];
}

/** Encrypts like Chromium's OSCrypt on Linux/macOS: prefix + AES-128-CBC(PBKDF2-SHA1(password, saltysalt)). */
export function chromiumEncrypt(
  plaintext: string,
  options: { prefix?: string; password?: string; iterations?: number; hostHash?: string } = {},
): Uint8Array {
  const key = pbkdf2Sync(options.password ?? 'peanuts', 'saltysalt', options.iterations ?? 1, 16, 'sha1');
  const cipher = createCipheriv('aes-128-cbc', key, Buffer.alloc(16, ' '));
  const body = Buffer.from(plaintext, 'utf8');
  const hashed =
    options.hostHash === undefined
      ? body
      : Buffer.concat([createHash('sha256').update(options.hostHash).digest(), body]);
  return new Uint8Array(
    Buffer.concat([Buffer.from(options.prefix ?? 'v10', 'latin1'), cipher.update(hashed), cipher.final()]),
  );
}

export interface SafariCookie {
  domain: string;
  name: string;
  path: string;
  value: string;
  flags?: number;
  /** Unix seconds. */
  expires: number;
}

const MAC_EPOCH = 978_307_200;

/** One cookie record in Safari's little-endian layout (56-byte header, then NUL-terminated strings). */
export function safariRecord(cookie: SafariCookie): Buffer {
  const strings = [cookie.domain, cookie.name, cookie.path, cookie.value].map((s) =>
    Buffer.from(`${s}\0`, 'utf8'),
  );
  const size = 56 + strings.reduce((n, s) => n + s.length, 0);
  const record = Buffer.alloc(size);
  record.writeUInt32LE(size, 0);
  record.writeUInt32LE(cookie.flags ?? 0, 8);
  let at = 56;
  strings.forEach((s, i) => {
    record.writeUInt32LE(at, 16 + 4 * i);
    s.copy(record, at);
    at += s.length;
  });
  record.writeDoubleLE(cookie.expires - MAC_EPOCH, 40);
  record.writeDoubleLE(cookie.expires - MAC_EPOCH - 86400, 48);
  return record;
}

export function safariPage(cookies: SafariCookie[]): Buffer {
  const records = cookies.map(safariRecord);
  const head = Buffer.alloc(8 + 4 * records.length + 4);
  head.writeUInt32BE(0x00000100, 0);
  head.writeUInt32LE(records.length, 4);
  let at = head.length;
  records.forEach((r, i) => {
    head.writeUInt32LE(at, 8 + 4 * i);
    at += r.length;
  });
  return Buffer.concat([head, ...records]);
}

/** A whole file: 'cook', page count and sizes (big-endian), the pages, then Safari's footer. */
export function safariFile(pages: SafariCookie[][]): Uint8Array {
  const bodies = pages.map(safariPage);
  const head = Buffer.alloc(8 + 4 * bodies.length);
  head.write('cook', 0, 'latin1');
  head.writeUInt32BE(bodies.length, 4);
  bodies.forEach((b, i) => head.writeUInt32BE(b.length, 8 + 4 * i));
  const footer = Buffer.from([0, 0, 0, 0, 0x07, 0x17, 0x20, 0x05, 0, 0, 0, 0]);
  return new Uint8Array(Buffer.concat([head, ...bodies, footer]));
}

/** The binary readers only use name and bytes; text and JSON views are there for the interface. */
export function input(name: string, bytes: Uint8Array): ReadInput {
  return {
    name,
    bytes,
    text: () => new TextDecoder().decode(bytes),
    json: () => undefined,
  };
}

export const NOW_MS = Date.UTC(2025, 0, 1);

/** XORs one byte (damage for fuzz tests). */
export function flip(bytes: Uint8Array, index: number, mask: number): void {
  bytes[index] = (bytes[index] ?? 0) ^ mask;
}
