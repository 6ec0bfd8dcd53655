// OneTrust adapter: the exact OptanonConsent / OptanonAlertBoxClosed pair, lenient reading of real-looking
// values, the banner-comes-back rules, round trips for every choice, and option errors naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import { CrumbsError } from '../../../shared/errors';
import type { CookieData } from '../../../shared/model';
import { onetrust } from '../../../electron/core/consent/cmps/onetrust';
import { jsDateString, parseJsDateString } from '../../../electron/core/consent/cmps/onetrust-date';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.123Z');
const nowSeconds = Math.floor(now.getTime() / 1000);
const defaults = onetrust.options.parse({});
const UUID = '3f0c8a1e-6b2d-4c5e-9f7a-0d1e2c3b4a59';

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function cookie(name: string, value: string, expires: number | null = 1_800_000_000): CookieData {
  return {
    name,
    value,
    domain: 'example.com',
    hostOnly: false,
    path: '/',
    expires,
    httpOnly: false,
    secure: false,
    sameSite: 'lax',
  };
}

const CLOSED = cookie('OptanonAlertBoxClosed', '2025-03-04T10:11:12.345Z');

function decodeValue(value: string, extra: CookieData[] = [CLOSED], options = defaults) {
  const reading = onetrust.decode(
    { cookies: [cookie('OptanonConsent', value), ...extra], storage: [] },
    options,
  );
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'onetrust', ...reading });
  return reading;
}

describe('onetrust encode', () => {
  it('writes OptanonConsent field by field as OneTrust does, and the banner-closed marker', () => {
    const options = onetrust.options.parse({
      consentId: UUID,
      timeZone: 'Europe/Paris',
      version: '202409.1.0',
    });
    const choices: Choices = {
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: false,
      social: true,
    };
    const state = onetrust.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'onetrust', ...state });
    const expected =
      'isGpcEnabled=0' +
      '&datestamp=Fri+Jan+31+2025+10%3A16%3A29+GMT%2B0100+(Central+European+Standard+Time)' +
      '&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=' +
      `&consentId=${UUID}&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage` +
      '&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0%2CC0005%3A1' +
      '&AwaitingReconsent=false';
    const common = {
      domain: 'example.com',
      hostOnly: false,
      path: '/',
      expires: nowSeconds + 365 * 86_400,
      httpOnly: false,
      secure: false,
      sameSite: 'lax',
    };
    expect(state.cookies).toEqual([
      { name: 'OptanonConsent', value: expected, ...common },
      { name: 'OptanonAlertBoxClosed', value: '2025-01-31T09:16:29.123Z', ...common },
    ]);
    expect(state.storage).toEqual([]);
    expect(state.headers).toEqual({});
  });

  it('writes the datestamp in UTC by default, the GPC flags, geolocation and the site groups in their order', () => {
    const options = onetrust.options.parse({
      consentId: UUID,
      geolocation: 'FR;IDF',
      categories: { C0001: 'necessary', C0004: 'marketing', C0002: 'statistics' },
    });
    const state = onetrust.encode(ALL[15] as Choices, options, { target, now, gpc: true });
    const value = state.cookies[0]?.value ?? '';
    expect(value).toContain(
      'isGpcEnabled=1&datestamp=Fri+Jan+31+2025+09%3A16%3A29+GMT%2B0000+(Coordinated+Universal+Time)',
    );
    expect(value).toContain('&browserGpcFlag=1&');
    expect(value).toContain(
      '&groups=C0001%3A1%2CC0004%3A1%2CC0002%3A1&geolocation=FR%3BIDF&AwaitingReconsent=false',
    );
    expect(state.headers).toEqual({ 'Sec-GPC': '1' });
    expect(state.initScripts.join('')).toContain('globalPrivacyControl');
  });

  it('scopes both cookies to the registrable domain, or to a domain option that covers the host', () => {
    const one = onetrust.encode(ALL[0] as Choices, onetrust.options.parse({ domain: '.WWW.example.com' }), {
      target,
      now,
      gpc: false,
    });
    expect(one.cookies.map((c) => [c.domain, c.hostOnly])).toEqual([
      ['www.example.com', false],
      ['www.example.com', false],
    ]);
    const bad = onetrust.options.parse({ domain: 'shop.example.com' });
    expect(() => onetrust.encode(ALL[0] as Choices, bad, { target, now, gpc: false })).toThrow(CrumbsError);
    expect(() => onetrust.encode(ALL[0] as Choices, bad, { target, now, gpc: false })).toThrow(/^domain: /);
  });

  it('gives a fresh UUID v4 consentId when none is set', () => {
    const value =
      onetrust.encode(ALL[3] as Choices, defaults, { target, now, gpc: false }).cookies[0]?.value ?? '';
    expect(value).toMatch(/&consentId=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}&/);
  });
});

