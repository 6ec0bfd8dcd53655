import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lwpReader } from '../../../../electron/core/formats/text/lwp';
import { isoToUnix, splitHeaderWords } from '../../../../electron/core/formats/text/lwp-syntax';
import { makeInput } from '../../../../electron/core/formats/input';
import { tempDir } from '../../../helpers/temp';
import { cookie, fixture, NEW_YEAR_2026, textInput } from './helpers';
import { placeOf } from '../../../../electron/core/formats/types';

const NOW = { nowMs: NEW_YEAR_2026 * 1000 };

describe('LWP reader', () => {
  it('reads every quirk of a hand-written jar (BOM, CRLF, quoting, expiry spellings, flags)', async () => {
    const result = await lwpReader.read(fixture('quirks.lwp'), NOW);
    expect(result.cookies).toEqual([
      {
        where: 'quirks.lwp line 3',
        cookie: cookie({ name: 'host_only', value: 'plain', domain: 'www.example.com' }),
      },
      {
        where: 'quirks.lwp line 4',
        cookie: cookie({
          name: 'spaced',
          value: 'a b  c',
          domain: 'example.com',
          hostOnly: false,
          secure: true,
          httpOnly: true,
          expires: NEW_YEAR_2026,
        }),
      },
      {
        where: 'quirks.lwp line 5',
        // Backslash escapes undone; +0100 offset applied; HttpOnly="" still means HttpOnly.
        cookie: cookie({
          name: 'escaped',
          value: 'say "hi" \\ bye',
          domain: 'example.com',
          hostOnly: false,
          path: '/shop',
          httpOnly: true,
          sameSite: 'lax',
          expires: NEW_YEAR_2026,
        }),
      },
      {
        where: 'quirks.lwp line 6',
        // No leading dot but domain_dot: a domain cookie. Compact ISO date.
        cookie: cookie({
          name: 'dotflag',
          value: '1',
          domain: 'example.org',
          hostOnly: false,
          expires: NEW_YEAR_2026,
        }),
      },
      {
        where: 'quirks.lwp line 7',
        cookie: cookie({ name: 'dateonly', value: '2', domain: 'example.org', expires: NEW_YEAR_2026 }),
      },
      {
        where: 'quirks.lwp line 8',
        cookie: cookie({ name: 'both', value: '3', domain: 'example.org', expires: null }),
      },
      {
        where: 'quirks.lwp line 13 cookie 1',
        cookie: cookie({ name: 'first', value: '6', domain: 'example.net' }),
      },
      {
        where: 'quirks.lwp line 13 cookie 2',
        cookie: cookie({ name: 'second', value: '7', domain: 'example.net', secure: true }),
      },
    ]);
    expect(result.problems).toMatchObject([
      {
        where: 'quirks.lwp line 10',
        reason: "not a 'Set-Cookie3:' line: an LWP cookie file holds one cookie a line",
      },
      {
        where: 'quirks.lwp line 11',
        reason: `expires 'next tuesday' is not a date like "2026-01-01 00:00:00Z"`,
      },
      { where: 'quirks.lwp line 12', reason: 'domain is missing or empty' },
      {
        where: 'quirks.lwp line 14',
        reason: expect.stringContaining("sameSite 'Sometimes' is not one of no_restriction, lax, strict"),
      },
    ]);
    expect(result.notes).toMatchObject([
      {
        where: 'quirks.lwp line 8',
        reason: 'discard and expires are both set: read as a session cookie, as discard says',
      },
      {
        where: 'quirks.lwp line 8',
        reason: "port restriction '80,8080' is not kept: the cookie goes to every port",
      },
    ]);
  });

  it('sniffs the magic header or a first Set-Cookie3 line, and nothing else', () => {
    expect(lwpReader.sniff(fixture('quirks.lwp'))?.reason).toBe("starts with '#LWP-Cookies-2.0'");
    expect(
      lwpReader.sniff(textInput('x', '# a comment\n\nSet-Cookie3: a=b; path="/"; domain=x.org'))?.reason,
    ).toBe("first cookie line starts with 'Set-Cookie3:'");
    expect(lwpReader.sniff(fixture('set-cookie.txt'))).toBeNull();
    expect(
      lwpReader.sniff(textInput('x', '# Netscape HTTP Cookie File\nexample.com\tFALSE\t/\tFALSE\t0\ta\tb')),
    ).toBeNull();
  });

  it('ports split_header_words and iso2time faithfully', () => {
    expect(splitHeaderWords('foo="bar"; port="80,81"; discard, bar=baz')).toEqual([
      [
        ['foo', 'bar'],
        ['port', '80,81'],
        ['discard', null],
      ],
      [['bar', 'baz']],
    ]);
    expect(splitHeaderWords('a=; b')).toEqual([
      [
        ['a', ''],
        ['b', null],
      ],
    ]);
    expect(isoToUnix('2026-01-01 00:00:00Z')).toBe(NEW_YEAR_2026);
    expect(isoToUnix('2025-12-31 19:00:00 -0500')).toBe(NEW_YEAR_2026);
    expect(isoToUnix('2026-01-01 00:00:07.9Z')).toBe(NEW_YEAR_2026 + 7);
    expect(isoToUnix('2026-13-01')).toBeNull();
    expect(isoToUnix('Thu, 01 Jan 2026 00:00:00 GMT')).toBeNull();
  });

  it('reads every truncation of the fixture: whole lines read as before, only the cut line may change', async () => {
    const bytes = readFileSync(new URL('../../../fixtures/formats/text/quirks.lwp', import.meta.url));
    const full = await lwpReader.read(makeInput('cut.lwp', bytes), NOW);
    const lineOf = (where: string): number => Number(/line (\d+)/.exec(where)?.[1]);
    for (let end = 0; end <= bytes.length; end++) {
      const cut = bytes.subarray(0, end);
      const result = await lwpReader.read(makeInput('cut.lwp', cut), NOW);
      const lastLine = cut.toString('utf8').split(/\r\n|\n|\r/).length;
      const whole = (where: string): boolean => lineOf(where) < lastLine;
      expect(result.cookies.filter((e) => whole(placeOf(e, 'cut.lwp')))).toEqual(
        full.cookies.filter((e) => lineOf(placeOf(e, 'cut.lwp')) < lastLine),
      );
      expect(result.problems.filter((p) => whole(p.where))).toEqual(
        full.problems.filter((p) => lineOf(p.where) < lastLine),
      );
    }
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('LWP reader against Python http.cookiejar', () => {
  let cleanup: () => void = () => {};
  afterEach(() => cleanup());

  it.skipIf(!hasPython)(
    'reads what LWPCookieJar.save writes (skipped only when python3 is absent)',
    async () => {
      const temp = tempDir('crumbs-lwp-');
      cleanup = temp.cleanup;
      const path = join(temp.dir, 'jar.lwp');
      const script = `
import sys, http.cookiejar as cj
def make(name, value, domain, path='/', secure=False, expires=None, rest=None, initial_dot=False):
    return cj.Cookie(0, name, value, None, False, domain, domain.startswith('.'), initial_dot,
                     path, True, secure, expires, expires is None, None, None, rest or {})
jar = cj.LWPCookieJar()
jar.set_cookie(make('host', 'v1', 'www.example.com'))
jar.set_cookie(make('dom', 'with space; semi "quote" back\\\\slash', '.example.com', '/a', True, ${NEW_YEAR_2026},
                    {'HttpOnly': None, 'SameSite': 'Strict'}, True))
jar.set_cookie(make('num', '12345', '.example.org', '/', False, ${NEW_YEAR_2026 + 59}))
jar.set_cookie(make('unicode', 'café €', 'example.net'))
jar.save(sys.argv[1], ignore_discard=True, ignore_expires=True)
`;
      execFileSync('python3', ['-c', script, path]);
      const written = readFileSync(path, 'utf8');
      expect(written.startsWith('#LWP-Cookies-2.0\n')).toBe(true);

      const input = makeInput('jar.lwp', readFileSync(path));
      expect(lwpReader.sniff(input)?.reason).toBe("starts with '#LWP-Cookies-2.0'");
      const result = await lwpReader.read(input, NOW);
      expect(result.problems).toMatchObject([]);
      expect(result.notes).toMatchObject([]);
      // Python iterates its jar by domain, then path, then name: compare as a set.
      const byName = Object.fromEntries(result.cookies.map((e) => [e.cookie.name, e.cookie]));
      expect(byName).toEqual({
        host: cookie({ name: 'host', value: 'v1', domain: 'www.example.com' }),
        dom: cookie({
          name: 'dom',
          value: 'with space; semi "quote" back\\slash',
          domain: 'example.com',
          hostOnly: false,
          path: '/a',
          secure: true,
          httpOnly: true,
          sameSite: 'strict',
          expires: NEW_YEAR_2026,
        }),
        num: cookie({
          name: 'num',
          value: '12345',
          domain: 'example.org',
          hostOnly: false,
          expires: NEW_YEAR_2026 + 59,
        }),
        unicode: cookie({ name: 'unicode', value: 'café €', domain: 'example.net' }),
      });
    },
  );
});

describe('LWP reader size limits', () => {
  it('reports an over-long line instead of parsing it', async () => {
    const long = `Set-Cookie3: big="${'x'.repeat(70 * 1024)}"; path="/"; domain="example.com"`;
    const result = await lwpReader.read(textInput('big.lwp', `#LWP-Cookies-2.0\n${long}\n`), NOW);
    expect(result.cookies).toEqual([]);
    expect(result.problems).toMatchObject([
      {
        where: 'big.lwp line 2',
        reason: expect.stringMatching(/^line is \d+ bytes long; the limit is 64 KiB$/),
      },
    ]);
  });
});
