import { describe, expect, it } from 'vitest';
import { setCookieReader } from '../../../../electron/core/formats/text/set-cookie';
import { cookie, fixture, NEW_YEAR_2026, textInput } from './helpers';

const URL_ = 'https://www.example.com/account/settings';
const NOW_MS = NEW_YEAR_2026 * 1000;
const AT = (line: number): string => `set-cookie.txt line ${line}`;

describe('Set-Cookie reader', () => {
  it('resolves every line against the URL as a browser stores it', async () => {
    const result = await setCookieReader.read(fixture('set-cookie.txt'), { url: URL_, nowMs: NOW_MS });
    expect(result.cookies).toEqual([
      {
        where: AT(2),
        cookie: cookie({
          name: 'sid',
          value: 'abc123',
          domain: 'www.example.com',
          secure: true,
          httpOnly: true,
          sameSite: 'lax',
        }),
      },
      // No Path: the URL's directory (RFC 6265 §5.1.4). Max-Age counted from nowMs.
      {
        where: AT(3),
        cookie: cookie({
          name: 'lang',
          value: 'fr',
          domain: 'www.example.com',
          path: '/account',
          expires: NEW_YEAR_2026 + 3600,
        }),
      },
      // Domain with a leading dot and capitals: a domain cookie of example.com; the quotes are part of the value.
      {
        where: AT(4),
        cookie: cookie({
          name: 'theme',
          value: '"dark mode"',
          domain: 'example.com',
          hostOnly: false,
          expires: Date.UTC(2031, 0, 1) / 1000,
        }),
      },
      // The Set-Cookie: prefix is optional; the old Netscape date spelling is read.
      {
        where: AT(5),
        cookie: cookie({
          name: 'pref',
          value: '1',
          domain: 'www.example.com',
          path: '/account',
          expires: Date.UTC(2032, 0, 1) / 1000,
        }),
      },
      // Max-Age=0 and negative: expired on arrival (Max-Age wins over a future Expires).
      {
        where: AT(7),
        cookie: cookie({
          name: 'gone',
          value: 'x',
          domain: 'www.example.com',
          path: '/account',
          expires: NEW_YEAR_2026,
        }),
      },
      {
        where: AT(8),
        cookie: cookie({
          name: 'gone2',
          value: 'x',
          domain: 'www.example.com',
          path: '/account',
          expires: NEW_YEAR_2026 - 10,
        }),
      },
      // A relative Path is ignored, so the default path applies.
      {
        where: AT(9),
        cookie: cookie({ name: 'relative', value: '1', domain: 'www.example.com', path: '/account' }),
      },
      {
        where: AT(12),
        cookie: cookie({ name: '__Host-good', value: '1', domain: 'www.example.com', secure: true }),
      },
      {
        where: AT(17),
        cookie: cookie({ name: 'odd', value: '1', domain: 'www.example.com', path: '/account' }),
      },
    ]);
    expect(result.problems).toMatchObject([
      { where: AT(10), reason: "Domain other.example does not match the URL's host www.example.com" },
      { where: AT(11), reason: 'Domain com is a public suffix: no site may set it' },
      { where: AT(13), reason: 'a __Host- cookie must be Secure, have Path=/ and no Domain' },
      { where: AT(14), reason: 'a __Secure- cookie must be Secure' },
      { where: AT(15), reason: "the first part has no '=': a Set-Cookie line starts with name=value" },
      { where: AT(16), reason: 'the cookie name is empty' },
      { where: AT(18), reason: 'Set-Cookie: with nothing after it' },
    ]);
    expect(result.notes).toMatchObject([
      { where: AT(7), reason: 'Max-Age=0 deletes the cookie: read as already expired' },
      { where: AT(8), reason: 'Max-Age=-10 deletes the cookie: read as already expired' },
      { where: AT(17), reason: "Expires 'someday' is not a cookie date: ignored, as browsers do" },
      { where: AT(17), reason: "SameSite 'Sometimes' is not Strict, Lax or None: read as unspecified" },
      { where: AT(17), reason: "attribute 'Partitioned' is not kept" },
    ]);
  });

  it('needs --url: without it, one problem and nothing else', async () => {
    for (const url of [undefined, '', '  ']) {
      const result = await setCookieReader.read(fixture('set-cookie.txt'), { url, nowMs: NOW_MS });
      expect(result).toMatchObject({
        cookies: [],
        storage: [],
        notes: [],
        problems: [
          { where: 'set-cookie.txt', reason: 'these Set-Cookie lines need the URL they came from (--url)' },
        ],
      });
    }
    const bad = await setCookieReader.read(fixture('set-cookie.txt'), {
      url: 'www.example.com',
      nowMs: NOW_MS,
    });
    expect(bad.problems).toMatchObject([
      { where: 'set-cookie.txt', reason: "--url 'www.example.com' is not an http:// or https:// URL" },
    ]);
    expect(bad.cookies).toEqual([]);
  });

  it('refuses a Secure cookie from an http URL, as browsers do, and says which URL to give', async () => {
    const input = textInput('h.txt', 'Set-Cookie: s=1; Secure\nSet-Cookie: p=2\n');
    const result = await setCookieReader.read(input, { url: 'http://shop.example/cart/', nowMs: NOW_MS });
    expect(result.cookies).toEqual([
      {
        where: 'h.txt line 2',
        cookie: cookie({ name: 'p', value: '2', domain: 'shop.example', path: '/cart' }),
      },
    ]);
    expect(result.problems).toMatchObject([
      {
        where: 'h.txt line 1',
        reason: 'a Secure cookie from an http:// URL: browsers ignore it (give the https:// URL with --url)',
      },
    ]);
  });

  it('notes SameSite=None without Secure and caps a huge Max-Age at the last representable date', async () => {
    const input = textInput('n.txt', 'a=1; SameSite=None\nb=2; Max-Age=99999999999999999999\n');
    const result = await setCookieReader.read(input, { url: 'https://example.com/', nowMs: NOW_MS });
    expect(result.cookies.map((e) => [e.cookie.name, e.cookie.sameSite, e.cookie.expires])).toEqual([
      ['a', 'none', null],
      ['b', null, 8_640_000_000_000],
    ]);
    expect(new Date((result.cookies[1]?.cookie.expires ?? 0) * 1000).getTime()).not.toBeNaN();
    expect(result.notes).toMatchObject([
      { where: 'n.txt line 1', reason: 'SameSite=None without Secure: current browsers refuse this cookie' },
    ]);
  });

  it('sniffs a first Set-Cookie: line (any case) and not the other text formats', () => {
    expect(setCookieReader.sniff(fixture('set-cookie.txt'))?.reason).toBe(
      "first line starts with 'Set-Cookie:'",
    );
    expect(setCookieReader.sniff(textInput('x', '\n\nSET-COOKIE: a=b'))?.reason).toBe(
      "first line starts with 'Set-Cookie:'",
    );
    expect(setCookieReader.sniff(textInput('x', 'a=b; Path=/'))).toBeNull();
    expect(setCookieReader.sniff(fixture('header.txt'))).toBeNull();
    expect(setCookieReader.sniff(fixture('quirks.lwp'))).toBeNull();
  });
});
