// The tcf adapter as a whole: where it writes (cookie scope, name, storage, lifetime), Google's Additional
// Consent beside the TC string, detection, and decoding of real-shaped values including odd encodings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GVL, TCModel, TCString, type VendorList } from '@iabtechlabtcf/core';
import type { Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { tcfAdapter } from '../../../electron/core/consent/cmps/tcf';

const GVL_JSON = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/consent/tcf/vendor-list.json'), 'utf8'),
) as unknown;
const NOW = new Date('2025-06-03T15:42:17.345Z');
const NOW_SEC = Math.floor(NOW.getTime() / 1000);
const HTTPS = { host: 'www.example.fr', site: 'example.fr', origin: 'https://www.example.fr' };
/** FORMATS.md §4 test vector. */
const VECTOR = 'CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA.YAAAAAAAAAAA';

const NECESSARY: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const ALL: Choices = { necessary: true, preferences: true, statistics: true, marketing: true, social: true };

const options = (extra: Record<string, unknown> = {}) => tcfAdapter.options.parse(extra);

function cookie(name: string, value: string, extra: Partial<CookieData> = {}): CookieData {
  return {
    name,
    value,
    domain: 'example.fr',
    hostOnly: false,
    path: '/',
    expires: NOW_SEC + 86_400,
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
    ...extra,
  };
}

describe('tcf encode: where the string goes', () => {
  it('writes euconsent-v2 as a first-party cookie on the registrable domain for 390 days', () => {
    const state = tcfAdapter.encode(ALL, options(), { target: HTTPS, now: NOW, gpc: false });
    expect(state.cookies).toHaveLength(1);
    expect(state.cookies[0]).toMatchObject({
      name: 'euconsent-v2',
      domain: 'example.fr',
      hostOnly: false,
      path: '/',
      expires: NOW_SEC + 390 * 86_400,
      httpOnly: false,
      secure: true,
      sameSite: 'lax',
    });
    expect(state.storage).toEqual([]);
    expect(state.headers).toEqual({});
    expect(state.initScripts).toEqual([]);
  });

  it('is not Secure on http, and host-only where no Domain attribute is possible (IP, localhost)', () => {
    const ip = { host: '127.0.0.1', site: '127.0.0.1', origin: 'http://127.0.0.1:8080' };
    const state = tcfAdapter.encode(ALL, options(), { target: ip, now: NOW, gpc: false });
    expect(state.cookies[0]).toMatchObject({ domain: '127.0.0.1', hostOnly: true, secure: false });
  });

  it('honours the domain, cookie name, lifetime and storage options', () => {
    const shop = { host: 'www.shop.example.fr', site: 'example.fr', origin: 'https://www.shop.example.fr' };
    const scoped = tcfAdapter.encode(
      ALL,
      options({ domain: '.shop.example.fr', cookieName: 'tc', expiresDays: 180 }),
      { target: shop, now: NOW, gpc: false },
    );
    expect(scoped.cookies[0]).toMatchObject({
      name: 'tc',
      domain: 'shop.example.fr',
      hostOnly: false,
      expires: NOW_SEC + 180 * 86_400,
    });
    const stored = tcfAdapter.encode(ALL, options({ storage: 'localStorage' }), {
      target: shop,
      now: NOW,
      gpc: false,
    });
    expect(stored.cookies).toEqual([]);
    expect(stored.storage).toEqual([
      { origin: 'https://www.shop.example.fr', name: 'euconsent-v2', value: expect.stringMatching(/^C/) },
    ]);
  });

  it('notes a domain that does not cover the page (the browser would refuse the cookie)', () => {
    const state = tcfAdapter.encode(ALL, options({ domain: 'other.fr' }), {
      target: HTTPS,
      now: NOW,
      gpc: false,
    });
    expect(state.notes).toContain(
      'domain other.fr does not cover host www.example.fr: a browser would refuse the cookie on that page',
    );
  });

  it('writes addtl_consent beside it: consented with marketing, only disclosed without', () => {
    const ac = options({ acVendors: [89, 70, 2072] });
    const yes = tcfAdapter.encode(ALL, ac, { target: HTTPS, now: NOW, gpc: false });
    const no = tcfAdapter.encode({ ...ALL, marketing: false }, ac, { target: HTTPS, now: NOW, gpc: false });
    expect(yes.cookies.find((c) => c.name === 'addtl_consent')).toMatchObject({
      value: '2~70.89.2072~dv.',
      domain: 'example.fr',
      hostOnly: false,
    });
    expect(no.cookies.find((c) => c.name === 'addtl_consent')?.value).toBe('2~~dv.70.89.2072');
    expect(tcfAdapter.encode(ALL, options(), { target: HTTPS, now: NOW, gpc: false }).cookies).toHaveLength(
      1,
    );
  });

  it('reports Global Privacy Control as the header and script a test must add', () => {
    const state = tcfAdapter.encode(NECESSARY, options(), { target: HTTPS, now: NOW, gpc: true });
    expect(state.headers).toEqual({ 'Sec-GPC': '1' });
    expect(state.initScripts).toHaveLength(1);
    expect(state.initScripts[0]).toContain('globalPrivacyControl');
  });
});

