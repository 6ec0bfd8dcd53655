// vanilla-cookieconsent v3: encodeURIComponent(JSON) of {categories, revision, data, consentTimestamp, consentId,
// services, languageCode, lastConsentTimestamp, expirationTime} in `cc_cookie` with Domain=<host>, 182 days,
// SameSite=Lax, Secure on https — or the JSON unencoded in localStorage. Expected values are written out by hand
// from node_modules/vanilla-cookieconsent/dist/cookieconsent.esm.js.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import { vanillaCookieconsent as cc } from '../../../electron/core/consent/cmps/vanilla-cookieconsent';

const target = { host: 'www.example.fr', site: 'example.fr', origin: 'https://www.example.fr' };
const now = new Date('2025-03-03T10:00:00.000Z');
const ctx = { target, now, gpc: false };
const STATS_ONLY: Choices = {
  necessary: true,
  preferences: false,
  statistics: true,
  marketing: false,
  social: false,
};
const ID = '0c3f5d36-3c8a-4b6e-9d1e-2f4a6b8c0d1e';
const options = cc.options.parse({
  categories: { necessary: 'necessary', analytics: 'statistics', ads: 'marketing' },
  services: { analytics: ['ga', 'matomo'], ads: ['pixel'] },
  revision: 3,
  consentId: ID,
});
const choices = fc.record({
  necessary: fc.constant(true as const),
  preferences: fc.boolean(),
  statistics: fc.boolean(),
  marketing: fc.boolean(),
  social: fc.boolean(),
});

describe('vanilla-cookieconsent', () => {
  it('documents every option it takes', () => {
    expect(cc.optionDocs.map((d) => d.name)).toEqual(Object.keys(cc.options.shape));
  });

  it('has the library defaults', () => {
    expect(cc.options.parse({})).toMatchObject({
      cookieName: 'cc_cookie',
      storage: 'cookie',
      path: '/',
      sameSite: 'lax',
      secure: true,
      expiresDays: 182,
      revision: 0,
      language: 'en',
    });
    expect(() => cc.options.parse({ consentId: 'x' })).toThrow(/consentId/);
  });

  it('writes the value byte for byte as the library builds it, with Domain=<host>', () => {
    const state = cc.encode(STATS_ONLY, options, ctx);
    const json =
      '{"categories":["necessary","analytics"],"revision":3,"data":null,' +
      '"consentTimestamp":"2025-03-03T10:00:00.000Z","consentId":"' +
      ID +
      '",' +
      '"services":{"necessary":[],"analytics":["ga","matomo"],"ads":[]},"languageCode":"en",' +
      '"lastConsentTimestamp":"2025-03-03T10:00:00.000Z","expirationTime":1756720800000}';
    expect(state.cookies).toEqual([
      {
        name: 'cc_cookie',
        value: encodeURIComponent(json),
        domain: 'www.example.fr',
        hostOnly: false,
        path: '/',
        expires: 1756720800,
        httpOnly: false,
        secure: true,
        sameSite: 'lax',
      },
    ]);
    expect(new Date(1756720800000).toISOString()).toBe('2025-09-01T10:00:00.000Z');
  });

  it('writes a host-only cookie on a dotless host, no Secure over http, and the raw JSON to localStorage', () => {
    const local = { host: 'localhost', site: 'localhost', origin: 'http://localhost:8080' };
    const c = cc.encode(STATS_ONLY, options, { ...ctx, target: local }).cookies[0]!;
    expect(c).toMatchObject({ domain: 'localhost', hostOnly: true, secure: false });
    const ls = cc.encode(STATS_ONLY, cc.options.parse({ ...options, storage: 'localStorage' }), ctx);
    expect(ls.cookies).toEqual([]);
    expect(ls.storage[0]!.name).toBe('cc_cookie');
    expect(ls.storage[0]!.value).toBe(
      decodeURIComponent(cc.encode(STATS_ONLY, options, ctx).cookies[0]!.value),
    );
  });

  it('makes a random v4 consent id when none is given', () => {
    const o = cc.options.parse({});
    const id = (v: string) => (JSON.parse(decodeURIComponent(v)) as { consentId: string }).consentId;
    const a = id(cc.encode(STATS_ONLY, o, ctx).cookies[0]!.value);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id(cc.encode(STATS_ONLY, o, ctx).cookies[0]!.value)).not.toBe(a);
  });

  it('reads back what it writes, for every choice and both storages', () => {
    for (const storage of ['cookie', 'localStorage'] as const) {
      const o = cc.options.parse({ ...options, storage });
      fc.assert(
        fc.property(choices, (c) => {
          const reading = cc.decode(cc.encode(c, o, ctx), o);
          expect(reading?.categories).toEqual({ ...c, preferences: null, social: null });
          expect(reading?.services).toEqual({
            'analytics:ga': c.statistics,
            'analytics:matomo': c.statistics,
            'ads:pixel': c.marketing,
          });
          expect(reading?.decidedAt).toBe('2025-03-03T10:00:00.000Z');
          expect(reading?.expiresAt).toBe('2025-09-01T10:00:00.000Z');
        }),
      );
    }
  });

  it('says what brings the banner back: another revision, a missing consentId, an encoded localStorage value', () => {
    const state = cc.encode(STATS_ONLY, options, ctx);
    const other = cc.decode(state, cc.options.parse({ ...options, revision: 4 }));
    expect(other?.notes.join()).toMatch(/revision 3 stored, 4 expected/);
    const value = JSON.parse(decodeURIComponent(state.cookies[0]!.value)) as Record<string, unknown>;
    delete value['consentId'];
    const noId = cc.decode(
      { cookies: [{ ...state.cookies[0]!, value: encodeURIComponent(JSON.stringify(value)) }], storage: [] },
      options,
    );
    expect(noId?.notes.join()).toMatch(/consentId missing/);
    const lsOptions = cc.options.parse({ ...options, storage: 'localStorage' });
    const wrong = cc.decode(
      {
        cookies: [],
        storage: [{ origin: target.origin, name: 'cc_cookie', value: state.cookies[0]!.value }],
      },
      lsOptions,
    );
    expect(wrong?.notes.join()).toMatch(/percent-encoded in localStorage/);
    expect(wrong?.categories.statistics).toBe(true);
  });

  it('decodes leniently: a cookie when localStorage was expected, garbage, never throws', () => {
    const state = cc.encode(STATS_ONLY, options, ctx);
    const misplaced = cc.decode(state, cc.options.parse({ ...options, storage: 'localStorage' }));
    expect(misplaced?.notes.join()).toMatch(/found in a cookie, not in localStorage/);
    const bad = cc.decode({ cookies: [{ ...state.cookies[0]!, value: '%7B' }], storage: [] }, options);
    expect(bad?.categories.statistics).toBeNull();
    fc.assert(
      fc.property(
        fc.string(),
        (v) => void cc.decode({ cookies: [{ ...state.cookies[0]!, value: v }], storage: [] }, options),
      ),
    );
    expect(cc.decode({ cookies: [], storage: [] }, options)).toBeNull();
  });

  it('detects cc_cookie holding a list of categories, in a cookie or localStorage', () => {
    const state = cc.encode(STATS_ONLY, options, ctx);
    expect(cc.detect(state)).toEqual({ evidence: ['cookie cc_cookie'] });
    expect(cc.detect({ cookies: [{ ...state.cookies[0]!, value: '%7B%7D' }], storage: [] })).toBeNull();
  });
});
