// Didomi detect and decode: round trips of what Crumbs encodes, real-shaped tokens (custom ids, only
// disabled lists, ac) with the TC string filling in, and odd encodings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { didomiAdapter } from '../../../electron/core/consent/cmps/didomi';
import { DEFAULT_DIDOMI_PURPOSES } from '../../../electron/core/consent/cmps/didomi-purposes';

const NOW = new Date('2025-06-03T15:42:17.345Z');
const NOW_SEC = Math.floor(NOW.getTime() / 1000);
const TARGET = { host: 'www.example.fr', site: 'example.fr', origin: 'https://www.example.fr' };
const NECESSARY: Choices = {
  necessary: true,
  preferences: false,
  statistics: false,
  marketing: false,
  social: false,
};
const STATISTICS: Choices = { ...NECESSARY, statistics: true };

const options = (extra: Record<string, unknown> = {}) => didomiAdapter.options.parse(extra);
const encode = (choices: Choices, extra: Record<string, unknown> = {}) =>
  didomiAdapter.encode(choices, options(extra), { target: TARGET, now: NOW, gpc: false });

function valueOf(cookies: CookieData[], name: string): string {
  const found = cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.value;
}

function cookie(name: string, value: string): CookieData {
  return {
    name,
    value,
    domain: 'example.fr',
    hostOnly: false,
    path: '/',
    expires: NOW_SEC + 3600,
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
  };
}

const b64 = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8').toString('base64');

describe('didomi detect', () => {
  it('sees didomi_token or didomi_dcs, not euconsent-v2 alone', () => {
    const tc = cookie('euconsent-v2', 'CQ');
    expect(didomiAdapter.detect({ cookies: [cookie('didomi_token', 'e30='), tc], storage: [] })).toEqual({
      evidence: ['didomi_token', 'euconsent-v2'],
    });
    expect(didomiAdapter.detect({ cookies: [tc], storage: [] })).toBeNull();
    expect(
      didomiAdapter.detect({
        cookies: [],
        storage: [{ origin: 'https://a.fr', name: 'didomi_dcs', value: 'Cx' }],
      }),
    ).toEqual({ evidence: ['didomi_dcs'] });
  });
});

