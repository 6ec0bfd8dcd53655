// The codec the open-source platforms share: lenient reading of JSON kept in a cookie, and js-cookie's exact
// percent-encoding (Orejime), checked against values written out by hand from the libraries' source.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  expiresAfter,
  foldCategories,
  jsCookieValue,
  parseJsonValue,
  percentDecode,
} from '../../../electron/core/consent/cmps/json-cookie';

describe('json-cookie', () => {
  it('reads JSON stored raw, percent-encoded once or twice, and quoted, saying how often it was decoded', () => {
    const value = { a: true, b: [1, 'x y'] };
    const json = JSON.stringify(value);
    expect(parseJsonValue(json)).toEqual({ value, decodes: 0 });
    expect(parseJsonValue(encodeURIComponent(json))).toEqual({ value, decodes: 1 });
    expect(parseJsonValue(encodeURIComponent(encodeURIComponent(json)))).toEqual({ value, decodes: 2 });
    expect(parseJsonValue(`"${encodeURIComponent(json)}"`)).toEqual({ value, decodes: 1 });
    expect(parseJsonValue('{%22a%22:true%2C%22b%22:false}')).toEqual({
      value: { a: true, b: false },
      decodes: 1,
    });
  });

  it('returns null for what no reading parses, and never throws', () => {
    expect(parseJsonValue('allow')).toBeNull();
    expect(parseJsonValue('%E0%A4%A')).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseJsonValue(s);
        percentDecode(s);
      }),
    );
  });

  it('encodes as js-cookie 3 does: quotes and commas escaped, braces and colons kept', () => {
    expect(jsCookieValue('{"a":true,"b-c":false}')).toBe('{%22a%22:true%2C%22b-c%22:false}');
    expect(jsCookieValue('[x] é;=')).toBe('[x]%20%C3%A9%3B=');
    fc.assert(fc.property(fc.string(), (s) => decodeURIComponent(jsCookieValue(s)) === s));
  });

  it('gives the expiry whole seconds after now, as toUTCString rounds it down', () => {
    expect(expiresAfter(new Date('2025-03-03T10:00:00.900Z'), 1)).toBe(
      Date.parse('2025-03-04T10:00:00Z') / 1000,
    );
  });

  it('folds per-service answers: all accepted, all refused, disagreeing (null + note), unmapped (note)', () => {
    const notes: string[] = [];
    const ids = { ga: 'statistics', matomo: 'statistics', ads: 'marketing', yt: 'social' } as const;
    const out = foldCategories({ ga: true, matomo: false, ads: false, yt: true, odd: true }, ids, notes);
    expect(out).toEqual({
      necessary: true,
      preferences: null,
      statistics: null,
      marketing: false,
      social: true,
    });
    expect(notes.join('\n')).toMatch(/statistics partly accepted: ga accepted; matomo refused/);
    expect(notes.join('\n')).toMatch(/no category known for odd/);
  });
});
