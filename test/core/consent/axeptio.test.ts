// Axeptio adapter: the exact js-cookie-encoded axeptio_cookies JSON and vendor lists, lenient reading of
// real-looking values, the $$completed and missing-vendor rules, round trips and option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { axeptio } from '../../../electron/core/consent/cmps/axeptio';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.122Z');
const SERVICES = {
  google_analytics: 'statistics',
  facebook_pixel: 'marketing',
  youtube: 'social',
  'Google Conversion Linker': 'marketing',
  'live-chat': 'preferences',
} as const;
const options = axeptio.options.parse({
  services: SERVICES,
  token: 'k2m9x7q4w1p8z3n6b5v0',
  cookiesVersion: { name: 'example-fr', identifier: '6601a2b3c4d5e6f708091a2b' },
});

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function cookies(pairs: Record<string, string>): CookieData[] {
  return Object.entries(pairs).map(([name, value]) => ({
    name,
    value,
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    expires: 1_800_000_000,
    httpOnly: false,
    secure: false,
    sameSite: null,
  }));
}

function decodePairs(pairs: Record<string, string>, opts = options) {
  const reading = axeptio.decode({ cookies: cookies(pairs), storage: [] }, opts);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'axeptio', ...reading });
  return reading;
}

/** As js-cookie writes JSON: only `"`, `,` and spaces are escaped here. */
const js = (text: string) => text.replace(/"/g, '%22').replace(/,/g, '%2C').replace(/ /g, '%20');

describe('axeptio encode', () => {
  it('writes the three cookies byte for byte, on the host, for 180 days', () => {
    const choices: Choices = {
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: true,
    };
    const state = axeptio.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'axeptio', ...state });
    const main =
      '{%22$$token%22:%22k2m9x7q4w1p8z3n6b5v0%22%2C%22$$date%22:%222025-01-31T09:16:29.122Z%22' +
      '%2C%22$$cookiesVersion%22:{%22name%22:%22example-fr%22%2C%22identifier%22:%226601a2b3c4d5e6f708091a2b%22}' +
      '%2C%22$$completed%22:true%2C%22google_analytics%22:true%2C%22facebook_pixel%22:false%2C%22youtube%22:true' +
      '%2C%22Google%20Conversion%20Linker%22:false%2C%22live-chat%22:false}';
    const common = {
      domain: 'www.example.com',
      hostOnly: true,
      path: '/',
      expires: Math.floor(now.getTime() / 1000) + 180 * 86_400,
      httpOnly: false,
      secure: false,
      sameSite: null,
    };
    expect(state.cookies).toEqual([
      { name: 'axeptio_cookies', value: main, ...common },
      { name: 'axeptio_authorized_vendors', value: '%2Cgoogle_analytics%2Cyoutube%2C', ...common },
      {
        name: 'axeptio_all_vendors',
        value: '%2Cgoogle_analytics%2Cfacebook_pixel%2Cyoutube%2CGoogle%20Conversion%20Linker%2Clive-chat%2C',
        ...common,
      },
    ]);
  });

  it('writes an empty list as two commas, {} without a cookiesVersion, and a token of the real shape', () => {
    const bare = axeptio.options.parse({});
    const state = axeptio.encode(ALL[0] as Choices, bare, { target, now, gpc: false });
    expect(state.cookies[0]?.value).toMatch(
      /^\{%22\$\$token%22:%22[0-9a-z]{20}%22%2C%22\$\$date%22:%222025-01-31T09:16:29\.122Z%22%2C%22\$\$cookiesVersion%22:\{\}%2C%22\$\$completed%22:true\}$/,
    );
    expect(state.cookies.slice(1).map((c) => c.value)).toEqual(['%2C%2C', '%2C%2C']);
    expect(state.notes.join(' ')).toMatch(/No vendor is configured/);
  });

  it('renames the vendor lists with the cookie name suffix', () => {
    const renamed = axeptio.options.parse({ cookieName: 'axeptio_cookies_en' });
    const names = axeptio
      .encode(ALL[0] as Choices, renamed, { target, now, gpc: false })
      .cookies.map((c) => c.name);
    expect(names).toEqual(['axeptio_cookies_en', 'axeptio_authorized_vendors_en', 'axeptio_all_vendors_en']);
  });
});

