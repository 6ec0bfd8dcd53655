// CookieYes adapter: the exact cookieyes-consent pair list, its attributes, lenient reading, the
// action / lastRenewedDate rules, the category mapping (other = uncategorised), round trips and option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { cookieyes } from '../../../electron/core/consent/cmps/cookieyes';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.122Z');
const defaults = cookieyes.options.parse({});
const ID = 'UjNwQmN4VHZMa1FzWnJEZ0h5RmVXdUlvUGFTbEttTm4';

const ALL: Choices[] = Array.from({ length: 16 }, (_, i) => ({
  necessary: true,
  preferences: (i & 1) !== 0,
  statistics: (i & 2) !== 0,
  marketing: (i & 4) !== 0,
  social: (i & 8) !== 0,
}));

function decodeValue(value: string, options = defaults) {
  const c: CookieData = {
    name: 'cookieyes-consent',
    value,
    domain: 'example.com',
    hostOnly: false,
    path: '/',
    expires: 1_800_000_000,
    httpOnly: false,
    secure: true,
    sameSite: 'strict',
  };
  const reading = cookieyes.decode({ cookies: [c], storage: [] }, options);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'cookieyes', ...reading });
  return reading;
}

describe('cookieyes encode', () => {
  it('writes the pairs in CookieYes order, SameSite Strict and Secure on https, on the host', () => {
    const options = cookieyes.options.parse({ consentId: ID });
    const choices: Choices = {
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: false,
      social: false,
    };
    const state = cookieyes.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'cookieyes', ...state });
    expect(state.cookies).toEqual([
      {
        name: 'cookieyes-consent',
        value: `consentid:${ID},consent:yes,action:yes,necessary:yes,functional:yes,analytics:no,performance:no,advertisement:no,other:no`,
        domain: 'www.example.com',
        hostOnly: true,
        path: '/',
        expires: Math.floor(now.getTime() / 1000) + 365 * 86_400,
        httpOnly: false,
        secure: true,
        sameSite: 'strict',
      },
    ]);
  });

  it('writes consent:no for a refusal of everything, other:yes only when everything is accepted, and lastRenewedDate', () => {
    const options = cookieyes.options.parse({ consentId: ID, lastRenewedDate: 1734509533000 });
    const none = cookieyes.encode(ALL[0] as Choices, options, { target, now, gpc: false }).cookies[0]?.value;
    expect(none).toBe(
      `consentid:${ID},consent:no,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no,lastRenewedDate:1734509533000`,
    );
    const all = cookieyes.encode(ALL[15] as Choices, options, { target, now, gpc: false }).cookies[0]?.value;
    expect(all).toBe(
      `consentid:${ID},consent:yes,action:yes,necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes,lastRenewedDate:1734509533000`,
    );
    const allButSocial = { ...(ALL[15] as Choices), social: false };
    const value =
      cookieyes.encode(allButSocial, options, { target, now, gpc: false }).cookies[0]?.value ?? '';
    expect(value).toContain(',advertisement:no,other:no,');
  });

  it('writes a consentid of the shape CookieYes makes, and Secure only on https pages', () => {
    const http = { ...target, origin: 'http://www.example.com' };
    const c = cookieyes.encode(ALL[1] as Choices, defaults, { target: http, now, gpc: false }).cookies[0];
    expect(c?.secure).toBe(false);
    const id = /^consentid:([^,]+),/.exec(c?.value ?? '')?.[1] ?? '';
    expect(atob(id.padEnd(Math.ceil(id.length / 4) * 4, '='))).toMatch(/^[0-9A-Za-ik-z]{32}$/);
  });

  it('follows a site that has its own social category', () => {
    const options = cookieyes.options.parse({
      consentId: ID,
      categories: { necessary: 'necessary', advertisement: 'marketing', social: 'social' },
    });
    const value = cookieyes.encode({ ...(ALL[0] as Choices), social: true }, options, {
      target,
      now,
      gpc: false,
    }).cookies[0]?.value;
    expect(value).toBe(`consentid:${ID},consent:yes,action:yes,necessary:yes,advertisement:no,social:yes`);
  });
});