describe('didomi decode', () => {
  it('gives back the categories it encoded', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (preferences, statistics, marketing, social) => {
          const choices: Choices = { necessary: true, preferences, statistics, marketing, social };
          const extra = {
            // The defaults (TCF purposes: read from the TC string) plus two custom purposes.
            purposes: { ...DEFAULT_DIDOMI_PURPOSES, prefs: 'preferences', share: 'social' },
          };
          const state = encode(choices, extra);
          const reading = didomiAdapter.decode(state, options(extra));
          expect(reading?.categories).toEqual(choices);
          expect(reading?.decidedAt).toBe('2025-06-03T15:42:17.345Z');
          expect(reading?.sources).toEqual([
            'cookie didomi_token (.example.fr)',
            'cookie euconsent-v2 (.example.fr)',
          ]);
        },
      ),
      { numRuns: 16 },
    );
  });

  it('reads a real-shaped token: custom ids, only disabled lists, ac, TCF purposes left to the TC string', () => {
    const tc = valueOf(encode(STATISTICS).cookies, 'euconsent-v2');
    const token = b64({
      user_id: '18f2c0a1-5b3e-6d21-9c4f-7a1b2c3d4e5f',
      created: '2024-05-02T08:11:09.120Z',
      updated: '2024-05-02T08:11:12.504Z',
      vendors: { disabled: ['google', 'c:mixpanel-32qiEYDp'] },
      purposes: { enabled: ['analytics-Xb8TqN2a'], disabled: ['geolocation_data', 'device_characteristics'] },
      vendors_li: { disabled: ['google'] },
      version: 2,
      ac: 'AkuACAks.AkuACAks',
    });
    const reading = didomiAdapter.decode(
      { cookies: [cookie('didomi_token', token), cookie('euconsent-v2', tc)], storage: [] },
      options({
        purposes: {
          'analytics-Xb8TqN2a': 'statistics',
          geolocation_data: 'marketing',
          device_characteristics: 'marketing',
        },
      }),
    );
    expect(reading?.categories).toEqual({
      necessary: true,
      preferences: null,
      // The token's own statistics purpose says yes; marketing comes from its special features.
      statistics: true,
      marketing: false,
      social: null,
    });
    expect(reading?.services).toMatchObject({
      'purpose:analytics-Xb8TqN2a': true,
      'purpose:geolocation_data': false,
      'vendor:google': false,
      'vendor:c:mixpanel-32qiEYDp': false,
      'purpose:7': true,
      'purpose:2': false,
    });
    expect(reading?.decidedAt).toBe('2024-05-02T08:11:12.504Z');
    expect(reading?.notes).toContain('ac (Additional Consent in Didomi’s own encoding) is not read');
  });

  it('falls back on the TC string for categories the token does not mention', () => {
    const state = encode(STATISTICS);
    const bare = b64({
      user_id: 'x',
      created: NOW.toISOString(),
      updated: NOW.toISOString(),
      vendors: {},
      purposes: {},
      version: 2,
    });
    const reading = didomiAdapter.decode(
      {
        cookies: [
          cookie('didomi_token', bare),
          cookie('euconsent-v2', valueOf(state.cookies, 'euconsent-v2')),
        ],
        storage: [],
      },
      options(),
    );
    expect(reading?.categories).toMatchObject({ statistics: true, marketing: false, preferences: null });
  });

  it('lets vendors speak for a category no purpose of the token mentions, before the TC string', () => {
    const tc = valueOf(encode(NECESSARY).cookies, 'euconsent-v2');
    const token = b64({ vendors: { enabled: ['c:matomo-Xc8w2'] }, purposes: {}, version: 2 });
    const reading = didomiAdapter.decode(
      { cookies: [cookie('didomi_token', token), cookie('euconsent-v2', tc)], storage: [] },
      options({ vendors: { 'c:matomo-Xc8w2': 'statistics' } }),
    );
    expect(reading?.categories).toMatchObject({ statistics: true, marketing: false });
  });

  it('reads odd encodings: no padding, base64url, percent-encoded, plain JSON', () => {
    const json = {
      purposes: { enabled: ['analytics'], disabled: ['pub?'] },
      updated: '2025-01-02T03:04:05.000Z',
      version: 2,
    };
    const padded = b64(json);
    // This token's base64 needs padding and holds + or /: every variant below really differs.
    expect(padded).toMatch(/=$/);
    expect(padded).toMatch(/[+/]/);
    const extra = { purposes: { analytics: 'statistics', 'pub?': 'marketing' } };
    const variants: [string, string][] = [
      [padded.replace(/=+$/, ''), 'didomi_token base64 had no padding'],
      [padded.replace(/\+/g, '-').replace(/\//g, '_'), 'didomi_token used base64url characters'],
      [padded.replace(/=/g, '%3D'), 'didomi_token was percent-encoded'],
      [JSON.stringify(json), 'didomi_token was plain JSON, not base64'],
    ];
    for (const [value, note] of variants) {
      const reading = didomiAdapter.decode(
        { cookies: [cookie('didomi_token', value)], storage: [] },
        options(extra),
      );
      expect(reading?.categories, note).toMatchObject({ statistics: true, marketing: false });
      expect(reading?.decidedAt).toBe('2025-01-02T03:04:05.000Z');
      expect(reading?.notes, note).toContain(note);
    }
  });

  it('says null with a note for mixed choices, and names purposes it cannot place', () => {
    const token = b64({
      purposes: { enabled: ['analytics', 'mystery'], disabled: ['audience'] },
      version: 2,
    });
    const reading = didomiAdapter.decode(
      { cookies: [cookie('didomi_token', token)], storage: [] },
      options({ purposes: { analytics: 'statistics', audience: 'statistics' } }),
    );
    expect(reading?.categories.statistics).toBeNull();
    expect(reading?.notes).toContain('statistics: analytics enabled, audience disabled');
    expect(reading?.notes).toContain(
      'purposes mystery are not mapped to a category (add them to the purposes option)',
    );
  });

  it('never throws on content', () => {
    for (const junk of ['', '%%%', 'bm90IGpzb24=', 'W10=', '{"purposes":"all"}']) {
      const reading = didomiAdapter.decode(
        { cookies: [cookie('didomi_token', junk)], storage: [] },
        options(),
      );
      expect(reading?.categories.statistics, junk).toBeNull();
    }
    expect(
      didomiAdapter.decode({ cookies: [cookie('euconsent-v2', 'CQ')], storage: [] }, options()),
    ).toBeNull();
    const dcs = didomiAdapter.decode({ cookies: [cookie('didomi_dcs', 'CQAA')], storage: [] }, options());
    expect(dcs?.notes[0]).toMatch(/didomi_dcs/);
  });
});
