import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRank, nameMatches } from '../../../../shared/name-pattern';
import type { CatalogEntry } from '../../../../shared/policy';
import { createBuiltinCatalog, createCatalog } from '../../../../electron/core/policy/catalog';
import { literalStart } from '../../../../electron/core/policy/catalog/pattern-index';
import { entry } from './helpers';

describe('createCatalog lookups', () => {
  const catalog = createCatalog([
    entry('^_ga_[A-Z0-9]+$', 'regex', { platform: 'regex' }),
    entry('_ga', 'prefix', { platform: 'short prefix' }),
    entry('_ga_', 'prefix', { platform: 'long prefix' }),
    entry('_ga_SPECIAL', 'exact', { platform: 'exact' }),
    entry('_ga', 'exact', { platform: 'exact _ga' }),
    entry('^mp_[0-9a-f]+_mixpanel$', 'regex', { platform: 'mixpanel' }),
    entry('consent', 'exact', { platform: 'storage', type: 'localStorage' }),
  ]);

  it('prefers an exact name to any prefix or regex', () => {
    expect(catalog.lookup('_ga_SPECIAL', 'cookie')?.platform).toBe('exact');
    expect(catalog.lookup('_ga', 'cookie')?.platform).toBe('exact _ga');
  });

  it('prefers the longest prefix, and a prefix to a regex', () => {
    expect(catalog.lookup('_ga_ABC123', 'cookie')?.platform).toBe('long prefix');
    expect(catalog.lookup('_gax', 'cookie')?.platform).toBe('short prefix');
  });

  it('tries regexes last, and finds nothing where nothing matches', () => {
    expect(catalog.lookup('mp_0a1b2c_mixpanel', 'cookie')?.platform).toBe('mixpanel');
    expect(catalog.lookup('mp_XYZ_mixpanel', 'cookie')).toBeNull();
    expect(catalog.lookup('', 'cookie')).toBeNull();
    expect(catalog.lookup('_g', 'cookie')).toBeNull();
  });

  it('keeps cookies and localStorage keys apart', () => {
    expect(catalog.lookup('consent', 'localStorage')?.platform).toBe('storage');
    expect(catalog.lookup('consent', 'cookie')).toBeNull();
    expect(catalog.lookup('_ga', 'localStorage')).toBeNull();
  });

  it('keeps the first of two identical patterns and leaves pixels out', () => {
    const c = createCatalog([
      entry('dup', 'exact', { platform: 'first' }),
      entry('dup', 'exact', { platform: 'second' }),
      entry('dup', 'prefix', { platform: 'prefix' }),
      entry('px', 'exact', { type: 'pixel' }),
    ]);
    expect(c.lookup('dup', 'cookie')?.platform).toBe('first');
    expect(c.size).toBe(2);
    expect(c.entries().map((e) => e.platform)).toEqual(['first', 'prefix']);
  });

  it('drops a regex that does not compile instead of failing', () => {
    const c = createCatalog([entry('(unclosed', 'regex'), entry('ok', 'exact')]);
    expect(c.size).toBe(1);
    expect(c.lookup('(unclosed', 'cookie')).toBeNull();
  });
});

describe('the built-in catalog and the Open Cookie Database together', () => {
  const ocd = (name: string, match: CatalogEntry['match'], platform: string): CatalogEntry =>
    entry(name, match, { platform, source: 'open-cookie-database', category: 'marketing' });

  it('lets the database add names the built-in catalog does not know', () => {
    const c = createBuiltinCatalog([ocd('only_in_ocd', 'exact', 'OCD vendor')]);
    expect(c.lookup('only_in_ocd', 'cookie')?.platform).toBe('OCD vendor');
    expect(c.lookup('only_in_ocd', 'cookie')?.source).toBe('open-cookie-database');
  });

  it('answers with the built-in entry whenever it knows the name, even through a prefix', () => {
    // The database's exact name loses to the built-in prefix: curated data wins over community data.
    const c = createBuiltinCatalog([ocd('_ga', 'exact', 'OCD GA'), ocd('_ga_XYZ', 'exact', 'OCD GA4')]);
    expect(c.lookup('_ga', 'cookie')?.platform).toBe('Google Analytics');
    expect(c.lookup('_ga_XYZ', 'cookie')?.platform).toBe('Google Analytics');
    expect(c.lookup('_ga', 'cookie')?.source).toBe('builtin');
  });

  it('wins whatever the order the entries are given in', () => {
    const builtin = entry('both', 'exact', { platform: 'built-in' });
    const c = createCatalog([ocd('both', 'exact', 'database'), builtin]);
    expect(c.lookup('both', 'cookie')?.platform).toBe('built-in');
    // The shadowed database entry can never answer: it is not kept.
    expect(c.size).toBe(1);
  });
});

describe('literalStart, the text a regex match must begin with', () => {
  it.each([
    ['^mp_[0-9a-f]+_mixpanel$', 'mp_'],
    ['^kndctr_.+_AdobeOrg_identity$', 'kndctr_'],
    ['^lpv\\d+$', 'lpv'],
    ['^a+b', 'a'],
    ['^ab?c', 'a'],
    ['^ab*', 'a'],
    ['^ab{0,2}', 'a'],
    ['^a|b', ''],
    ['_session$', ''],
    ['^(ab)', ''],
  ])('%s starts with %j', (source, literal) => {
    expect(literalStart(source)).toBe(literal);
  });

  it('never hides a match: every name a regex accepts starts with its literal', () => {
    const c = createCatalog([entry('^ab?c', 'regex', { platform: 'optional b' })]);
    expect(c.lookup('ac', 'cookie')?.platform).toBe('optional b');
    expect(c.lookup('abc', 'cookie')?.platform).toBe('optional b');
  });
});

describe('the index agrees with a plain scan', () => {
  // Short names over a small alphabet, so prefixes, exact names and regexes collide often.
  const name = fc.string({ unit: fc.constantFrom('a', 'b', '_', '1'), minLength: 1, maxLength: 5 });
  const pattern = fc.record({
    name,
    match: fc.constantFrom('exact' as const, 'prefix' as const, 'regex' as const),
  });

  it('returns the best match by matchRank, the first given on a tie', () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 25 }), name, fc.nat(), (patterns, tail, pick) => {
        // Half the time the stored name extends a declared one, so that several patterns match it.
        const base = pick % 2 === 0 && patterns.length > 0 ? patterns[pick % patterns.length]!.name : '';
        const stored = base + tail;
        const entries = patterns.map((p, i) => ({
          ...entry(p.match === 'regex' ? `^${p.name}` : p.name, p.match),
          platform: `#${i}`,
        }));
        let best: CatalogEntry | null = null;
        for (const e of entries) {
          if (nameMatches(e, stored) && (!best || matchRank(e) > matchRank(best))) best = e;
        }
        expect(createCatalog(entries).lookup(stored, 'cookie')?.platform ?? null).toBe(
          best?.platform ?? null,
        );
      }),
      { numRuns: 300 },
    );
  });
});
