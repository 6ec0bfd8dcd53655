// Complianz adapter: the exact cmplz_ cookies complianz.js writes, lenient reading, the banner-status and
// policy-id rules, consent per service, round trips and option errors.
import { describe, expect, it } from 'vitest';
import { ConsentReading, ConsentState, type Choices } from '../../../shared/consent';
import type { CookieData } from '../../../shared/model';
import { complianz } from '../../../electron/core/consent/cmps/complianz';
import { expectDecodeOfAnything } from './decode-anything';

const target = { host: 'www.example.com', site: 'example.com', origin: 'https://www.example.com' };
const now = new Date('2025-01-31T09:16:29.122Z');
const defaults = complianz.options.parse({});

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
    secure: true,
    sameSite: 'lax',
  }));
}

function decodePairs(pairs: Record<string, string>, options = defaults) {
  const reading = complianz.decode({ cookies: cookies(pairs), storage: [] }, options);
  if (reading === null) throw new Error('expected a reading');
  ConsentReading.parse({ cmp: 'complianz', ...reading });
  return reading;
}

describe('complianz encode', () => {
  it('writes one cookie per category, the policy id and the dismissed banner, SameSite Lax, on the host', () => {
    const options = complianz.options.parse({ policyId: 28 });
    const choices: Choices = {
      necessary: true,
      preferences: true,
      statistics: false,
      marketing: true,
      social: true,
    };
    const state = complianz.encode(choices, options, { target, now, gpc: false });
    ConsentState.parse({ cmp: 'complianz', ...state });
    expect(state.cookies.map((c) => [c.name, c.value])).toEqual([
      ['cmplz_policy_id', '28'],
      ['cmplz_functional', 'allow'],
      ['cmplz_preferences', 'allow'],
      ['cmplz_statistics', 'deny'],
      ['cmplz_marketing', 'allow'],
      ['cmplz_consented_services', ''],
      ['cmplz_banner-status', 'dismissed'],
    ]);
    const expires = Math.floor(now.getTime() / 1000) + 365 * 86_400;
    for (const c of state.cookies) {
      expect(c).toMatchObject({
        domain: 'www.example.com',
        hostOnly: true,
        path: '/',
        expires,
        secure: true,
        sameSite: 'lax',
      });
    }
  });

  it('writes consent per service as raw JSON, no policy id without the option, Secure only on https', () => {
    const options = complianz.options.parse({
      services: { youtube: 'social', 'google-analytics': 'statistics' },
    });
    const http = { ...target, origin: 'http://www.example.com' };
    const choices: Choices = {
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: true,
      social: false,
    };
    const state = complianz.encode(choices, options, { target: http, now, gpc: false });
    expect(state.cookies.map((c) => c.name)).not.toContain('cmplz_policy_id');
    const services = state.cookies.find((c) => c.name === 'cmplz_consented_services');
    expect(services?.value).toBe('{"youtube":false,"google-analytics":true}');
    expect(state.cookies.find((c) => c.name === 'cmplz_marketing')?.value).toBe('deny');
    expect(state.cookies.every((c) => !c.secure)).toBe(true);
    expect(state.notes.join(' ')).toMatch(/social media under marketing/);
  });

  it('follows the prefix and domain options', () => {
    const options = complianz.options.parse({ prefix: 'wp_cmplz_', domain: 'example.com' });
    const state = complianz.encode(ALL[0] as Choices, options, { target, now, gpc: false });
    expect(
      state.cookies.every((c) => c.name.startsWith('wp_cmplz_') && c.domain === 'example.com' && !c.hostOnly),
    ).toBe(true);
  });
});

