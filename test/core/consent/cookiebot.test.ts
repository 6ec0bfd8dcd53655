// Cookiebot adapter: the exact CookieConsent literal with its two escapes, lenient reading of real-looking
// values, the consent-version rule, social filed under marketing, round trips and option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { cookiebot } from '../../../electron/core/consent/cmps/cookiebot';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.122Z');
const defaults = cookiebot.options.parse({});
const STAMP = 'q1w2E3r4T5y6U7i8O9p0AaSsDdFfGgHhJjKkLlZzXxCcVvBbNnMm+/Q=';

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function cookie(value: string, name = 'CookieConsent'): CookieData {
  return {
    name,
    value,
    domain: 'www.example.com',
    hostOnly: true,
    path: '/',
    expires: 1_800_000_000,
    httpOnly: false,
    secure: true,
    sameSite: null,
  };
}

function decodeValue(value: string, options = defaults) {
  const reading = cookiebot.decode({ cookies: [cookie(value)], storage: [] }, options);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'cookiebot', ...reading });
  return reading;
}

describe('cookiebot encode', () => {
  it("writes the object literal with only ' and , escaped, on the host", () => {
    const options = cookiebot.options.parse({ stamp: STAMP });
    const choices: Choices = {
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    };
    const state = cookiebot.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'cookiebot', ...state });
    const expected =
      `{stamp:%27${STAMP}%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true%2Cmarketing:false` +
      `%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1738314989122%2Cregion:%27fr%27}`;
    expect(state.cookies).toEqual([
      {
        name: 'CookieConsent',
        value: expected,
        domain: 'www.example.com',
        hostOnly: true,
        path: '/',
        expires: Math.floor(now.getTime() / 1000) + 365 * 86_400,
        httpOnly: false,
        secure: false,
        sameSite: null,
      },
    ]);
  });

  it('writes the version, region and method options, and a stamp of the real shape when none is set', () => {
    const options = cookiebot.options.parse({ ver: 4, region: 'US-06', method: 'implied' });
    const value =
      cookiebot.encode(ALL[15] as Choices, options, { target, now, gpc: false }).cookies[0]?.value ?? '';
    expect(value).toMatch(/^\{stamp:%27[A-Za-z0-9+/]{54}==%27%2Cnecessary:true%2C/);
    expect(value.endsWith('%2Cmethod:%27implied%27%2Cver:4%2Cutc:1738314989122%2Cregion:%27us-06%27}')).toBe(
      true,
    );
  });

  it('accepts marketing only when social is accepted too, and says so', () => {
    const adsOnly: Choices = {
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: true,
      social: false,
    };
    const state = cookiebot.encode(adsOnly, defaults, { target, now, gpc: false });
    expect(state.cookies[0]?.value).toContain('%2Cmarketing:false%2C');
    expect(state.notes.join(' ')).toMatch(/social media under marketing/);
    const both = cookiebot.encode({ ...adsOnly, social: true }, defaults, { target, now, gpc: false });
    expect(both.cookies[0]?.value).toContain('%2Cmarketing:true%2C');
  });
});

describe('cookiebot decode', () => {
  const raw =
    "{stamp:'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZyXwVuTsRqPoNmLkJiHgFeDc/+a=',necessary:true,preferences:true," +
    "statistics:false,marketing:true,method:'explicit',ver:1,utc:1741083072345,region:'de'}";

  it('reads the usual value', () => {
    const value = raw.replace(/'/g, '%27').replace(/,/g, '%2C');
    const reading = decodeValue(value);
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: true,
      social: true,
    });
    expect(reading.decidedAt).toBe('2025-03-04T10:11:12.345Z');
    expect(reading.expiresAt).toBe(new Date(1_800_000_000_000).toISOString());
    expect(reading.notes.join(' ')).not.toMatch(/banner/);
  });

  it('reads fully encoded, double-encoded and unencoded values alike', () => {
    const expected = decodeValue(raw.replace(/'/g, '%27').replace(/,/g, '%2C')).categories;
    expect(decodeValue(encodeURIComponent(raw)).categories).toEqual(expected);
    expect(decodeValue(encodeURIComponent(raw.replace(/'/g, '%27').replace(/,/g, '%2C'))).categories).toEqual(
      expected,
    );
    expect(decodeValue(raw).categories).toEqual(expected);
  });

  it('reads reordered keys, odd case and an older value without utc or region', () => {
    const reading = decodeValue(
      '{Marketing:FALSE%2CNECESSARY:True%2Cver:1%2Cstamp:%27abc%27%2Cstatistics:true%2Cpreferences:false}',
    );
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.decidedAt).toBeNull();
  });

  it("explains stamp '-1', an implied consent, a TCF string and missing categories", () => {
    const reading = decodeValue(
      '{stamp:%27-1%27%2Cnecessary:true%2Cmethod:%27implied%27%2Cver:1%2Ciab2:%27CPx%27}',
    );
    const notes = reading.notes.join(' ');
    expect(notes).toMatch(/outside a consent region/);
    expect(notes).toMatch(/without an explicit click/);
    expect(notes).toMatch(/TCF string/);
    expect(notes).toMatch(/No readable value for preferences, statistics, marketing/);
    expect(reading.categories.statistics).toBeNull();
  });

  it('says the banner comes back when the site renewed consents to a later version', () => {
    const options = cookiebot.options.parse({ ver: 3 });
    expect(decodeValue(raw.replace('ver:1', 'ver:2'), options).notes.join(' ')).toMatch(
      /version 2.*version 3: the banner shows again/,
    );
    expect(decodeValue(raw.replace('ver:1', 'ver:3'), options).notes.join(' ')).not.toMatch(/banner/);
  });

  it('leaves CookieConsent cookies of other tools alone', () => {
    const other = { cookies: [cookie('true')], storage: [] };
    expect(cookiebot.detect(other)).toBeNull();
    expect(cookiebot.decode(other, defaults)).toBeNull();
    expect(cookiebot.detect({ cookies: [cookie(raw)], storage: [] })).toEqual({
      evidence: ['CookieConsent'],
    });
  });
});

describe('cookiebot round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations (social follows marketing)', () => {
    for (const choices of ALL) {
      const state = cookiebot.encode(choices, defaults, { target, now, gpc: false });
      const reading = cookiebot.decode({ cookies: state.cookies, storage: [] }, defaults);
      const both = choices.marketing && choices.social;
      expect(reading?.categories).toEqual({ ...choices, marketing: both, social: both });
      expect(reading?.decidedAt).toBe(now.toISOString());
      expect(reading?.notes.join(' ')).not.toMatch(/banner/);
    }
  });
});

describe('cookiebot options', () => {
  it.each([
    [{ ver: 0 }, ['ver']],
    [{ ver: '2' }, ['ver']],
    [{ region: 'France' }, ['region']],
    [{ stamp: "ab'c" }, ['stamp']],
    [{ method: 'opt-out' }, ['method']],
    [{ domain: 'exa mple.com' }, ['domain']],
  ])('rejects %j naming the field', (input, path) => {
    const result = cookiebot.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('cookiebot decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(cookiebot, { cookies: ['CookieConsent'], storage: [] }, defaults);
  });
});