describe('onetrust decode', () => {
  it('reads a real-looking value with extra fields it does not need', () => {
    const value =
      'isGpcEnabled=0&datestamp=Tue+Mar+04+2025+11%3A11%3A12+GMT%2B0100+(Central+European+Standard+Time)' +
      '&version=202501.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=0b7c2d4e-1f3a-4b5c-8d9e-0a1b2c3d4e5f' +
      '&interactionCount=2&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0003%3A0%2CC0002%3A1%2CC0004%3A0%2CC0005%3A0' +
      '&intType=3&geolocation=FR%3BIDF&AwaitingReconsent=false';
    const reading = decodeValue(value);
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.decidedAt).toBe('2025-03-04T10:11:12.345Z');
    expect(reading.expiresAt).toBe(new Date(1_800_000_000_000).toISOString());
    expect(reading.sources).toEqual(['OptanonConsent', 'OptanonAlertBoxClosed']);
    expect(reading.notes.join(' ')).not.toMatch(/banner/);
  });

  it('reads reordered, lower-cased keys, a value encoded a second time and groups it does not know', () => {
    const inner =
      'awaitingreconsent=false&GROUPS=c0002%3Atrue%2CC0004%3A1%2CSPD_BG%3A1%2CSTACK42%3A0&isGpcEnabled=1';
    const reading = decodeValue(encodeURIComponent(inner));
    expect(reading.categories).toEqual({
      necessary: null,
      preferences: null,
      statistics: true,
      marketing: true,
      social: null,
    });
    const notes = reading.notes.join(' ');
    expect(notes).toContain('SPD_BG, STACK42');
    expect(notes).toContain('Global Privacy Control');
    const withTcf = decodeValue('groups=C0001%3A1', [CLOSED, cookie('eupubconsent-v2', 'CQSbk4AQSbk4A')]);
    expect(withTcf.notes.join(' ')).toMatch(/eupubconsent-v2 holds a TCF string/);
  });

  it('reads the numbered groups of older OneTrust versions', () => {
    const reading = decodeValue(
      'isIABGlobal=false&groups=1%3A1%2C3%3A1%2C2%3A0%2C4%3A0&AwaitingReconsent=false',
    );
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: false,
      social: null,
    });
    expect(reading.notes.join(' ')).toMatch(/older OneTrust/);
  });

  it('reads a localised zone name by its offset, and double-encoded group flags', () => {
    const value =
      'datestamp=Wed+Dec+04+2024+22%3A01%3A02+GMT%2B0200+(%D0%92%D0%BE%D1%81%D1%82%D0%BE%D1%87%D0%BD%D0%B0%D1%8F)' +
      '&groups=C0001%253A1%252CC0004%253A0';
    const reading = decodeValue(value, []);
    expect(reading.decidedAt).toBe('2024-12-04T20:01:02.000Z');
    expect(reading.categories.marketing).toBe(false);
  });

  it('says the banner comes back without OptanonAlertBoxClosed, and falls back to the datestamp', () => {
    const reading = decodeValue(
      'datestamp=Fri+Jan+31+2025+10%3A16%3A29+GMT%2B0100+(CET)&groups=C0001%3A1',
      [],
    );
    expect(reading.notes.join(' ')).toMatch(
      /OptanonAlertBoxClosed is missing: OneTrust shows the banner again/,
    );
    expect(reading.decidedAt).toBe('2025-01-31T09:16:29.000Z');
  });

  it('says the banner comes back when awaiting reconsent or closed before the last reconsent date', () => {
    expect(decodeValue('groups=C0001%3A1&AwaitingReconsent=TRUE').notes.join(' ')).toMatch(
      /AwaitingReconsent.*banner/,
    );
    const options = onetrust.options.parse({ lastReconsentDate: '2025-06-01T00:00:00Z' });
    expect(decodeValue('groups=C0001%3A1', [CLOSED], options).notes.join(' ')).toMatch(
      /reconsent date: OneTrust asks again/,
    );
    const earlier = onetrust.options.parse({ lastReconsentDate: '2025-01-01T00:00:00+01:00' });
    expect(decodeValue('groups=C0001%3A1', [CLOSED], earlier).notes.join(' ')).not.toMatch(/asks again/);
  });

  it('reads groups that disagree about one category as undecided', () => {
    const options = onetrust.options.parse({
      categories: { C0001: 'necessary', C0002: 'statistics', C0007: 'statistics' },
    });
    const reading = decodeValue('groups=C0001%3A1%2CC0002%3A1%2CC0007%3A0', [CLOSED], options);
    expect(reading.categories.statistics).toBeNull();
    expect(reading.notes.join(' ')).toMatch(/statistics ids are accepted and others refused/);
  });

  it('never throws on garbage and reads the closed marker alone', () => {
    const garbage = decodeValue('%E0%A4%A&&&=%%%groups');
    expect(garbage.categories).toEqual({
      necessary: null,
      preferences: null,
      statistics: null,
      marketing: null,
      social: null,
    });
    const encodedDate = decodeValue('groups=C0001%3A1', [
      cookie('OptanonAlertBoxClosed', '2025-03-04T10%3A11%3A12.345Z'),
    ]);
    expect(encodedDate.decidedAt).toBe('2025-03-04T10:11:12.345Z');
    const alone = onetrust.decode({ cookies: [CLOSED], storage: [] }, defaults);
    expect(alone?.notes.join(' ')).toMatch(/OptanonConsent is missing/);
    expect(onetrust.decode({ cookies: [cookie('other', 'x')], storage: [] }, defaults)).toBeNull();
  });
});

