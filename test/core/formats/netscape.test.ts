import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../shared/errors';
import type { CookieData } from '../../../shared/model';
import { parseNetscape, serializeNetscape } from '../../../electron/core/formats';
import { placeOf } from '../../../electron/core/formats/types';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');
}

function cookie(fields: Partial<CookieData> & Pick<CookieData, 'name' | 'value' | 'domain'>): CookieData {
  return {
    hostOnly: true,
    path: '/',
    expires: null,
    httpOnly: false,
    secure: false,
    sameSite: null,
    ...fields,
  };
}

describe('parseNetscape', () => {
  it('reads every quirk of a hand-edited file with the exact fields and lines', () => {
    const result = parseNetscape(fixture('quirks.txt'), 'quirks.txt');
    expect(result.format).toBe('netscape');
    expect(result.problems).toMatchObject([]);
    expect(result.entries).toEqual([
      // Domain lowercased, expiry 0 = session.
      {
        line: 3,
        cookie: cookie({ name: 'session_id', value: 'abc123', domain: 'www.example.com' }),
      },
      // Leading spaces skipped; value spaces kept exactly.
      {
        line: 4,
        cookie: cookie({
          name: 'cart',
          value: 'x y  z',
          domain: 'example.com',
          hostOnly: false,
          path: '/shop',
          secure: true,
          expires: 1767225600,
        }),
      },
      // #HttpOnly_ before a dotted domain; decimal expiry rounded down.
      {
        line: 5,
        cookie: cookie({
          name: 'sid',
          value: 'S1',
          domain: 'example.com',
          hostOnly: false,
          secure: true,
          httpOnly: true,
          expires: 1767225600,
        }),
      },
      // Empty value written as a trailing tab.
      {
        line: 6,
        cookie: cookie({
          name: 'auth',
          value: '',
          domain: 'login.example.com',
          httpOnly: true,
          expires: 1767225600,
        }),
      },
      // The value field missing entirely after 6 fields.
      {
        line: 7,
        cookie: cookie({ name: 'flag', value: '', domain: 'example.org', expires: 1767225600 }),
      },
      // A leading dot with FALSE: the dot wins.
      {
        line: 8,
        cookie: cookie({
          name: 'dot_wins',
          value: '1',
          domain: 'example.net',
          hostOnly: false,
          expires: 1767225600,
        }),
      },
      // TRUE without a dot: a domain cookie as well.
      {
        line: 9,
        cookie: cookie({
          name: 'sub_true',
          value: '1',
          domain: 'example.net',
          hostOnly: false,
          expires: 1767225600,
        }),
      },
      // Tabs replaced by spaces: 7 words, then 6 words (empty value), read leniently.
      {
        line: 12,
        cookie: cookie({ name: 'theme', value: 'dark', domain: 'spaced.example.com', expires: 1767225600 }),
      },
      {
        line: 13,
        cookie: cookie({ name: 'lonely', value: '', domain: 'spaced.example.com', hostOnly: false }),
      },
      // Lowercase true/false.
      {
        line: 14,
        cookie: cookie({ name: 'case', value: 'ok', domain: 'lower.example.com', hostOnly: false }),
      },
      // '#', '=' and ';' inside name and value are data, not comments or separators.
      {
        line: 15,
        cookie: cookie({ name: 'name=with#hash', value: 'v=1;2', domain: 'weird.example.com' }),
      },
    ]);
  });

  it('strips a BOM and CRLF line endings, and takes the old header and spec line as comments', () => {
    const text = fixture('crlf-bom.txt');
    // Guard: the fixture must really hold a BOM and CRLF (see test/fixtures/formats/.gitattributes).
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const result = parseNetscape(text, 'crlf-bom.txt');
    expect(result.problems).toMatchObject([]);
    expect(result.entries).toEqual([
      {
        line: 5,
        cookie: cookie({
          name: 'a',
          value: '1',
          domain: 'example.com',
          hostOnly: false,
          expires: 1767225600,
        }),
      },
      // The trailing tab before CRLF is an empty value, not "\r".
      {
        line: 6,
        cookie: cookie({ name: 'b', value: '', domain: 'host.example.com', path: '/p', secure: true }),
      },
    ]);
  });

  it('reads lone-CR line endings', () => {
    const text = '# HTTP Cookie File\rexample.com\tFALSE\t/\tFALSE\t0\tmac\tclassic\r';
    expect(parseNetscape(text, 'mac.txt').entries).toEqual([
      { line: 2, cookie: cookie({ name: 'mac', value: 'classic', domain: 'example.com' }) },
    ]);
  });

  it('reports each bad line with its number and a precise reason, and keeps the good ones', () => {
    const result = parseNetscape(fixture('broken.txt'), 'broken.txt');
    expect(result.entries.map((e) => [placeOf(e, 'broken.txt'), e.cookie.name])).toEqual([
      ['broken.txt line 3', 'ok'],
      ['broken.txt line 15', 'ok2'],
    ]);
    expect(result.problems).toMatchObject([
      {
        where: 'broken.txt line 4',
        reason:
          'expected 7 tab-separated fields (domain, include-subdomains, path, secure, expiry, name, value), found 5',
      },
      {
        where: 'broken.txt line 5',
        reason:
          "include-subdomains field is 'YES'; expected TRUE or FALSE; secure field is 'NO'; expected TRUE or FALSE",
      },
      { where: 'broken.txt line 6', reason: "expiry 'never' is not a number of seconds" },
      {
        where: 'broken.txt line 7',
        reason: "expiry '-1' is negative; expected 0 (a session cookie) or Unix seconds",
      },
      { where: 'broken.txt line 8', reason: "path 'shop' does not start with '/'" },
      { where: 'broken.txt line 9', reason: 'domain is empty' },
      { where: 'broken.txt line 10', reason: 'domain is empty' },
      { where: 'broken.txt line 11', reason: "domain '..dots.example.com' starts with more than one dot" },
      {
        where: 'broken.txt line 12',
        reason:
          'expected 7 tab-separated fields (domain, include-subdomains, path, secure, expiry, name, value), found 8',
      },
      {
        where: 'broken.txt line 13',
        reason:
          'found no tabs and 9 space-separated fields; expected 7 tab-separated fields ' +
          '(domain, include-subdomains, path, secure, expiry, name, value)',
      },
      { where: 'broken.txt line 14', reason: "expiry '1e10' is not a number of seconds" },
    ]);
  });

  it('reports a line over 64 KiB as a problem and goes on', () => {
    const long = `example.com\tFALSE\t/\tFALSE\t0\tbig\t${'v'.repeat(64 * 1024)}`;
    const text = `${long}\nexample.com\tFALSE\t/\tFALSE\t0\tsmall\t1\n`;
    const result = parseNetscape(text, 'long.txt');
    expect(result.problems).toMatchObject([
      { where: 'long.txt line 1', reason: `line is ${long.length} bytes long; the limit is 64 KiB` },
    ]);
    expect(result.entries.map((e) => e.cookie.name)).toEqual(['small']);
  });

  it('counts the line limit in UTF-8 bytes', () => {
    // 22,000 three-byte characters: 66,000 bytes but only 22,000 UTF-16 code units.
    const line = `example.com\tFALSE\t/\tFALSE\t0\twide\t${'€'.repeat(22_000)}`;
    expect(parseNetscape(line, 'wide.txt').problems[0]?.where).toBe('wide.txt line 1');
    const fits = `example.com\tFALSE\t/\tFALSE\t0\twide\t${'€'.repeat(21_000)}`;
    expect(parseNetscape(fits, 'wide.txt').entries).toHaveLength(1);
  });

  it('caps the problem list at 1000 with one summary problem', () => {
    const text = Array.from({ length: 1500 }, () => 'not a cookie line').join('\n');
    const problems = parseNetscape(text, 'noise.txt').problems;
    expect(problems).toHaveLength(1001);
    expect(problems[999]?.where).toBe('noise.txt line 1000');
    expect(problems[1000]).toMatchObject({ where: 'noise.txt', reason: '500 more problems not listed' });
  });

  it('refuses text over 64 MiB with TOO_LARGE', () => {
    const text = 'a'.repeat(64 * 1024 * 1024 + 1);
    expect(() => parseNetscape(text, 'huge.txt')).toThrow(CrumbsError);
    expect(() => parseNetscape(text, 'huge.txt')).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining('huge.txt') }),
    );
    // Counted in UTF-8 bytes: 23 M three-byte characters are 69 MB though only 23 M code units.
    expect(() => parseNetscape('€'.repeat(23_000_000), 'wide.txt')).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
    // Exactly at the limit is accepted (and is one over-long line).
    expect(parseNetscape('a'.repeat(64 * 1024 * 1024), 'edge.txt').problems).toHaveLength(1);
  });

  it('reads an empty file as no cookies and no problems', () => {
    expect(parseNetscape('', 'empty.txt')).toEqual({ format: 'netscape', entries: [], problems: [] });
  });
});

