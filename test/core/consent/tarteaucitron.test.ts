// tarteaucitron.js: `!key=true|false` per service, plain, ordered as the library orders its job (type + key),
// path /, SameSite=Lax, Secure on https, 365 days (tarteaucitronForceExpire below that). Expected values are
// written out by hand from node_modules/tarteaucitronjs/tarteaucitron.js; the default service table is checked
// against the library's own tarteaucitron.services.js.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import { tarteaucitron } from '../../../electron/core/consent/cmps/tarteaucitron';
import { TYPE_CATEGORY } from '../../../electron/core/consent/cmps/tarteaucitron-services';

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
const options = tarteaucitron.options.parse({
  services: { matomo: 'statistics', youtube: 'video', facebookpixel: 'marketing', gtag: 'analytic' },
});
const choices = fc.record({
  necessary: fc.constant(true as const),
  preferences: fc.boolean(),
  statistics: fc.boolean(),
  marketing: fc.boolean(),
  social: fc.boolean(),
});

/** The library's own services file, evaluated with just enough of a `tarteaucitron` object to define them. */
function libraryServices(): Record<string, { key: string; type: string }> {
  const source = readFileSync('node_modules/tarteaucitronjs/tarteaucitron.services.js', 'utf8');
  // Some definitions read tarteaucitron.user or touch the page while being defined: give them empty ones.
  const sandbox = {
    tarteaucitron: { services: {} as Record<string, { key: string; type: string }>, user: {}, lang: {} },
    document: {},
    window: {},
  };
  runInNewContext(source, sandbox);
  return sandbox.tarteaucitron.services;
}

