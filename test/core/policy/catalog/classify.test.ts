import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SitePolicy } from '../../../../shared/policy';
import {
  classify,
  createBuiltinCatalog,
  createCatalog,
  createClassifier,
} from '../../../../electron/core/policy/catalog';
import { declared, entry } from './helpers';

function policy(entries: SitePolicy['entries']): SitePolicy {
  return {
    site: 'example.org',
    publisher: 'Example',
    language: 'en',
    intro: '',
    sections: [],
    entries,
    source: { kind: 'imported', label: 'test', at: '2026-01-01T00:00:00Z', url: null, file: null },
  };
}

const catalog = createBuiltinCatalog();

const site = policy([
  declared('_ga', 'prefix', 'statistics', { supplier: 'Google (prefix)' }),
  declared('_ga_', 'prefix', 'statistics', { supplier: 'Google (GA4)', duration: '13 months' }),
  declared('_ga', 'exact', 'marketing', { supplier: 'Google (exact)' }),
  declared('^sess[0-9]+$', 'regex', 'necessary'),
  declared('tracker', 'exact', 'marketing', { type: 'pixel', supplier: 'Pixel vendor' }),
  declared('prefs', 'exact', 'preferences', { type: 'localStorage', supplier: 'Site storage' }),
]);

describe('classify', () => {
  it('takes the site policy first, the best declared match winning', () => {
    const exact = classify({ name: '_ga', type: 'cookie' }, site, catalog);
    expect(exact).toMatchObject({
      category: 'marketing',
      by: 'policy',
      matched: '_ga',
      supplier: 'Google (exact)',
    });
    const ga4 = classify({ name: '_ga_XYZ', type: 'cookie' }, site, catalog);
    expect(ga4).toMatchObject({ by: 'policy', matched: '_ga_*', supplier: 'Google (GA4)' });
    expect(ga4.duration?.raw).toBe('13 months');
    expect(classify({ name: 'sess42', type: 'cookie' }, site, catalog)).toMatchObject({
      category: 'necessary',
      by: 'policy',
      matched: '/^sess[0-9]+$/',
    });
  });

  it('never matches a pixel entry, and matches storage entries only for storage keys', () => {
    expect(classify({ name: 'tracker', type: 'cookie' }, site, catalog).by).toBe('unclassified');
    expect(classify({ name: 'prefs', type: 'cookie' }, site, catalog).by).toBe('unclassified');
    expect(classify({ name: 'prefs', type: 'localStorage' }, site, catalog)).toMatchObject({
      category: 'preferences',
      by: 'policy',
      supplier: 'Site storage',
    });
  });

  it('falls back to the catalog, naming the platform and its typical lifetime', () => {
    const fbp = classify({ name: '_fbp', type: 'cookie' }, site, catalog);
    expect(fbp).toMatchObject({ category: 'marketing', by: 'catalog', matched: '_fbp', supplier: 'Meta' });
    expect(fbp.duration?.raw).toBe('3 months');
    const pk = classify({ name: '_pk_id.3.9f1c', type: 'cookie' }, null, catalog);
    expect(pk).toMatchObject({
      category: 'statistics',
      by: 'catalog',
      matched: '_pk_id.*',
      supplier: 'Matomo',
    });
  });

  it('leaves unknown names unclassified with nothing matched', () => {
    expect(classify({ name: 'x_unknown_thing', type: 'cookie' }, site, catalog)).toEqual({
      category: 'unclassified',
      by: 'unclassified',
      matched: null,
      supplier: null,
      duration: null,
    });
    expect(classify({ name: '_ga', type: 'cookie' }, null, createCatalog([])).by).toBe('unclassified');
  });
});

describe('createClassifier', () => {
  it('answers as classify does, for the site policy and the catalog', () => {
    const classifier = createClassifier(site, catalog);
    const names = [
      '_ga',
      '_ga_XYZ',
      '_gax',
      'sess42',
      'tracker',
      'prefs',
      '_fbp',
      'OptanonConsent',
      'nothing',
    ];
    for (const name of names) {
      for (const type of ['cookie', 'localStorage'] as const) {
        expect(classifier({ name, type }), `${type} ${name}`).toEqual(
          classify({ name, type }, site, catalog),
        );
      }
    }
  });

  it('agrees with classify on generated policies and names', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', '_'), minLength: 1, maxLength: 4 });
    const row = fc.record({
      name,
      match: fc.constantFrom('exact' as const, 'prefix' as const, 'regex' as const),
      type: fc.constantFrom('cookie' as const, 'localStorage' as const, 'pixel' as const),
      category: fc.constantFrom('necessary' as const, 'statistics' as const, 'marketing' as const),
    });
    const small = createCatalog([entry('a', 'prefix', { platform: 'catalog a' })]);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), name, fc.nat(), (rows, tail, pick) => {
        // Half the time the stored name extends a declared one, so that several entries match it.
        const stored = (pick % 2 === 0 && rows.length > 0 ? rows[pick % rows.length]!.name : '') + tail;
        const storage = pick % 3 === 0;
        const p = policy(
          rows.map((r, i) =>
            declared(r.match === 'regex' ? `${r.name}$` : r.name, r.match, r.category, {
              type: r.type,
              supplier: `#${i}`,
            }),
          ),
        );
        const item = { name: stored, type: storage ? ('localStorage' as const) : ('cookie' as const) };
        expect(createClassifier(p, small)(item)).toEqual(classify(item, p, small));
      }),
      { numRuns: 300 },
    );
  });

  it('classifies thousands of cookies of one site quickly', () => {
    const classifier = createClassifier(site, catalog);
    const started = performance.now();
    let classified = 0;
    for (let i = 0; i < 20_000; i++) {
      if (classifier({ name: `_ga_${i % 500}`, type: 'cookie' }).by === 'policy') classified++;
      if (classifier({ name: `unknown_${i}`, type: 'cookie' }).by === 'unclassified') classified++;
    }
    expect(classified).toBe(40_000);
    // Generous: about 20 ms here; the bound only catches a lookup that went linear or worse.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