describe('tcf detect', () => {
  it('sees euconsent-v2 in cookies or localStorage, not addtl_consent alone', () => {
    expect(tcfAdapter.detect({ cookies: [cookie('euconsent-v2', VECTOR)], storage: [] })).toEqual({
      evidence: ['euconsent-v2'],
    });
    const storage = [{ origin: 'https://www.example.fr', name: 'euconsent-v2', value: VECTOR }];
    expect(tcfAdapter.detect({ cookies: [cookie('addtl_consent', '2~~dv.')], storage })).toEqual({
      evidence: ['euconsent-v2', 'addtl_consent'],
    });
    expect(tcfAdapter.detect({ cookies: [cookie('addtl_consent', '2~~dv.')], storage: [] })).toBeNull();
  });
});

describe('tcf decode', () => {
  it('reads the FORMATS.md test vector exactly', () => {
    const model = TCString.decode(VECTOR);
    expect(model.created.toISOString()).toBe('2025-06-03T00:00:00.000Z');
    expect([model.cmpId, model.vendorListVersion, model.consentLanguage, model.publisherCountryCode]).toEqual(
      [880, 48, 'EN', 'DE'],
    );
    const reading = tcfAdapter.decode({ cookies: [cookie('euconsent-v2', VECTOR)], storage: [] }, options());
    expect(reading).not.toBeNull();
    expect(reading?.categories).toEqual({
      necessary: true,
      preferences: null,
      statistics: false,
      marketing: false,
      social: null,
    });
    const vendors = Object.entries(reading?.services ?? {}).filter(([k]) => k.startsWith('vendor:'));
    expect(Object.fromEntries(vendors)).toEqual({
      'vendor:1': true,
      'vendor:2': true,
      'vendor:3': true,
      'vendor:4': true,
      'vendor:5': false,
      'vendor:100': false,
      'vendor:404': false,
    });
    expect(reading?.decidedAt).toBe('2025-06-03T00:00:00.000Z');
    expect(reading?.expiresAt).toBe(new Date((NOW_SEC + 86_400) * 1000).toISOString());
    expect(reading?.sources).toEqual(['cookie euconsent-v2 (.example.fr)']);
    expect(reading?.notes).toContain(
      'policy version 2 predates purpose 11: marketing read from purposes 2–6',
    );
  });

  it('gives back the categories it encoded, for every set of choices', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (preferences, statistics, marketing, social) => {
          const choices: Choices = { necessary: true, preferences, statistics, marketing, social };
          const state = tcfAdapter.encode(choices, options({ vendorList: GVL_JSON }), {
            target: HTTPS,
            now: NOW,
            gpc: false,
          });
          const reading = tcfAdapter.decode(state, options());
          expect(reading?.categories).toEqual({
            necessary: true,
            preferences: null,
            statistics,
            marketing,
            social: null,
          });
          expect(reading?.services?.['purpose:1']).toBe(preferences || statistics || marketing || social);
          expect(reading?.decidedAt).toBe('2025-06-03T00:00:00.000Z');
        },
      ),
      { numRuns: 16 },
    );
  });

  it('says null, with a note, when a category was chosen purpose by purpose', () => {
    // What a CMP writes when the person ticked purposes 1, 7 and 9 only: built with the library itself.
    const model = new TCModel(new GVL(GVL_JSON as VendorList));
    model.cmpId = 10;
    model.purposeConsents.set([1, 7, 9]);
    const mixed = TCString.encode(model);
    const reading = tcfAdapter.decode({ cookies: [cookie('euconsent-v2', mixed)], storage: [] }, options());
    expect(reading?.categories.statistics).toBeNull();
    expect(reading?.categories.marketing).toBe(false);
    expect(reading?.notes).toContain(
      'statistics: purposes 7, 9 consented, 8, 10 not (a choice made purpose by purpose)',
    );
  });

  it('reads odd encodings: quoted, percent-encoded, plain base64 with padding, from localStorage', () => {
    const tc =
      tcfAdapter.encode(ALL, options({ vendorList: GVL_JSON }), { target: HTTPS, now: NOW, gpc: false })
        .cookies[0]?.value ?? '';
    expect(tc).toMatch(/[-_]/);
    const base64 = tc
      .split('.')
      .map((s) => s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4))
      .join('.');
    const variants: [string, string][] = [
      [`"${tc}"`, 'TC string was quoted'],
      [tc.replace(/\./g, '%2E'), 'TC string was percent-encoded'],
      [base64, 'TC string used base64 characters (+ / =) instead of base64url'],
    ];
    for (const [value, note] of variants) {
      const reading = tcfAdapter.decode({ cookies: [cookie('euconsent-v2', value)], storage: [] }, options());
      expect(reading?.categories.marketing, note).toBe(true);
      expect(reading?.services?.['vendor:25']).toBe(true);
      expect(reading?.notes).toContain(note);
    }
    const fromStorage = tcfAdapter.decode(
      { cookies: [], storage: [{ origin: 'https://www.example.fr', name: 'euconsent-v2', value: tc }] },
      options(),
    );
    expect(fromStorage?.sources).toEqual(['localStorage euconsent-v2 (https://www.example.fr)']);
    expect(fromStorage?.expiresAt).toBeNull();
  });

  it('never throws on content: an unreadable string gives nulls and a note', () => {
    for (const junk of ['', 'not a tc string', 'CQSbk4AQ', '{"a":1}', 'Zm9v.YmFy']) {
      const reading = tcfAdapter.decode({ cookies: [cookie('euconsent-v2', junk)], storage: [] }, options());
      expect(reading?.categories.statistics, junk).toBeNull();
      expect(reading?.decidedAt).toBeNull();
      expect(reading?.notes.some((n) => n.includes('could not be decoded'))).toBe(true);
    }
    expect(tcfAdapter.decode({ cookies: [], storage: [] }, options())).toBeNull();
  });

  it('reads the cookie name configured, the longest-lived of several, and addtl_consent', () => {
    const state = {
      cookies: [
        cookie('tc', VECTOR, { expires: NOW_SEC + 10 }),
        cookie('tc', VECTOR, { domain: 'www.example.fr', hostOnly: true, expires: NOW_SEC + 99 }),
        cookie('addtl_consent', '2~2072.70~dv.89'),
      ],
      storage: [],
    };
    const reading = tcfAdapter.decode(state, options({ cookieName: 'tc' }));
    expect(reading?.sources).toEqual(['cookie tc (www.example.fr)', 'cookie addtl_consent (.example.fr)']);
    expect(reading?.notes).toContain('2 entries of that name: read cookie tc (www.example.fr)');
    expect(reading?.services).toMatchObject({ 'ac:70': true, 'ac:2072': true, 'ac:89': false });
  });
});
