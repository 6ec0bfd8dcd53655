// Hostile or damaged SQLite files: every one ends in a result or a CrumbsError IMPORT_UNREADABLE, fast,
// and nothing from the file's schema runs.
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import { chromiumReader, firefoxReader, loadSqlJs } from '../../../../electron/core/formats/browser-db';
import type { Reader, ReadResult } from '../../../../electron/core/formats/plugin';
import {
  CHROMIUM_SCHEMA,
  chromeTime,
  chromiumEncrypt,
  chromiumInsert,
  FIREFOX_SCHEMA,
  firefoxInsert,
  input,
  NOW_MS,
  sqliteFile,
  flip,
} from './build';

async function outcome(reader: Reader, bytes: Uint8Array): Promise<ReadResult | CrumbsError> {
  try {
    return await reader.read(input('db.sqlite', bytes), { nowMs: NOW_MS });
  } catch (err) {
    if (err instanceof CrumbsError) {
      expect(err.code).toBe('IMPORT_UNREADABLE');
      return err;
    }
    throw err;
  }
}

async function firefoxDb(): Promise<Uint8Array> {
  const rows = Array.from({ length: 30 }, (_, i) =>
    firefoxInsert({
      name: `n${i}`,
      value: `value ${i} ${'x'.repeat(i * 7)}`,
      host: `h${i}.example`,
      expiry: 2_000_000_000,
    }),
  );
  return sqliteFile(`PRAGMA page_size = 512; ${FIREFOX_SCHEMA}`, rows);
}

describe('SQLite readers against damaged files', () => {
  it('refuses what is not SQLite, or only its header', async () => {
    for (const bytes of [
      new TextEncoder().encode('# Netscape HTTP Cookie File\n'),
      new TextEncoder().encode('SQLite format 3\u0000'),
      new Uint8Array(0),
    ]) {
      const got = await outcome(firefoxReader, bytes);
      expect(got).toBeInstanceOf(CrumbsError);
    }
    const fake = new Uint8Array(4096).map((_, i) => (i * 37) & 0xff);
    fake.set(new TextEncoder().encode('SQLite format 3\u0000'));
    expect(await outcome(chromiumReader, fake)).toBeInstanceOf(CrumbsError);
  });

  it('refuses a database truncated at any offset', async () => {
    const db = await firefoxDb();
    expect(db.length).toBeGreaterThan(4 * 512);
    let cuts = 0;
    let errors = 0;
    for (let cut = 0; cut < db.length; cut += 61) {
      cuts++;
      if ((await outcome(firefoxReader, db.subarray(0, cut))) instanceof CrumbsError) errors++;
    }
    // Every cut is caught, including those in the last page that quick_check alone would miss (the
    // header's page count says how long the file must be).
    expect(errors).toBe(cuts);
  });

  it('survives random byte damage inside the pages', async () => {
    const db = await firefoxDb();
    let state = 11;
    const random = (max: number): number => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state % max;
    };
    for (let round = 0; round < 25; round++) {
      const damaged = db.slice();
      for (let k = 0; k < 3; k++) flip(damaged, 100 + random(damaged.length - 100), 1 << random(8));
      await outcome(firefoxReader, damaged);
    }
  });

  it('refuses a moz_cookies view (a view runs SQL from the file) without running it', async () => {
    const bytes = await sqliteFile(
      `CREATE VIEW moz_cookies AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
       SELECT i AS name, i AS value, 'h' AS host, '/' AS path, 0 AS expiry, 0 AS isSecure, 0 AS isHttpOnly FROM n`,
    );
    const started = performance.now();
    const got = await outcome(firefoxReader, bytes);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(got).toBeInstanceOf(CrumbsError);
    expect((got as CrumbsError).message).toContain("'moz_cookies' is a view");
  });

  it('refuses a generated value column (an expression from the file)', async () => {
    const bytes = await sqliteFile(
      `CREATE TABLE cookies (host_key TEXT, name TEXT, path TEXT, expires_utc INTEGER, is_secure INTEGER, is_httponly INTEGER,
        encrypted_value BLOB, value TEXT GENERATED ALWAYS AS (printf('%.*c', 100000000, 'x')) VIRTUAL)`,
    );
    const got = await outcome(chromiumReader, bytes);
    expect(got).toBeInstanceOf(CrumbsError);
    expect((got as CrumbsError).message).toContain("'value' of 'cookies' is generated");
  });

  it('does not evaluate CHECK constraints from the file during quick_check', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    // A constraint that would allocate 400 MB per row if evaluated (more than the reader lets SQLite have).
    db.exec(
      `${CHROMIUM_SCHEMA.replace('has_cross_site_ancestor INTEGER NOT NULL)', "has_cross_site_ancestor INTEGER NOT NULL, CHECK (length(printf('%.*c', 400000000, 'x')) > 0))")}`,
    );
    db.exec('PRAGMA ignore_check_constraints = ON');
    const [sql, params] = chromiumInsert({
      host: 'a.example',
      name: 'n',
      encrypted: chromiumEncrypt('v'),
      expires: chromeTime(2_000_000_000),
    });
    db.run(sql, params);
    const bytes = db.export();
    db.close();
    const started = performance.now();
    const got = await outcome(chromiumReader, bytes);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(got).not.toBeInstanceOf(CrumbsError);
    expect((got as ReadResult).cookies.map((c) => c.cookie.value)).toEqual(['v']);
  });

  it('refuses a database whose page size field is impossible', async () => {
    const db = await firefoxDb();
    db[16] = 0x03;
    db[17] = 0x00; // 768: not a power of two
    expect(await outcome(firefoxReader, db)).toBeInstanceOf(CrumbsError);
  });
});
