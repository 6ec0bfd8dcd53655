// Orejime 3: JSON.stringify({purpose: bool}) through js-cookie 3 (`"` → %22, `,` → %2C, `{ } :` kept) in the
// host-only cookie `eu-consent`, 120 days, SameSite=Strict, path /; Orejime 2's `orejime` read as a fallback.
// Expected values are written out by hand from node_modules/orejime/dist (cookie store defaults, js-cookie).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import { orejime } from '../../../electron/core/consent/cmps/orejime';

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
const options = orejime.options.parse({
  services: { session: 'necessary', matomo: 'statistics', youtube: 'social' },
});
const choices = fc.record({
  necessary: fc.constant(true as const),
  preferences: fc.boolean(),
  statistics: fc.boolean(),
  marketing: fc.boolean(),
  social: fc.boolean(),
});

describe('orejime', () => {
  it('documents every option it takes', () => {
    expect(orejime.optionDocs.map((d) => d.name)).toEqual(Object.keys(orejime.options.shape));
  });

  it('has the defaults of Orejime 3 and refuses unknown options by name', () => {
    expect(orejime.options.parse({})).toMatchObject({
      cookieName: 'eu-consent',
      domain: null,
      expiresDays: 120,
      sameSite: 'strict',
    });
    expect(() => orejime.options.parse({ purposes: {} })).toThrow(/purposes/);
  });

  it('writes every purpose, mandatory ones true, with js-cookie encoding and Strict', () => {
    const state = orejime.encode(STATS_ONLY, options, ctx);
    expect(state.cookies).toEqual([
      {
        name: 'eu-consent',
        value: '{%22session%22:true%2C%22matomo%22:true%2C%22youtube%22:false}',
        domain: 'www.example.fr',
        hostOnly: true,
        path: '/',
        expires: Date.parse('2025-07-01T10:00:00Z') / 1000,
        httpOnly: false,
        secure: false,
        sameSite: 'strict',
      },
    ]);
  });

  it('follows the domain and sameSite options, and warns about SameSite=None over http', () => {
    const o = orejime.options.parse({ ...options, domain: 'example.fr', sameSite: 'lax' });
    expect(orejime.encode(STATS_ONLY, o, ctx).cookies[0]).toMatchObject({
      domain: 'example.fr',
      hostOnly: false,
      sameSite: 'lax',
    });
    const none = orejime.options.parse({ ...options, sameSite: 'none' });
    const http = { ...ctx, target: { ...target, origin: 'http://www.example.fr' } };
    expect(orejime.encode(STATS_ONLY, none, http).notes.join()).toMatch(/SameSite=None without Secure/);
  });

  it('reads back what it writes, for every choice', () => {
    fc.assert(
      fc.property(choices, (c) => {
        const reading = orejime.decode(orejime.encode(c, options, ctx), options);
        expect(reading?.categories).toEqual({ ...c, preferences: null, marketing: null });
        expect(reading?.services).toEqual({ session: true, matomo: c.statistics, youtube: c.social });
      }),
    );
  });

  it('tells when a purpose is missing, and reads the Orejime 2 cookie name with a note', () => {
    const partial = orejime.encode(
      STATS_ONLY,
      orejime.options.parse({ services: { matomo: 'statistics' } }),
      ctx,
    );
    expect(orejime.decode(partial, options)?.notes.join()).toMatch(
      /configured purposes missing: session, youtube/,
    );
    const cookie = orejime.encode(STATS_ONLY, options, ctx).cookies[0]!;
    // Orejime 2 wrote plain JSON.
    const legacy = { ...cookie, name: 'orejime', value: '{"session":true,"matomo":false,"youtube":true}' };
    const reading = orejime.decode({ cookies: [legacy], storage: [] }, options);
    expect(reading?.categories).toMatchObject({ statistics: false, social: true });
    expect(reading?.notes.join()).toMatch(/older cookie name `orejime`/);
    expect(
      orejime.decode({ cookies: [legacy], storage: [] }, orejime.options.parse({ cookieName: 'other' })),
    ).toBeNull();
  });

  it('decodes odd encodings leniently and never throws', () => {
    const cookie = orejime.encode(STATS_ONLY, options, ctx).cookies[0]!;
    const full = { ...cookie, value: encodeURIComponent('{"session":true,"matomo":true,"youtube":false}') };
    expect(orejime.decode({ cookies: [full], storage: [] }, options)?.services).toEqual({
      session: true,
      matomo: true,
      youtube: false,
    });
    const bad = orejime.decode({ cookies: [{ ...cookie, value: '{%22a%22' }], storage: [] }, options);
    expect(bad?.categories.statistics).toBeNull();
    expect(bad?.notes.join()).toMatch(/not the JSON object/);
    fc.assert(
      fc.property(
        fc.string(),
        (v) => void orejime.decode({ cookies: [{ ...cookie, value: v }], storage: [] }, options),
      ),
    );
  });

  it('detects eu-consent and orejime cookies holding a JSON object of booleans', () => {
    const state = orejime.encode(STATS_ONLY, options, ctx);
    expect(orejime.detect(state)).toEqual({ evidence: ['cookie eu-consent'] });
    expect(orejime.detect({ cookies: [{ ...state.cookies[0]!, value: '{"a":1}' }], storage: [] })).toBeNull();
  });
});
