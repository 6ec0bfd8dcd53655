// Osano cookieconsent v3 (npm cookieconsent): `cookieconsent_status` = allow | deny | dismiss, path /, host-only
// unless cookie.domain, no SameSite, Secure only with cookie.secure, 365 days. Written out by hand from
// node_modules/cookieconsent/src/cookieconsent.js.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import { osanoCookieconsent as osano } from '../../../electron/core/consent/cmps/osano-cookieconsent';

const target = { host: 'www.example.fr', site: 'example.fr', origin: 'https://www.example.fr' };
const now = new Date('2025-03-03T10:00:00.000Z');
const ctx = { target, now, gpc: false };
const NONE: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const ALL: Choices = { necessary: true, preferences: true, statistics: true, marketing: true, social: true };
const options = osano.options.parse({});

describe('osano-cookieconsent', () => {
  it('documents every option it takes', () => {
    expect(osano.optionDocs.map((d) => d.name)).toEqual(Object.keys(osano.options.shape));
  });

  it('writes allow for everything accepted and deny otherwise, a partial choice with a note', () => {
    const all = osano.encode(ALL, options, ctx);
    expect(all.cookies).toEqual([
      {
        name: 'cookieconsent_status',
        value: 'allow',
        domain: 'www.example.fr',
        hostOnly: true,
        path: '/',
        expires: Date.parse('2026-03-03T10:00:00Z') / 1000,
        httpOnly: false,
        secure: false,
        sameSite: null,
      },
    ]);
    expect(osano.encode(NONE, options, ctx).cookies[0]!.value).toBe('deny');
    const partial = osano.encode({ ...NONE, statistics: true }, options, ctx);
    expect(partial.cookies[0]!.value).toBe('deny');
    expect(partial.notes.join()).toMatch(/partial choice is written deny/);
  });

  it('writes allow when every gated category is accepted, dismiss for an info popup', () => {
    const stats = osano.options.parse({ categories: ['statistics'] });
    expect(osano.encode({ ...NONE, statistics: true }, stats, ctx).cookies[0]!.value).toBe('allow');
    expect(osano.encode(NONE, osano.options.parse({ type: 'info' }), ctx).cookies[0]!.value).toBe('dismiss');
    expect(() => osano.options.parse({ categories: ['necessary'] })).toThrow(/categories/);
  });

  it('follows name, domain, path, secure and lifetime options', () => {
    const o = osano.options.parse({
      cookieName: 'cc',
      domain: 'example.fr',
      path: '/shop',
      secure: true,
      expiresDays: 30,
    });
    expect(osano.encode(ALL, o, ctx).cookies[0]).toMatchObject({
      name: 'cc',
      domain: 'example.fr',
      hostOnly: false,
      path: '/shop',
      secure: true,
      expires: Date.parse('2025-04-02T10:00:00Z') / 1000,
    });
  });

  it('reads each answer as the library does: deny refuses, allow and dismiss consent', () => {
    const cookie = osano.encode(ALL, options, ctx).cookies[0]!;
    const read = (value: string) => osano.decode({ cookies: [{ ...cookie, value }], storage: [] }, options);
    expect(read('allow')?.categories).toEqual(ALL);
    expect(read('deny')?.categories).toEqual(NONE);
    expect(read('dismiss')?.categories).toEqual(ALL);
    expect(read('dismiss')?.notes.join()).toMatch(/counts as consent/);
    expect(read('"allow"')?.categories).toEqual(ALL);
    expect(read('yes')?.categories.statistics).toBeNull();
    expect(read('yes')?.notes.join()).toMatch(/opens its popup/);
    const stats = osano.options.parse({ categories: ['statistics'] });
    expect(osano.decode({ cookies: [cookie], storage: [] }, stats)?.categories).toEqual({
      necessary: true,
      preferences: null,
      statistics: true,
      marketing: null,
      social: null,
    });
    fc.assert(fc.property(fc.string(), (v) => void read(v)));
  });

  it('dates the answer from its expiry and detects the cookie', () => {
    const state = osano.encode(ALL, options, ctx);
    const reading = osano.decode(state, options);
    expect(reading?.decidedAt).toBe('2025-03-03T10:00:00.000Z');
    expect(reading?.expiresAt).toBe('2026-03-03T10:00:00.000Z');
    expect(osano.detect(state)).toEqual({ evidence: ['cookie cookieconsent_status'] });
    expect(osano.detect({ cookies: [{ ...state.cookies[0]!, value: 'maybe' }], storage: [] })).toBeNull();
  });
});