describe('onetrust round trip and detection', () => {
  it('decodes what it encodes, for all 16 choice combinations', () => {
    for (const choices of ALL) {
      const state = onetrust.encode(choices, defaults, { target, now, gpc: false });
      const reading = onetrust.decode({ cookies: state.cookies, storage: [] }, defaults);
      expect(reading?.categories).toEqual(choices);
      expect(reading?.decidedAt).toBe(now.toISOString());
      expect(reading?.expiresAt).toBe(new Date((nowSeconds + 365 * 86_400) * 1000).toISOString());
      expect(reading?.notes.join(' ')).not.toMatch(/banner|again/);
    }
  });

  it('reads back any datestamp it writes, in any time zone', () => {
    const zones = [
      'UTC',
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (date, zone) => {
          const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
          expect(parseJsDateString(jsDateString(date, zone))).toBe(seconds);
        },
      ),
    );
  });

  it('detects its cookies by name only', () => {
    expect(onetrust.detect({ cookies: [CLOSED], storage: [] })).toEqual({
      evidence: ['OptanonAlertBoxClosed'],
    });
    expect(onetrust.detect({ cookies: [cookie('CookieConsent', 'x')], storage: [] })).toBeNull();
  });
});

describe('onetrust options', () => {
  it.each([
    [{ categories: { C0002: 'analytics' } }, ['categories', 'C0002']],
    [{ categories: { 'C0:2': 'marketing' } }, ['categories', 'C0:2']],
    [{ timeZone: 'Mars/Olympus' }, ['timeZone']],
    [{ consentId: 'not-a-uuid' }, ['consentId']],
    [{ expiresDays: 500 }, ['expiresDays']],
    [{ lastReconsentDate: 'yesterday' }, ['lastReconsentDate']],
  ])('rejects %j naming the field', (input, path) => {
    const result = onetrust.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('onetrust decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(
      onetrust,
      { cookies: ['OptanonConsent', 'OptanonAlertBoxClosed'], storage: [] },
      defaults,
    );
  });
});
