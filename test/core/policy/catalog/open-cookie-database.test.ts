import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import { CatalogEntry } from '../../../../shared/policy';
import {
  createBuiltinCatalog,
  MAX_OCD_BYTES,
  readOpenCookieDatabase,
} from '../../../../electron/core/policy/catalog';

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../../fixtures/catalog/${name}`, import.meta.url));
}

const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,' +
  'User Privacy & GDPR Rights Portals,Wildcard match';

function csv(...rows: string[]): Uint8Array {
  return new TextEncoder().encode([HEADER, ...rows].join('\n'));
}

describe('readOpenCookieDatabase, CSV export', () => {
  // The fixture has the export's exact header, a BOM, CRLF line ends, quoted commas, doubled quotes and a
  // description spread over two lines.
  const { entries, problems } = readOpenCookieDatabase(fixture('ocd-sample.csv'), 'ocd-sample.csv');
  const byName = (name: string) => entries.find((e) => e.name === name);

  it('reads every sound row into a valid catalog entry from the database', () => {
    expect(entries.map((e) => e.name)).toEqual([
      '_acme_id',
      '_acme_ses_',
      'sw-session',
      'gd_token',
      'lp_lang',
      'adn_uid',
      'odd_x',
      'plain_consent',
      'st_seg_',
      '_acme_id',
      'fl_c',
      'empty_cat',
      'anon_c',
      'lp_theme',
    ]);
    for (const e of entries) {
      expect(CatalogEntry.safeParse(e).success).toBe(true);
      expect(e).toMatchObject({ source: 'open-cookie-database', type: 'cookie' });
    }
  });

  it('keeps quoted commas, doubled quotes and line breaks inside a description', () => {
    expect(byName('_acme_id')?.description).toBe('Stores the visitor ID, used to count unique visitors');
    expect(byName('lp_lang')?.description).toBe('Remembers the "chosen" language');
    expect(byName('sw-session')?.description).toBe('Keeps the cart across pages');
    expect(byName('sw-session')?.platform).toBe('Shopware');
  });

  it('maps the database categories to the canonical ones', () => {
    expect(byName('_acme_id')?.category).toBe('statistics'); // Analytics
    expect(byName('sw-session')?.category).toBe('necessary'); // Functional
    expect(byName('gd_token')?.category).toBe('necessary'); // Security
    expect(byName('lp_lang')?.category).toBe('preferences'); // Personalization
    expect(byName('lp_theme')?.category).toBe('preferences'); // personalization, lower case
    expect(byName('adn_uid')?.category).toBe('marketing'); // Marketing
    expect(byName('plain_consent')?.category).toBe('necessary'); // Necessary, found in the real rows
    expect(byName('odd_x')?.category).toBe('unclassified'); // Tracking: not in its vocabulary
    expect(byName('empty_cat')?.category).toBe('unclassified');
  });

  it('reads the wildcard column, a trailing star and the retention period', () => {
    expect(byName('_acme_ses_')?.match).toBe('prefix');
    expect(byName('st_seg_')?.match).toBe('prefix');
    expect(byName('fl_c')?.match).toBe('exact');
    expect(byName('_acme_ses_')?.duration).toMatchObject({ raw: '30 minutes', kind: 'fixed', seconds: 1800 });
    expect(byName('sw-session')?.duration.kind).toBe('session');
  });

  it('falls back to the data controller, then to Unknown, for the platform', () => {
    expect(byName('plain_consent')?.platform).toBe('Plainco');
    expect(byName('anon_c')?.platform).toBe('Unknown');
  });

  it('reports each bad row once, in file order, naming its line and field', () => {
    expect(problems).toEqual([
      {
        where: 'ocd-sample.csv line 9',
        reason: expect.stringMatching(/^Category: 'Tracking' is not Functional/),
      },
      {
        where: 'ocd-sample.csv line 10',
        reason: expect.stringMatching(/^Cookie \/ Data Key name: no cookie/),
      },
      { where: 'ocd-sample.csv line 11', reason: '7 fields where the header has 10: row skipped' },
      { where: 'ocd-sample.csv line 15', reason: expect.stringMatching(/^Wildcard match: 'maybe'/) },
      { where: 'ocd-sample.csv line 16', reason: 'Category: missing, kept as unclassified' },
      { where: 'ocd-sample.csv line 17', reason: '11 fields where the header has 10: row skipped' },
      { where: 'ocd-sample.csv line 18', reason: expect.stringMatching(/^Platform: no platform/) },
    ]);
  });

  it('keeps what precedes a quote that is never closed and says the rest was not read', () => {
    const result = readOpenCookieDatabase(fixture('ocd-unclosed.csv'), 'ocd-unclosed.csv');
    expect(result.entries.map((e) => e.name)).toEqual(['_acme_id']);
    expect(result.problems).toEqual([
      { where: 'ocd-unclosed.csv line 3', reason: expect.stringContaining('never closed') },
    ]);
  });

  it('finds the columns by name, in any order and spelling', () => {
    const text = 'wildcard match,cookie / data key name,CATEGORY,platform\n1,_zz_,Marketing,Zed\n';
    const result = readOpenCookieDatabase(new TextEncoder().encode(text), 'reordered.csv');
    expect(result.problems).toEqual([]);
    expect(result.entries[0]).toMatchObject({
      name: '_zz_',
      match: 'prefix',
      category: 'marketing',
      platform: 'Zed',
    });
  });

  it('refuses a CSV that is not the database export, and an empty file, with one problem', () => {
    const other = readOpenCookieDatabase(new TextEncoder().encode('name,value\na,b\n'), 'other.csv');
    expect(other.entries).toEqual([]);
    expect(other.problems).toEqual([
      { where: 'other.csv line 1', reason: expect.stringContaining('not an Open Cookie Database export') },
    ]);
    const empty = readOpenCookieDatabase(new Uint8Array(), 'empty.csv');
    expect(empty).toEqual({ entries: [], problems: [{ where: 'empty.csv', reason: expect.any(String) }] });
  });

  it('reads a UTF-16 file with its byte-order mark', () => {
    const text = `\ufeff${HEADER}\r\nx,Platé,Analytics,_utf16,,Déjà vu,1 year,Platé,,0\r\n`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const result = readOpenCookieDatabase(bytes, 'utf16.csv');
    expect(result.entries).toMatchObject([{ name: '_utf16', platform: 'Platé', description: 'Déjà vu' }]);
  });

  it('throws TOO_LARGE, and only that, for a file over the cap', () => {
    const big = new Uint8Array(MAX_OCD_BYTES + 1);
    let thrown: unknown = null;
    try {
      readOpenCookieDatabase(big, 'big.csv');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CrumbsError);
    expect((thrown as CrumbsError).code).toBe('TOO_LARGE');
    // At the cap it is read, and NUL bytes mark it as no export at once.
    expect(readOpenCookieDatabase(big.subarray(0, MAX_OCD_BYTES), 'at-cap.csv').problems).toEqual([
      { where: 'at-cap.csv', reason: 'a binary file, not a CSV or JSON export: nothing read' },
    ]);
    expect(() => readOpenCookieDatabase(csv('broken,"row'), 'x.csv')).not.toThrow();
  });
});

describe('readOpenCookieDatabase, JSON export', () => {
  // The export's shape: an object keyed by platform, lists of { id, category, cookie, ..., wildcardMatch }.
  const { entries, problems } = readOpenCookieDatabase(fixture('ocd-sample.json'), 'ocd-sample.json');

  it('reads the records under each platform', () => {
    expect(entries.map((e) => [e.platform, e.name, e.match, e.category])).toEqual([
      ['Acme Analytics', '_acme_id', 'exact', 'statistics'],
      ['Acme Analytics', '_acme_ses_', 'prefix', 'statistics'],
      ['Guardly', 'gd_token', 'exact', 'necessary'],
      ['Langpick', 'lp_lang', 'exact', 'preferences'],
      ['Langpick', 'sp_c', 'exact', 'unclassified'],
      ['Adnet', 'adn_seg_', 'prefix', 'marketing'],
    ]);
    // `retention` as well as `retentionPeriod`; numbers and booleans in wildcardMatch.
    expect(entries.find((e) => e.name === 'gd_token')?.duration).toMatchObject({
      raw: '1 day',
      seconds: 86_400,
    });
  });

  it('reports each bad record once, naming platform, record and field', () => {
    expect(problems).toEqual([
      { where: "ocd-sample.json platform 'Langpick' record 2", reason: 'not an object: skipped' },
      {
        where: "ocd-sample.json platform 'Langpick' record 3",
        reason: expect.stringMatching(/^cookie: no cookie/),
      },
      {
        where: "ocd-sample.json platform 'Langpick' record 4",
        reason: expect.stringMatching(/^category: 'Sponsored'/),
      },
      {
        where: "ocd-sample.json platform 'Langpick' record 5",
        reason: expect.stringMatching(/^cookie: not text, ignored; cookie: no cookie/),
      },
      { where: "ocd-sample.json platform 'Broken'", reason: 'not a list of cookies: skipped' },
    ]);
  });

  it('reads a flat list of records carrying their platform, after a BOM', () => {
    const text = '\ufeff[{"platform":"Flat","category":"Analytics","cookie":"_flat","wildcardMatch":"0"}, 7]';
    const result = readOpenCookieDatabase(new TextEncoder().encode(text), 'flat.json');
    expect(result.entries).toMatchObject([{ platform: 'Flat', name: '_flat', category: 'statistics' }]);
    expect(result.problems).toEqual([{ where: 'flat.json record 2', reason: 'not an object: skipped' }]);
  });

  it('says a broken JSON file is not valid JSON without quoting it', () => {
    const result = readOpenCookieDatabase(
      new TextEncoder().encode('{"Acme": [ {"cookie": "secret'),
      'bad.json',
    );
    expect(result).toEqual({
      entries: [],
      problems: [{ where: 'bad.json', reason: 'not valid JSON: nothing read' }],
    });
  });
});

describe('a loaded database extends the built-in catalog', () => {
  it('adds its names and never overrides a built-in one', () => {
    const csvEntries = readOpenCookieDatabase(fixture('ocd-sample.csv'), 'ocd-sample.csv').entries;
    const overlap = readOpenCookieDatabase(
      csv('z,Someone else,Marketing,_ga,,Claims _ga,1 day,Someone,,0'),
      'overlap.csv',
    ).entries;
    const catalog = createBuiltinCatalog([...csvEntries, ...overlap]);
    expect(catalog.lookup('_acme_ses_42', 'cookie')).toMatchObject({
      platform: 'Acme Analytics',
      match: 'prefix',
    });
    // The database's second _acme_id row repeats the first: the first is kept.
    expect(catalog.lookup('_acme_id', 'cookie')?.duration.raw).toBe('13 months');
    expect(catalog.lookup('_ga', 'cookie')).toMatchObject({
      platform: 'Google Analytics',
      source: 'builtin',
    });
  });
});