describe('tarteaucitron', () => {
  it('documents every option it takes', () => {
    expect(tarteaucitron.optionDocs.map((d) => d.name)).toEqual(Object.keys(tarteaucitron.options.shape));
  });

  it('writes one answer per service, sorted as the library sorts its job, plain, Lax, Secure on https', () => {
    const state = tarteaucitron.encode(STATS_ONLY, options, ctx);
    expect(state.cookies).toEqual([
      {
        name: 'tarteaucitron',
        // ads+facebookpixel < analytic+gtag < analytic+matomo < video+youtube
        value: '!facebookpixel=false!gtag=true!matomo=true!youtube=false',
        domain: 'www.example.fr',
        hostOnly: true,
        path: '/',
        expires: Date.parse('2026-03-03T10:00:00Z') / 1000,
        httpOnly: false,
        secure: true,
        sameSite: 'lax',
      },
    ]);
    const http = tarteaucitron.encode(STATS_ONLY, options, {
      ...ctx,
      target: { ...target, origin: 'http://www.example.fr' },
    });
    expect(http.cookies[0]!.secure).toBe(false);
  });

  it('takes cookieName, cookieDomain and a shorter lifetime; refuses keys the value cannot carry', () => {
    const o = tarteaucitron.options.parse({
      ...options,
      cookieName: 'tac',
      domain: 'example.fr',
      expiresDays: 30,
    });
    expect(tarteaucitron.encode(STATS_ONLY, o, ctx).cookies[0]).toMatchObject({
      name: 'tac',
      domain: 'example.fr',
      hostOnly: false,
      expires: Date.parse('2025-04-02T10:00:00Z') / 1000,
    });
    expect(() => tarteaucitron.options.parse({ expiresDays: 400 })).toThrow(/expiresDays/);
    expect(() => tarteaucitron.options.parse({ services: { 'a!b': 'statistics' } })).toThrow(/services/);
  });

  it('reads back what it writes, for every choice', () => {
    fc.assert(
      fc.property(choices, (c) => {
        const reading = tarteaucitron.decode(tarteaucitron.encode(c, options, ctx), options);
        expect(reading?.categories).toEqual({ ...c, preferences: null });
        expect(reading?.services).toEqual({
          matomo: c.statistics,
          gtag: c.statistics,
          youtube: c.social,
          facebookpixel: c.marketing,
        });
        expect(reading?.notes.filter((n) => !n.startsWith('decision date'))).toEqual([]);
      }),
    );
  });

  it('reads the library way: wait is unanswered, a missing configured service is said, substring clashes too', () => {
    const cookie = tarteaucitron.encode(STATS_ONLY, options, ctx).cookies[0]!;
    const waiting = { ...cookie, value: '!gtag=true!matomo=wait!youtube=false' };
    const r = tarteaucitron.decode({ cookies: [waiting], storage: [] }, options);
    expect(r?.services).toEqual({ gtag: true, youtube: false });
    expect(r?.notes.join('\n')).toMatch(/not answered yet \(wait\): matomo/);
    expect(r?.notes.join('\n')).toMatch(/configured services missing: facebookpixel/);
    // Only the answered services count: gtag accepted, matomo still to be asked.
    expect(r?.categories.statistics).toBe(true);
    const clash = { ...cookie, value: '!multiplegtag=true!gtag=false' };
    const c = tarteaucitron.decode({ cookies: [clash], storage: [] }, tarteaucitron.options.parse({}));
    expect(c?.services).toEqual({ multiplegtag: true, gtag: true });
    expect(c?.notes.join()).toMatch(/gtag is stored false but tarteaucitron reads true/);
    const enc = tarteaucitron.encode(
      STATS_ONLY,
      tarteaucitron.options.parse({ services: { gtag: 'marketing', multiplegtag: 'statistics' } }),
      ctx,
    );
    expect(enc.notes.join()).toMatch(/gtag is read as accepted/);
  });

  it('decodes a percent-encoded value with a note, garbage as unknown, and never throws', () => {
    const cookie = tarteaucitron.encode(STATS_ONLY, options, ctx).cookies[0]!;
    const encoded = { ...cookie, value: encodeURIComponent(cookie.value) };
    const r = tarteaucitron.decode({ cookies: [encoded], storage: [] }, options);
    expect(r?.categories.statistics).toBe(true);
    expect(r?.notes.join()).toMatch(/percent-encoded/);
    expect(
      tarteaucitron.decode({ cookies: [{ ...cookie, value: 'yes' }], storage: [] }, options)?.categories
        .statistics,
    ).toBeNull();
    const odd = tarteaucitron.decode(
      { cookies: [{ ...cookie, value: '!gtag=true!broken!secret token=1' }], storage: [] },
      options,
    );
    expect(odd?.notes.join()).toMatch(/2 entries without a true\/false\/wait answer: broken(,|$)/);
    expect(odd?.notes.join()).not.toMatch(/secret/);
    fc.assert(
      fc.property(
        fc.string(),
        (v) => void tarteaucitron.decode({ cookies: [{ ...cookie, value: v }], storage: [] }, options),
      ),
    );
  });

  it('defaults to common service keys, each in the category of the type the library gives it', () => {
    const lib = libraryServices();
    const defaults = tarteaucitron.options.parse({}).services;
    expect(Object.keys(defaults).length).toBeGreaterThan(60);
    for (const [key, category] of Object.entries(defaults)) {
      const service = lib[key];
      if (service === undefined) {
        // gcmads is created by tarteaucitron.js itself when a site loads googleads.
        expect(key).toBe('gcmads');
        continue;
      }
      if (service.type !== 'google')
        expect([key, category]).toEqual([key, TYPE_CATEGORY[service.type as keyof typeof TYPE_CATEGORY]]);
    }
  });

  it('defaults hold no key ending another key of another category (the substring lookup would mix them)', () => {
    const defaults = tarteaucitron.options.parse({}).services;
    for (const [short, a] of Object.entries(defaults))
      for (const [long, b] of Object.entries(defaults))
        if (long !== short && long.endsWith(short)) expect([short, long, a]).toEqual([short, long, b]);
  });

  it('detects its cookie by name and shape', () => {
    const state = tarteaucitron.encode(STATS_ONLY, options, ctx);
    expect(tarteaucitron.detect(state)).toEqual({ evidence: ['cookie tarteaucitron'] });
    expect(
      tarteaucitron.detect({ cookies: [{ ...state.cookies[0]!, value: 'hello' }], storage: [] }),
    ).toBeNull();
  });
});
