// Property tests: random cookie sets and URLs, checked against tough-cookie itself (the reference jar is
// filled from Set-Cookie strings, not through the code under test) and against the header reader.
import fc from 'fast-check';
import { CookieJar, MemoryCookieStore } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import type { CookieData, SameSite } from '../../../../shared/model';
import { JAR_RULES } from '../../../../electron/core/jar/jar';
import { cookiesForUrl } from '../../../../electron/core/formats/text';
import { headerReader } from '../../../../electron/core/formats/text/header-reader';
import { headerWriter } from '../../../../electron/core/formats/text/writers';
import { textInput } from './helpers';

const NOW = Math.floor(Date.now() / 1000);
const DOMAINS = ['example.com', 'www.example.com', 'a.www.example.com', 'other.example', '127.0.0.1'];
const PATHS = ['/', '/a', '/a/b', '/ab', '/a/b/c'];
const TCHAR = [..."abcXYZ019!#$%&'*+-.^_`|~"];
// cookie-octet (RFC 6265 §4.1.1) plus the space, double quote and comma browsers send anyway.
const VALUE_CHAR = [...'abcXYZ019!#$%&\'()*+-./:<>?@[]^_`{|}~ ",é€'];

const nameArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...TCHAR), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('__Host-id', '__Secure-id') },
);
const valueArb = fc
  .string({ unit: fc.constantFrom(...VALUE_CHAR), maxLength: 12 })
  .map((v) => v.replace(/^[ \t]+|[ \t]+$/g, ''));

const cookieArb: fc.Arbitrary<CookieData> = fc.record({
  name: nameArb,
  value: valueArb,
  domain: fc.constantFrom(...DOMAINS),
  hostOnly: fc.boolean(),
  path: fc.constantFrom(...PATHS),
  expires: fc.option(
    fc
      .integer({ min: -48, max: 48 })
      .filter((h) => h !== 0)
      .map((h) => NOW + h * 3600),
    { nil: null },
  ),
  httpOnly: fc.boolean(),
  secure: fc.boolean(),
  sameSite: fc.constantFrom<SameSite>('strict', 'lax', 'none', null),
});

const urlArb = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    fc.constantFrom(...DOMAINS, 'b.other.example', 'example.org'),
    fc.constantFrom('', '/', '/a', '/a/', '/a/b', '/a/b/c/d', '/ab', '/b'),
  )
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);

/** What tough-cookie itself sends, from a jar filled with Set-Cookie strings. */
function reference(cookies: CookieData[], url: string): string[] {
  const jar = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  for (const c of cookies) {
    const header = [
      `${c.name}=${c.value}`,
      `Path=${c.path}`,
      c.hostOnly ? '' : `Domain=${c.domain}`,
      c.secure ? 'Secure' : '',
      c.httpOnly ? 'HttpOnly' : '',
      c.expires === null ? '' : `Expires=${new Date(c.expires * 1000).toUTCString()}`,
    ]
      .filter((part) => part !== '')
      .join('; ');
    jar.setCookieSync(header, `https://${c.domain}${c.path}`, { ignoreError: true });
  }
  return jar.getCookiesSync(url, { sort: true }).map((c) => `${c.key}=${c.value}`);
}

describe('cookiesForUrl against tough-cookie', () => {
  it('sends exactly what tough-cookie getCookies returns, in the same order, and accounts for every cookie', () => {
    fc.assert(
      fc.property(fc.array(cookieArb, { maxLength: 12 }), urlArb, (cookies, url) => {
        const { sent, notSent } = cookiesForUrl(cookies, url, NOW);
        expect(sent.map((c) => `${c.name}=${c.value}`)).toEqual(reference(cookies, url));
        expect(sent.length + notSent.length).toBe(cookies.length);
        expect(new Set([...sent, ...notSent.map((n) => n.cookie)]).size).toBe(cookies.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Cookie header writer → Cookie header reader', () => {
  it('gives back exactly the sent cookies\u2019 names and values, in order', async () => {
    const uniqueCookies = fc.uniqueArray(cookieArb, { maxLength: 12, selector: (c) => c.name });
    await fc.assert(
      fc.asyncProperty(uniqueCookies, urlArb, async (cookies, url) => {
        const { sent, notSent } = cookiesForUrl(cookies, url, NOW);
        const written = headerWriter.write({ cookies, storage: [] }, { url, nowSec: NOW });
        expect(written.lost).toHaveLength(notSent.length);
        const read = await headerReader.read(textInput('header.txt', written.content), {
          site: url,
          nowMs: NOW * 1000,
        });
        expect(read.problems).toEqual([]);
        expect(read.cookies.map((e) => [e.cookie.name, e.cookie.value])).toEqual(
          sent.map((c) => [c.name, c.value]),
        );
        expect(
          read.cookies.every((e) => e.cookie.domain === new URL(url).hostname && e.cookie.hostOnly),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text readers on hostile input', () => {
  const pieces = [
    'Set-Cookie: ',
    'Set-Cookie3: ',
    'Cookie: ',
    '#LWP-Cookies-2.0',
    '__proto__=1',
    'constructor=x',
    'a=b',
    '; ',
    '=',
    '"',
    '\\',
    ',',
    ' ',
    '\t',
    '\r\n',
    '\n',
    '\r',
    '\u0000',
    '\ufeff',
    'Domain=example.com',
    'Path=/x',
    'Max-Age=-1',
    'Max-Age=1e400',
    'expires="2026-01-01 00:00:00Z"',
    'expires="99999-99-99"',
    'domain=".."',
    'path="/"',
    'secure',
    'é',
    '😀',
    '\ud800',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

  it('every reader returns a result (never throws) and nothing touches Object.prototype', async () => {
    const { textReaders } = await import('../../../../electron/core/formats/text');
    await fc.assert(
      fc.asyncProperty(textArb, async (text) => {
        for (const reader of textReaders) {
          const input = textInput('fuzz.txt', text);
          reader.sniff(input);
          const result = await reader.read(input, {
            url: 'https://www.example.com/a/b',
            site: 'www.example.com',
            nowMs: NOW * 1000,
          });
          for (const problem of [...result.problems, ...result.notes]) {
            expect(problem.where.startsWith('fuzz.txt')).toBe(true);
            expect(problem.reason.length).toBeGreaterThan(0);
          }
          for (const { cookie } of result.cookies) {
            expect(cookie.domain).toBe(cookie.domain.toLowerCase());
            expect(cookie.domain.startsWith('.')).toBe(false);
            expect(cookie.path.startsWith('/')).toBe(true);
          }
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
