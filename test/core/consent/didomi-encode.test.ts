// Didomi encode: the didomi_token written (every configured purpose and vendor, in Didomi's observed
// layout) and the TC string beside it (the same one the tcf adapter writes, with Didomi's CMP id).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TCString, type TCModel } from '@iabtechlabtcf/core';
import type { Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { didomiAdapter } from '../../../electron/core/consent/cmps/didomi';
import { tcfAdapter } from '../../../electron/core/consent/cmps/tcf';

const GVL = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/consent/tcf/vendor-list.json'), 'utf8'),
) as unknown;
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
const ALL: Choices = { necessary: true, preferences: true, statistics: true, marketing: true, social: true };

const options = (extra: Record<string, unknown> = {}) => didomiAdapter.options.parse(extra);
const encode = (choices: Choices, extra: Record<string, unknown> = {}) =>
  didomiAdapter.encode(choices, options(extra), { target: TARGET, now: NOW, gpc: false });

function valueOf(cookies: CookieData[], name: string): string {
  const found = cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.value;
}

function tokenJson(cookies: CookieData[]): Record<string, unknown> {
  return JSON.parse(Buffer.from(valueOf(cookies, 'didomi_token'), 'base64').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function ids(vector: TCModel['purposeConsents']): number[] {
  const out: number[] = [];
  vector.forEach((value, id) => value && out.push(id));
  return out;
}

describe('didomi encode', () => {
  it('writes didomi_token and euconsent-v2 on the base domain for 365 days', () => {
    const state = encode(STATISTICS);
    expect(state.cookies.map((c) => c.name)).toEqual(['didomi_token', 'euconsent-v2']);
    for (const c of state.cookies) {
      expect(c).toMatchObject({
        domain: 'example.fr',
        hostOnly: false,
        path: '/',
        expires: NOW_SEC + 365 * 86_400,
        secure: true,
        sameSite: 'lax',
        httpOnly: false,
      });
    }
    // Padded standard base64, as Didomi writes it.
    expect(valueOf(state.cookies, 'didomi_token').length % 4).toBe(0);
  });

  it('writes the token in Didomi’s layout: creation time in the id, empty lists left out', () => {
    const token = tokenJson(encode(STATISTICS).cookies);
    expect(Object.keys(token)).toEqual([
      'user_id',
      'created',
      'updated',
      'vendors',
      'purposes',
      'vendors_li',
      'purposes_li',
      'version',
    ]);
    expect(token.created).toBe('2025-06-03T15:42:17.345Z');
    expect(token.updated).toBe('2025-06-03T15:42:17.345Z');
    expect(token.version).toBe(2);
    // Creation time in ms leads the id, then a version nibble 6 and RFC 4122 variant bits.
    const hex = NOW.getTime().toString(16).padStart(12, '0');
    expect(token.user_id).toMatch(
      new RegExp(`^${hex.slice(0, 8)}-${hex.slice(8)}-6[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`),
    );
    expect(token.vendors).toEqual({});
    expect(token.vendors_li).toEqual({});
    // Under TCF the IAB purposes are in the TC string only; the special features stay in the token.
    expect(token.purposes).toEqual({ disabled: ['geolocation_data', 'device_characteristics'] });
    expect(token.purposes_li).toEqual({});
  });

  it('without TCF writes every configured purpose, and the legitimate interest of the LI-capable ones', () => {
    const token = tokenJson(encode(STATISTICS, { tcf: false }).cookies);
    expect(token.purposes).toEqual({
      enabled: [
        'cookies',
        'measure_ad_performance',
        'measure_content_performance',
        'market_research',
        'improve_products',
      ],
      disabled: [
        'select_basic_ads',
        'create_ads_profile',
        'select_personalized_ads',
        'create_content_profile',
        'select_personalized_content',
        'use_limited_data_to_select_content',
        'geolocation_data',
        'device_characteristics',
      ],
    });
    expect(token.purposes_li).toEqual({
      enabled: [
        'measure_ad_performance',
        'measure_content_performance',
        'market_research',
        'improve_products',
      ],
      disabled: ['select_basic_ads', 'use_limited_data_to_select_content'],
    });
  });

  it('writes the same TC string as the tcf adapter, with Didomi’s CMP id 7', () => {
    for (const choices of [NECESSARY, STATISTICS, ALL]) {
      const didomi = valueOf(encode(choices, { vendorList: GVL }).cookies, 'euconsent-v2');
      const tcf = tcfAdapter.encode(choices, tcfAdapter.options.parse({ vendorList: GVL, cmpId: 7 }), {
        target: TARGET,
        now: NOW,
        gpc: false,
      });
      expect(didomi).toBe(valueOf(tcf.cookies, 'euconsent-v2'));
      expect(TCString.decode(didomi).cmpId).toBe(7);
    }
  });

  it('follows its own purpose mapping into the TC string, and lists custom purposes and vendors', () => {
    const state = encode(STATISTICS, {
      purposes: {
        cookies: 'any',
        measure_ad_performance: 'marketing',
        market_research: 'statistics',
        analytics: 'statistics',
      },
      vendors: { 'c:matomo-Xc8w2': 'statistics', google: 'marketing' },
      tcfVendors: [2, 10],
      vendorList: GVL,
    });
    const token = tokenJson(state.cookies);
    // The custom purpose is in the token; the TCF ones follow the mapping into the TC string.
    expect(token.purposes).toEqual({ enabled: ['analytics'] });
    expect(token.vendors).toEqual({ enabled: ['c:matomo-Xc8w2'], disabled: ['google'] });
    const model = TCString.decode(valueOf(state.cookies, 'euconsent-v2'));
    expect(ids(model.purposeConsents)).toEqual([1, 9]);
    expect(ids(model.vendorsDisclosed)).toEqual([2, 10]);
    expect(state.notes.some((n) => n.includes('no Didomi vendors'))).toBe(false);
    expect(encode(STATISTICS).notes).toContain(
      'no Didomi vendors configured: list the notice’s vendors in the vendors option or it may ask again',
    );
  });

  it('honours tcf: false, the cookie names, localStorage and the user id', () => {
    const userId = '0195a1b2-c3d4-6e5f-8a9b-0c1d2e3f4a5b';
    const state = encode(ALL, { tcf: false, tokenName: 'dt', userId });
    expect(state.cookies.map((c) => c.name)).toEqual(['dt']);
    expect(JSON.parse(Buffer.from(valueOf(state.cookies, 'dt'), 'base64').toString()).user_id).toBe(userId);
    const stored = encode(ALL, { storage: 'localStorage', tcfCookieName: 'tc' });
    expect(stored.cookies).toEqual([]);
    expect(stored.storage.map((s) => [s.origin, s.name])).toEqual([
      ['https://www.example.fr', 'didomi_token'],
      ['https://www.example.fr', 'tc'],
    ]);
  });

  it('documents every option and its defaults', () => {
    const o = options();
    expect(o).toMatchObject({
      cmpId: 7,
      expiresDays: 365,
      tokenName: 'didomi_token',
      tcf: true,
      domain: null,
    });
    expect(didomiAdapter.optionDocs.map((d) => d.name).sort()).toEqual(Object.keys(o).sort());
  });
});
