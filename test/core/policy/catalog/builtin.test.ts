import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../shared/category';
import { parseDuration } from '../../../../shared/duration';
import { CatalogEntry } from '../../../../shared/policy';
import { BUILTIN_CATALOG, createBuiltinCatalog } from '../../../../electron/core/policy/catalog';
import { consent } from '../../../../electron/core/policy/catalog/builtin/consent';

describe('the built-in catalog', () => {
  it('holds at least 220 entries, each a valid CatalogEntry from the builtin source', () => {
    expect(BUILTIN_CATALOG.length).toBeGreaterThanOrEqual(220);
    for (const entry of BUILTIN_CATALOG) {
      expect(CatalogEntry.safeParse(entry).success, entry.name).toBe(true);
      expect(entry.source).toBe('builtin');
      expect(['cookie', 'localStorage']).toContain(entry.type);
    }
  });

  it('has no duplicate (name, match, type)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const e of BUILTIN_CATALOG) {
      const key = `${e.type} ${e.match} ${e.name}`;
      if (seen.has(key)) duplicates.push(`${key} (${seen.get(key)} and ${e.platform})`);
      seen.set(key, e.platform);
    }
    expect(duplicates).toEqual([]);
    // Nothing is shadowed, so every entry can be returned by a lookup.
    expect(createBuiltinCatalog().size).toBe(BUILTIN_CATALOG.length);
  });

  it('compiles every regex and gives every entry a canonical category', () => {
    for (const e of BUILTIN_CATALOG.filter((x) => x.match === 'regex')) {
      expect(() => new RegExp(e.name, 'u'), e.name).not.toThrow();
    }
    for (const e of BUILTIN_CATALOG) expect(CATEGORIES, e.name).toContain(e.category);
    expect(BUILTIN_CATALOG.some((e) => e.category === 'unclassified')).toBe(false);
  });

  it('describes each entry in one plain sentence and reads every lifetime', () => {
    for (const e of BUILTIN_CATALOG) {
      expect(e.description, e.name).toMatch(/^[A-Z][^\n]{5,100}\.$/);
      expect(e.duration.raw, e.name).not.toBe('');
      // Only storage keys, which never expire by themselves, have no readable lifetime.
      if (e.duration.kind === 'unknown') expect(e.type, e.name).toBe('localStorage');
    }
  });

  it('files every consent-platform record as necessary: it stores the choice itself', () => {
    expect(consent.length).toBeGreaterThanOrEqual(30);
    for (const e of consent) expect(e.category, e.name).toBe('necessary');
  });

  // The lifetimes each platform documents for its default setup.
  it.each([
    ['_ga', 'cookie', 'Google Analytics', 'statistics', '2 years'],
    ['_ga_ABC123XYZ', 'cookie', 'Google Analytics', 'statistics', '2 years'],
    ['_gid', 'cookie', 'Google Analytics', 'statistics', '24 hours'],
    ['_gat', 'cookie', 'Google Analytics', 'statistics', '1 minute'],
    ['_gat_UA-1234-1', 'cookie', 'Google Analytics', 'statistics', '1 minute'],
    ['_fbp', 'cookie', 'Meta', 'marketing', '3 months'],
    ['_gcl_au', 'cookie', 'Google Ads', 'marketing', '90 days'],
    ['_pk_id.1.a1b2', 'cookie', 'Matomo', 'statistics', '13 months'],
    ['_pk_ses.1.a1b2', 'cookie', 'Matomo', 'statistics', '30 minutes'],
    ['sessionid', 'cookie', 'Django', 'necessary', '2 weeks'],
    ['csrftoken', 'cookie', 'Django', 'necessary', '52 weeks'],
    ['cookies_preferences', 'cookie', 'Opendatasoft', 'necessary', '6 months'],
    ['OptanonConsent', 'cookie', 'OneTrust', 'necessary', '1 year'],
    ['cc_cookie', 'cookie', 'vanilla-cookieconsent', 'necessary', '182 days'],
    ['__cf_bm', 'cookie', 'Cloudflare', 'necessary', '30 minutes'],
    ['_uetvid', 'cookie', 'Microsoft Advertising', 'marketing', '13 months'],
    ['_clck', 'cookie', 'Microsoft Clarity', 'statistics', '1 year'],
    ['_hjSessionUser_123456', 'cookie', 'Hotjar', 'statistics', '365 days'],
  ] as const)('knows %s (%s) as %s, %s, for %s', (name, type, platform, category, lifetime) => {
    const found = createBuiltinCatalog().lookup(name, type);
    expect(found?.platform).toBe(platform);
    expect(found?.category).toBe(category);
    expect(found?.duration.kind).toBe('fixed');
    expect(found?.duration.seconds).toBe(parseDuration(lifetime).seconds);
  });

  it('knows session cookies as session and storage keys as storage keys', () => {
    const catalog = createBuiltinCatalog();
    expect(catalog.lookup('PHPSESSID', 'cookie')?.duration.kind).toBe('session');
    expect(catalog.lookup('YSC', 'cookie')?.duration.kind).toBe('session');
    expect(catalog.lookup('uc_settings', 'localStorage')?.platform).toBe('Usercentrics');
    expect(catalog.lookup('uc_settings', 'cookie')).toBeNull();
    expect(catalog.lookup('yt-remote-device-id', 'localStorage')?.platform).toBe('YouTube');
  });
});