describe('serializeNetscape', () => {
  const cookies: CookieData[] = [
    cookie({
      name: 'a',
      value: '1',
      domain: 'example.com',
      hostOnly: false,
      expires: 1767225600,
      secure: true,
    }),
    cookie({ name: 'b', value: '', domain: 'app.example.com', httpOnly: true, path: '/x' }),
    cookie({
      name: 'c',
      value: 'z',
      domain: 'example.com',
      hostOnly: false,
      httpOnly: true,
      sameSite: 'strict',
    }),
    cookie({ name: 'old', value: 'v', domain: 'example.com', expires: -20 }),
  ];

  it('writes the header, tabs, #HttpOnly_, consistent dot and TRUE/FALSE, 0 for session, LF only', () => {
    expect(serializeNetscape(cookies, { now: 1735689600 })).toBe(
      [
        '# Netscape HTTP Cookie File',
        '# https://curl.se/docs/http-cookies.html',
        '# Written by Crumbs on 2025-01-01T00:00:00.000Z. Edit at your own risk.',
        '',
        '.example.com\tTRUE\t/\tTRUE\t1767225600\ta\t1',
        '#HttpOnly_app.example.com\tFALSE\t/x\tFALSE\t0\tb\t',
        '#HttpOnly_.example.com\tTRUE\t/\tFALSE\t0\tc\tz',
        // At or before 1970: written as 1 so it stays expired instead of turning into a session cookie.
        'example.com\tFALSE\t/\tFALSE\t1\told\tv',
        '',
      ].join('\n'),
    );
  });

  it('refuses a cookie whose value holds a tab or line break, naming the cookie but not its value', () => {
    for (const value of ['a\tb', 'a\nb', 'a\rb']) {
      const bad = cookie({ name: 'broken', value, domain: 'example.com' });
      expect(() => serializeNetscape([bad])).toThrow(
        /'broken' of example\.com .*value holds a tab or line break/,
      );
    }
    expect(() => serializeNetscape([cookie({ name: 'x', value: '', domain: '' })])).toThrow(
      /domain is empty/,
    );
    expect(() => serializeNetscape([cookie({ name: 'x', value: '', domain: 'e.com', path: 'rel' })])).toThrow(
      /path/,
    );
  });
});