describe('cookieyes decode', () => {
  it('reads a real-looking value', () => {
    const reading = decodeValue(
      'consentid:TnBhcVJ0U3V2V3h5WjEyMzQ1Njc4OUFCQ0RFRkdISUs,consent:yes,action:yes,necessary:yes,functional:no,analytics:yes,performance:yes,advertisement:no,other:no,lastRenewedDate:1734509533000',
    );
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.expiresAt).toBe(new Date(1_800_000_000_000).toISOString());
    expect(reading.notes.join(' ')).not.toMatch(/banner|again/);
  });

  it('reads an encoded value with odd case, reordered keys and an older list without other', () => {
    const inner =
      'Necessary:YES,consentid:abc,Analytics:No,functional:True,action:yes,performance:NO,advertisement:1,consent:yes';
    const reading = decodeValue(encodeURIComponent(inner));
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: true,
      social: true,
    });
    expect(reading.notes.join(' ')).toMatch(/Not recorded: other/);
  });

  it('reads analytics and performance that disagree as undecided, and names unknown slugs', () => {
    const reading = decodeValue(
      'consentid:x,consent:yes,action:yes,necessary:yes,analytics:yes,performance:no,social_media:yes',
    );
    expect(reading.categories.statistics).toBeNull();
    expect(reading.notes.join(' ')).toMatch(/statistics ids are accepted and others refused/);
    expect(reading.notes.join(' ')).toMatch(/Categories not mapped: social_media/);
  });

  it('says the banner comes back when no action is recorded', () => {
    const reading = decodeValue(
      'consentid:x,consent:,action:,necessary:,functional:,analytics:,performance:,advertisement:,other:',
    );
    expect(reading.notes.join(' ')).toMatch(/No action recorded: CookieYes shows the banner again/);
    expect(reading.categories.statistics).toBeNull();
  });

  it('says the consent is erased when older than the last renewal', () => {
    const options = cookieyes.options.parse({ lastRenewedDate: 1734509533000 });
    const base = 'consentid:x,consent:yes,action:yes,necessary:yes';
    expect(decodeValue(base, options).notes.join(' ')).toMatch(/last consent renewal/);
    expect(decodeValue(`${base},lastRenewedDate:1700000000000`, options).notes.join(' ')).toMatch(
      /asks again/,
    );
    expect(decodeValue(`${base},lastRenewedDate:1734509533000`, options).notes.join(' ')).not.toMatch(
      /asks again/,
    );
  });

  it('never throws on garbage', () => {
    expect(decodeValue('%%%,::,{').categories.necessary).toBeNull();
    // An older JSON form is read too.
    expect(decodeValue('{"accept":"yes","consent":"yes","analytics":"no"}').categories.statistics).toBe(
      false,
    );
  });
});

describe('cookieyes round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations (social follows advertisement)', () => {
    const options = cookieyes.options.parse({ lastRenewedDate: 1734509533000 });
    for (const choices of ALL) {
      const state = cookieyes.encode(choices, options, { target, now, gpc: false });
      const reading = cookieyes.decode({ cookies: state.cookies, storage: [] }, options);
      const both = choices.marketing && choices.social;
      expect(reading?.categories).toEqual({ ...choices, marketing: both, social: both });
      expect(reading?.notes.join(' ')).not.toMatch(/banner|again|Not recorded/);
    }
  });

  it('round-trips exactly when the site has a social category', () => {
    const options = cookieyes.options.parse({
      categories: {
        necessary: 'necessary',
        functional: 'preferences',
        analytics: 'statistics',
        advertisement: 'marketing',
        social: 'social',
      },
    });
    for (const choices of ALL) {
      const state = cookieyes.encode(choices, options, { target, now, gpc: false });
      expect(cookieyes.decode({ cookies: state.cookies, storage: [] }, options)?.categories).toEqual(choices);
    }
  });
});

describe('cookieyes options', () => {
  it.each([
    [{ categories: { functional: 'functionality' } }, ['categories', 'functional']],
    [{ lastRenewedDate: -1 }, ['lastRenewedDate']],
    [{ consentId: 'a,b' }, ['consentId']],
    [{ expiresDays: 0 }, ['expiresDays']],
  ])('rejects %j naming the field', (input, path) => {
    const result = cookieyes.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('cookieyes decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(cookieyes, { cookies: ['cookieyes-consent'], storage: [] }, defaults);
  });
});
