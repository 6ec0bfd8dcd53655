// Opendatasoft portal adapter: the inferred cookies_preferences encoding (URL-encoded JSON of tracker flags,
// always flagged as inferred), the lenient reading of every shape a portal plausibly writes, round trips and
// option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { opendatasoft } from '../../../electron/core/consent/cmps/opendatasoft';
import { expectDecodeOfAnything } from './decode-anything';

const target = {
  host: 'dashboard.example.org',
  site: 'example.org',
  origin: 'https://dashboard.example.org',
};
const now = new Date('2025-01-31T09:16:29.122Z');
const defaults = opendatasoft.options.parse({});
const trackers = opendatasoft.options.parse({
  trackers: { matomo: 'statistics', youtube: 'social', xiti: 'marketing', preferences: 'preferences' },
});

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function decodeValue(value: string, options = defaults) {
  const c: CookieData = {
    name: 'cookies_preferences',
    value,
    domain: target.host,
    hostOnly: true,
    path: '/',
    expires: 1_800_000_000,
    httpOnly: false,
    secure: false,
    sameSite: null,
  };
  const reading = opendatasoft.decode({ cookies: [c], storage: [] }, options);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'opendatasoft', ...reading });
  expect(reading.notes).toContain(
    'The Opendatasoft cookies_preferences format is not documented: this encoding is inferred.',
  );
  return reading;
}

describe('opendatasoft encode', () => {
  it('writes URL-encoded JSON of tracker flags on the host for 6 months, and says the format is inferred', () => {
    const choices: Choices = {
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    };
    const state = opendatasoft.encode(choices, defaults, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'opendatasoft', ...state });
    expect(opendatasoft.inferred).toBe(true);
    expect(state.cookies).toEqual([
      {
        name: 'cookies_preferences',
        value: '%7B%22analytics%22%3Atrue%7D',
        domain: 'dashboard.example.org',
        hostOnly: true,
        path: '/',
        expires: Math.floor(now.getTime() / 1000) + 183 * 86_400,
        httpOnly: false,
        secure: false,
        sameSite: null,
      },
    ]);
    expect(state.notes.join(' ')).toMatch(/inferred/);
  });

  it('keeps the trackers in the order given', () => {
    const value = opendatasoft.encode(ALL[10] as Choices, trackers, { target, now, gpc: false }).cookies[0]
      ?.value;
    expect(value).toBe(
      '%7B%22matomo%22%3Atrue%2C%22youtube%22%3Atrue%2C%22xiti%22%3Afalse%2C%22preferences%22%3Afalse%7D',
    );
  });
});

describe('opendatasoft decode', () => {
  it.each([
    ['URL-encoded JSON', '%7B%22matomo%22%3Atrue%2C%22youtube%22%3Afalse%7D'],
    ['raw JSON with words', '{"matomo":"yes","youtube":"NO"}'],
    ['double-encoded JSON', '%257B%2522matomo%2522%253A1%252C%2522youtube%2522%253A0%257D'],
    ['pipe pairs', 'matomo:true|youtube:false'],
    ['comma pairs with =', 'Matomo=1, youtube=0'],
  ])('reads %s', (_label, value) => {
    const reading = decodeValue(value, trackers);
    expect(reading.services).toEqual(expect.objectContaining({ youtube: false }));
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: null,
      statistics: true,
      marketing: null,
      social: false,
    });
  });

  it('reads a list of accepted trackers and one word for everything', () => {
    expect(decodeValue('["matomo"]', trackers).categories.statistics).toBe(true);
    expect(decodeValue('matomo', trackers).services).toEqual({ matomo: true });
    expect(decodeValue('accepted').categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: true,
      social: true,
    });
    expect(decodeValue('FALSE').categories.marketing).toBe(false);
  });

  it('infers the categories when nothing is mapped but every tracker agrees, and never throws', () => {
    const reading = decodeValue('%7B%22ga%22%3Afalse%2C%22xiti%22%3Afalse%7D');
    expect(reading.categories.statistics).toBe(false);
    expect(reading.notes.join(' ')).toMatch(/No tracker is mapped/);
    const garbage = decodeValue('%%%{');
    expect(garbage.categories.statistics).toBeNull();
    expect(opendatasoft.decode({ cookies: [], storage: [] }, defaults)).toBeNull();
  });
});

describe('opendatasoft round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations', () => {
    for (const choices of ALL) {
      const state = opendatasoft.encode(choices, trackers, { target, now, gpc: true });
      expect(state.headers).toEqual({ 'Sec-GPC': '1' });
      expect(opendatasoft.decode({ cookies: state.cookies, storage: [] }, trackers)?.categories).toEqual(
        choices,
      );
    }
  });
});

describe('opendatasoft options', () => {
  it.each([
    [{ trackers: { analytics: 'stats' } }, ['trackers', 'analytics']],
    [{ cookieName: 'cookies preferences' }, ['cookieName']],
    [{ domain: 'other.org' }, null],
  ])('rejects %j naming the field', (input, path) => {
    if (path === null) {
      // A domain that does not cover the host is refused when encoding, naming the option.
      const options = opendatasoft.options.parse(input);
      expect(() => opendatasoft.encode(ALL[0] as Choices, options, { target, now, gpc: false })).toThrow(
        /^domain: /,
      );
      return;
    }
    const result = opendatasoft.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('opendatasoft decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(opendatasoft, { cookies: ['cookies_preferences'], storage: [] }, trackers);
  });
});
