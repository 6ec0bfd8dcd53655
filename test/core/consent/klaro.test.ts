// Klaro: the value is encodeURIComponent(JSON.stringify({service: bool})) with every configured service, in a
// host-only cookie (or localStorage) for 120 days, SameSite=Lax, path /. Expected values are written out by hand
// from node_modules/klaro/src (consent-manager.js saveConsents, utils/cookies.js setCookie).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import { klaro } from '../../../electron/core/consent/cmps/klaro';

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
const options = klaro.options.parse({
  services: { matomo: 'statistics', youtube: 'social', cloudflare: 'necessary' },
});
const choices = fc.record({
  necessary: fc.constant(true as const),
  preferences: fc.boolean(),
  statistics: fc.boolean(),
  marketing: fc.boolean(),
  social: fc.boolean(),
});

describe('klaro', () => {
  it('documents every option it takes', () => {
    expect(klaro.optionDocs.map((d) => d.name)).toEqual(Object.keys(klaro.options.shape));
  });

  it('has defaults for a standard installation and refuses unknown or malformed options by name', () => {
    const d = klaro.options.parse({});
    expect(d).toMatchObject({
      cookieName: 'klaro',
      storage: 'cookie',
      domain: null,
      path: '/',
      expiresDays: 120,
    });
    expect(d.services['google-analytics']).toBe('statistics');
    expect(() => klaro.options.parse({ sevices: {} })).toThrow(/sevices/);
    expect(() => klaro.options.parse({ cookieName: 'a;b' })).toThrow(/cookieName/);
    expect(() => klaro.options.parse({ services: { x: 'ads' } })).toThrow(/services/);
  });

  it('writes every configured service, necessary ones true, exactly as Klaro encodes it', () => {
    const state = klaro.encode(STATS_ONLY, options, ctx);
    expect(state.storage).toEqual([]);
    expect(state.cookies).toEqual([
      {
        name: 'klaro',
        value: '%7B%22matomo%22%3Atrue%2C%22youtube%22%3Afalse%2C%22cloudflare%22%3Atrue%7D',
        domain: 'www.example.fr',
        hostOnly: true,
        path: '/',
        expires: Date.parse('2025-07-01T10:00:00Z') / 1000,
        httpOnly: false,
        secure: false,
        sameSite: 'lax',
      },
    ]);
    expect(state.headers).toEqual({});
  });

  it('scopes the cookie to cookieDomain, and says when that domain cannot hold the page', () => {
    const wide = klaro.encode(STATS_ONLY, klaro.options.parse({ ...options, domain: '.Example.fr' }), ctx);
    expect(wide.cookies[0]).toMatchObject({ domain: 'example.fr', hostOnly: false });
    expect(wide.notes).toEqual([]);
    const elsewhere = klaro.encode(STATS_ONLY, klaro.options.parse({ ...options, domain: 'other.fr' }), ctx);
    expect(elsewhere.notes.join()).toMatch(/does not cover www\.example\.fr/);
  });

  it('writes the same value to localStorage for storageMethod localStorage, under the storage name', () => {
    const o = klaro.options.parse({ ...options, storage: 'localStorage', cookieName: 'consents' });
    const state = klaro.encode(STATS_ONLY, o, ctx);
    expect(state.cookies).toEqual([]);
    expect(state.storage).toEqual([
      {
        origin: 'https://www.example.fr',
        name: 'consents',
        value: klaro.encode(STATS_ONLY, options, ctx).cookies[0]!.value,
      },
    ]);
  });

  it('reads back what it writes, for every choice and both storages', () => {
    for (const storage of ['cookie', 'localStorage'] as const) {
      const o = klaro.options.parse({ ...options, storage });
      fc.assert(
        fc.property(choices, (c) => {
          const reading = klaro.decode(klaro.encode(c, o, ctx), o);
          expect(reading?.categories).toEqual({ ...c, preferences: null, marketing: null });
          expect(reading?.services).toEqual({ matomo: c.statistics, youtube: c.social, cloudflare: true });
        }),
      );
    }
  });

  it('tells when a configured service is missing: the rule that brings the notice back', () => {
    const state = klaro.encode(STATS_ONLY, klaro.options.parse({ services: { matomo: 'statistics' } }), ctx);
    const reading = klaro.decode(state, options);
    expect(reading?.notes.join('\n')).toMatch(/configured services missing: youtube, cloudflare/);
    expect(reading?.categories.statistics).toBe(true);
    expect(reading?.categories.social).toBeNull();
  });

  it('decodes leniently: raw JSON, twice encoded, misplaced in localStorage, garbage', () => {
    const cookie = klaro.encode(STATS_ONLY, options, ctx).cookies[0]!;
    const raw = { ...cookie, value: '{"matomo":false,"youtube":true,"cloudflare":true}' };
    expect(klaro.decode({ cookies: [raw], storage: [] }, options)?.categories).toMatchObject({
      statistics: false,
      social: true,
    });
    const twice = { ...cookie, value: encodeURIComponent(cookie.value) };
    const r2 = klaro.decode({ cookies: [twice], storage: [] }, options);
    expect(r2?.services).toEqual({ matomo: true, youtube: false, cloudflare: true });
    expect(r2?.notes.join()).toMatch(/percent-encoded 2 times/);
    const misplaced = klaro.decode(
      { cookies: [], storage: [{ origin: target.origin, name: 'klaro', value: cookie.value }] },
      options,
    );
    expect(misplaced?.notes.join()).toMatch(/found in localStorage, not in cookie/);
    const garbage = klaro.decode({ cookies: [{ ...cookie, value: 'yes' }], storage: [] }, options);
    expect(garbage?.categories).toEqual({
      necessary: null,
      preferences: null,
      statistics: null,
      marketing: null,
      social: null,
    });
    expect(garbage?.notes.join()).toMatch(/not the JSON object/);
    expect(klaro.decode({ cookies: [], storage: [] }, options)).toBeNull();
    fc.assert(
      fc.property(
        fc.string(),
        (v) => void klaro.decode({ cookies: [{ ...cookie, value: v }], storage: [] }, options),
      ),
    );
  });

  it('dates the choice from the cookie expiry and reports when it expires', () => {
    const reading = klaro.decode(klaro.encode(STATS_ONLY, options, ctx), options);
    expect(reading?.expiresAt).toBe('2025-07-01T10:00:00.000Z');
    expect(reading?.decidedAt).toBe('2025-03-03T10:00:00.000Z');
    expect(reading?.sources).toEqual(['cookie klaro (www.example.fr/)']);
  });

  it('detects its cookie or storage entry by name and shape only', () => {
    const state = klaro.encode(STATS_ONLY, options, ctx);
    expect(klaro.detect(state)).toEqual({ evidence: ['cookie klaro'] });
    expect(klaro.detect({ cookies: [{ ...state.cookies[0]!, value: 'x' }], storage: [] })).toBeNull();
    expect(
      klaro.detect({
        cookies: [],
        storage: [{ origin: 'https://a.b', name: 'klaro', value: '%7B%22a%22%3Atrue%7D' }],
      }),
    ).toEqual({
      evidence: ['localStorage klaro'],
    });
  });

  it('carries Global Privacy Control as a header and an init script beside the state', () => {
    const state = klaro.encode(STATS_ONLY, options, { ...ctx, gpc: true });
    expect(state.headers).toEqual({ 'Sec-GPC': '1' });
    expect(state.initScripts.join()).toMatch(/globalPrivacyControl/);
  });
});