describe('axeptio decode', () => {
  const json =
    '{"$$token":"r7t2y9u4i1o6p3a8s5d0","$$date":"2025-03-04T10:11:12.345Z","$$cookiesVersion":{"name":"example-fr",' +
    '"identifier":"6601a2b3c4d5e6f708091a2b"},"google_analytics":true,"facebook_pixel":false,"youtube":false,' +
    '"Google Conversion Linker":false,"live-chat":true,"$$googleConsentMode":{"version":2},"$$completed":true}';

  it('reads a js-cookie-encoded value', () => {
    const reading = decodePairs({
      axeptio_cookies: js(json),
      axeptio_authorized_vendors: '%2Cgoogle_analytics%2Clive-chat%2C',
    });
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.services).toEqual({
      google_analytics: true,
      facebook_pixel: false,
      youtube: false,
      'Google Conversion Linker': false,
      'live-chat': true,
    });
    expect(reading.decidedAt).toBe('2025-03-04T10:11:12.345Z');
    expect(reading.notes.join(' ')).not.toMatch(/again|widget/);
  });

  it('reads fully encoded, double-encoded and raw JSON alike', () => {
    const expected = decodePairs({ axeptio_cookies: js(json) }).categories;
    expect(decodePairs({ axeptio_cookies: encodeURIComponent(json) }).categories).toEqual(expected);
    expect(decodePairs({ axeptio_cookies: encodeURIComponent(js(json)) }).categories).toEqual(expected);
    expect(decodePairs({ axeptio_cookies: json }).categories).toEqual(expected);
  });

  it('says the widget comes back while $$completed is not true, and for vendors with no answer', () => {
    const unfinished = decodePairs({
      axeptio_cookies: js(
        '{"$$token":"x","$$date":"2025-03-04T10:11:12.345Z","$$cookiesVersion":{},"$$completed":false}',
      ),
      axeptio_authorized_vendors: '%2C%2C',
      axeptio_all_vendors: '%2C%2C',
    });
    const notes = unfinished.notes.join(' ');
    expect(notes).toMatch(/\$\$completed is not true: Axeptio shows the widget again/);
    expect(notes).toMatch(/Vendors with no answer: google_analytics, facebook_pixel, youtube/);
  });

  it('notes a cookiesVersion other than the site one', () => {
    const other = json.replace('example-fr', 'example-en');
    expect(decodePairs({ axeptio_cookies: js(other) }).notes.join(' ')).toMatch(/another cookiesVersion/);
  });

  it('falls back to the vendor lists, and infers the categories when nothing is mapped but all agree', () => {
    const bare = axeptio.options.parse({});
    const reading = decodePairs(
      {
        axeptio_authorized_vendors: '%2Chotjar%2Cgoogle_ads%2C',
        axeptio_all_vendors: '%2Chotjar%2Cgoogle_ads%2C',
      },
      bare,
    );
    expect(reading.services).toEqual({ hotjar: true, google_ads: true });
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: true,
      social: true,
    });
    expect(reading.notes.join(' ')).toMatch(/No vendor is mapped/);
    const mixed = decodePairs(
      { axeptio_authorized_vendors: '%2Chotjar%2C', axeptio_all_vendors: '%2Chotjar%2Cgoogle_ads%2C' },
      bare,
    );
    expect(mixed.categories.statistics).toBeNull();
  });

  it('never throws on garbage', () => {
    const reading = decodePairs({ axeptio_cookies: '{%22$$token%22:%22x' });
    expect(reading.notes.join(' ')).toMatch(/not readable JSON/);
    expect(axeptio.decode({ cookies: cookies({ other: '1' }), storage: [] }, options)).toBeNull();
    expect(axeptio.detect({ cookies: cookies({ axeptio_cookies_en: '{}' }), storage: [] })).toEqual({
      evidence: ['axeptio_cookies_en'],
    });
  });
});

describe('axeptio round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations', () => {
    for (const choices of ALL) {
      const state = axeptio.encode(choices, options, { target, now, gpc: false });
      const reading = axeptio.decode({ cookies: state.cookies, storage: [] }, options);
      expect(reading?.categories).toEqual(choices);
      expect(reading?.decidedAt).toBe(now.toISOString());
      expect(reading?.notes.join(' ')).not.toMatch(/again|widget/);
    }
  });
});

describe('axeptio options', () => {
  it.each([
    [{ services: { $$token: 'marketing' } }, ['services', '$$token']],
    [{ services: { 'a,b': 'marketing' } }, ['services', 'a,b']],
    [{ services: { youtube: 'video' } }, ['services', 'youtube']],
    [{ cookiesVersion: { name: '', identifier: 'x' } }, ['cookiesVersion', 'name']],
    [{ cookieName: 'axeptio cookies' }, ['cookieName']],
    [{ expiresDays: 401 }, ['expiresDays']],
  ])('rejects %j naming the field', (input, path) => {
    const result = axeptio.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('axeptio decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(
      axeptio,
      { cookies: ['axeptio_cookies', 'axeptio_authorized_vendors', 'axeptio_all_vendors'], storage: [] },
      options,
    );
  });
});