describe('complianz decode', () => {
  it('reads real-looking cookies', () => {
    const reading = decodePairs({
      'cmplz_banner-status': 'dismissed',
      cmplz_policy_id: '28',
      cmplz_marketing: 'deny',
      cmplz_statistics: 'allow',
      cmplz_preferences: 'deny',
      cmplz_functional: 'allow',
      cmplz_consented_services: '',
    });
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: false,
      statistics: true,
      marketing: false,
      social: false,
    });
    expect(reading.services).toBeUndefined();
    expect(reading.expiresAt).toBe(new Date(1_800_000_000_000).toISOString());
    expect(reading.notes.join(' ')).not.toMatch(/banner|again/);
  });

  it('reads odd case, encoded service JSON, and a missing category as unanswered', () => {
    const options = complianz.options.parse({ services: { youtube: 'marketing' } });
    const reading = decodePairs(
      {
        'cmplz_banner-status': 'Dismissed',
        cmplz_marketing: 'ALLOW',
        cmplz_preferences: 'Deny',
        cmplz_consented_services: encodeURIComponent('{"youtube":true,"google-maps":"false"}'),
      },
      options,
    );
    expect(reading.categories).toEqual({
      necessary: true,
      preferences: false,
      statistics: null,
      marketing: true,
      social: true,
    });
    expect(reading.services).toEqual({ youtube: true, 'google-maps': false });
    expect(reading.notes.join(' ')).toMatch(/No answer for statistics/);
  });

  it('says the banner comes back unless dismissed, and when the policy id changed', () => {
    expect(decodePairs({ 'cmplz_banner-status': 'show', cmplz_marketing: 'allow' }).notes.join(' ')).toMatch(
      /shows the banner again/,
    );
    expect(decodePairs({ cmplz_marketing: 'allow' }).notes.join(' ')).toMatch(/not "dismissed"/);
    const options = complianz.options.parse({ policyId: 29 });
    const stale = { 'cmplz_banner-status': 'dismissed', cmplz_policy_id: '28' };
    expect(decodePairs(stale, options).notes.join(' ')).toMatch(
      /Policy id 28 is not the site's 29: Complianz clears its cookies/,
    );
    expect(decodePairs({ ...stale, cmplz_policy_id: '29' }, options).notes.join(' ')).not.toMatch(/clears/);
  });

  it('never throws on garbage and ignores other cookies', () => {
    const reading = decodePairs({ cmplz_consented_services: '{not json', cmplz_statistics: '%%%' });
    expect(reading.categories.statistics).toBeNull();
    expect(reading.notes.join(' ')).toMatch(/not readable JSON/);
    expect(complianz.decode({ cookies: cookies({ other: 'allow' }), storage: [] }, defaults)).toBeNull();
    expect(
      complianz.detect({ cookies: cookies({ 'cmplz_banner-status': 'dismissed' }), storage: [] }),
    ).toEqual({
      evidence: ['cmplz_banner-status'],
    });
  });
});

describe('complianz round trip', () => {
  it('decodes what it encodes, for all 16 choice combinations (social follows marketing)', () => {
    const options = complianz.options.parse({
      policyId: 3,
      services: { matomo: 'statistics', youtube: 'social' },
    });
    for (const choices of ALL) {
      const state = complianz.encode(choices, options, { target, now, gpc: false });
      const reading = complianz.decode({ cookies: state.cookies, storage: [] }, options);
      const both = choices.marketing && choices.social;
      expect(reading?.categories).toEqual({ ...choices, marketing: both, social: both });
      expect(reading?.notes.join(' ')).not.toMatch(/banner|again|No answer/);
    }
  });
});

describe('complianz options', () => {
  it.each([
    [{ policyId: 'abc' }, ['policyId']],
    [{ policyId: 1.5 }, ['policyId']],
    [{ services: { youtube: 'ads' } }, ['services', 'youtube']],
    [{ prefix: 'cm plz' }, ['prefix']],
  ])('rejects %j naming the field', (input, path) => {
    const result = complianz.options.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

describe('complianz decode of anything', () => {
  it('never throws and always gives a valid reading, whatever is stored', () => {
    expectDecodeOfAnything(
      complianz,
      {
        cookies: ['cmplz_marketing', 'cmplz_consented_services', 'cmplz_banner-status', 'cmplz_policy_id'],
        storage: [],
      },
      complianz.options.parse({ policyId: 3, services: { youtube: 'marketing' } }),
    );
  });
});
