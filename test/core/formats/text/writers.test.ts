import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CrumbsError } from '../../../../shared/errors';
import type { CookieData } from '../../../../shared/model';
import { cookiesForUrl, textWriters } from '../../../../electron/core/formats/text';
import { curlWriter, headerWriter, shellQuote } from '../../../../electron/core/formats/text/writers';
import { cookie, NEW_YEAR_2026 } from './helpers';

const NOW = NEW_YEAR_2026;
const www = (fields: Partial<CookieData> & Pick<CookieData, 'name' | 'value'>): CookieData =>
  cookie({ domain: 'www.example.com', ...fields });

// One cookie per rule, in an order that is not the header's order.
const JAR: CookieData[] = [
  www({ name: 'root', value: '1' }),
  www({ name: 'deep', value: '2', path: '/shop/cart' }),
  cookie({ name: 'wide', value: '3', domain: 'example.com', hostOnly: false }),
  www({ name: 'shop', value: '4', path: '/shop' }),
  www({ name: 'admin', value: '5', path: '/admin' }),
  www({ name: 'secret', value: '6', secure: true }),
  cookie({ name: 'elsewhere', value: '7', domain: 'other.example', hostOnly: false }),
  cookie({ name: 'hostonly', value: '8', domain: 'example.com' }),
  www({ name: 'old', value: '9', expires: NOW - 1 }),
  www({ name: 'later', value: '10', expires: NOW + 86400, httpOnly: true, sameSite: 'strict' }),
  www({ name: '__Host-bad', value: '11', secure: true, path: '/shop' }),
  www({ name: 'shopping', value: '12', path: '/shopping' }),
];

const where = (c: CookieData): string =>
  `cookie ${JSON.stringify(c.name)} of ${c.hostOnly ? '' : '.'}${c.domain}${c.path}`;
const byName = (name: string): CookieData => JAR.find((c) => c.name === name) as CookieData;

describe('cookiesForUrl', () => {
  it('sends what a browser sends, longer paths first then input order, and says why the rest stays', () => {
    const { sent, notSent } = cookiesForUrl(JAR, 'http://www.example.com/shop/cart?x=1', NOW);
    expect(sent.map((c) => c.name)).toEqual(['deep', 'shop', 'root', 'wide', 'later']);
    expect(sent[0]).toBe(byName('deep'));
    expect(notSent.map((n) => [n.cookie.name, n.reason])).toEqual([
      ['admin', 'path /admin does not match /shop/cart'],
      ['secret', 'Secure: not sent over http'],
      ['elsewhere', 'domain other.example does not match www.example.com'],
      ['hostonly', 'domain example.com (host only) does not match www.example.com'],
      ['old', `expired at ${new Date((NOW - 1) * 1000).toISOString()}`],
      ['__Host-bad', 'a __Host- cookie must be Secure, host-only and have path "/"'],
      ['shopping', 'path /shopping does not match /shop/cart'],
    ]);
  });

  it('sends Secure cookies over https and to a local host over http, as tough-cookie and curl do', () => {
    const secure = [cookie({ name: 's', value: '1', domain: 'localhost', secure: true })];
    expect(cookiesForUrl(secure, 'http://localhost:8080/', NOW).sent).toEqual(secure);
    expect(
      cookiesForUrl([{ ...byName('secret') }], 'https://www.example.com/', NOW).sent.map((c) => c.name),
    ).toEqual(['secret']);
  });

  it('lets a later duplicate replace an earlier one and keeps the earlier one\u2019s place', () => {
    const jar = [
      www({ name: 'a', value: 'first' }),
      www({ name: 'b', value: 'x' }),
      www({ name: 'a', value: 'second' }),
    ];
    const { sent, notSent } = cookiesForUrl(jar, 'https://www.example.com/', NOW);
    expect(sent.map((c) => `${c.name}=${c.value}`)).toEqual(['a=second', 'b=x']);
    expect(notSent).toEqual([
      { cookie: jar[0], reason: 'a later cookie with the same name, domain and path replaces it' },
    ]);
  });

  it('refuses URLs cookies are never sent to', () => {
    expect(() => cookiesForUrl(JAR, 'www.example.com', NOW)).toThrow(CrumbsError);
    expect(() => cookiesForUrl(JAR, 'ftp://www.example.com/', NOW)).toThrow(/not ftp/);
  });
});

describe('Cookie header writer', () => {
  it('writes the header for the URL and reports every cookie left out, and localStorage', () => {
    const storage = [{ origin: 'https://www.example.com', name: 'consent', value: '{}' }];
    const { content, lost } = headerWriter.write(
      { cookies: JAR, storage },
      { url: 'http://www.example.com/shop/cart', nowSec: NOW },
    );
    expect(content).toBe('Cookie: deep=2; shop=4; root=1; wide=3; later=10\n');
    expect(lost).toMatchObject([
      { where: where(byName('admin')), reason: 'path /admin does not match /shop/cart' },
      { where: where(byName('secret')), reason: 'Secure: not sent over http' },
      { where: where(byName('elsewhere')), reason: 'domain other.example does not match www.example.com' },
      {
        where: where(byName('hostonly')),
        reason: 'domain example.com (host only) does not match www.example.com',
      },
      { where: where(byName('old')), reason: expect.stringMatching(/^expired at 2025-12-31T23:59:59/) },
      {
        where: where(byName('__Host-bad')),
        reason: 'a __Host- cookie must be Secure, host-only and have path "/"',
      },
      { where: where(byName('shopping')), reason: 'path /shopping does not match /shop/cart' },
      {
        where: 'localStorage "consent" of https://www.example.com',
        reason: expect.stringContaining('cannot hold localStorage'),
      },
    ]);
  });

  it('leaves out a cookie whose name or value a Cookie header cannot carry unchanged', () => {
    const jar = [
      www({ name: 'ok', value: 'v' }),
      www({ name: 'pad', value: ' v ' }),
      www({ name: '', value: 'bare' }),
    ];
    const { content, lost } = headerWriter.write(
      { cookies: jar, storage: [] },
      { url: 'https://www.example.com/', nowSec: NOW },
    );
    expect(content).toBe('Cookie: ok=v\n');
    expect(lost.map((p) => p.reason)).toEqual([
      'not sent: its name or value starts or ends with a space or tab, which Cookie header readers trim',
      'not sent: it has no name: a Cookie header would send the bare value, which servers read differently',
    ]);
  });

  it('needs a URL', () => {
    for (const writer of textWriters) {
      expect(writer.needsUrl).toBe(true);
      let error: unknown;
      try {
        writer.write({ cookies: JAR, storage: [] }, { nowSec: NOW });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(CrumbsError);
      expect((error as CrumbsError).code).toBe('VALIDATION');
    }
    expect(() => headerWriter.write({ cookies: [], storage: [] }, { nowSec: NOW })).toThrow(
      'the Cookie header needs a URL',
    );
  });
});

/** Runs the command in a real POSIX shell with curl replaced by printf: one argument a line. */
function shellArgs(command: string): string[] {
  const printed = execFileSync('sh', ['-c', command.replace(/^curl /, `printf '%s\\n' `)], {
    encoding: 'utf8',
  });
  return printed.split('\n').slice(0, -1);
}

describe('curl writer', () => {
  it('writes a command whose arguments survive the shell exactly, quotes, spaces, $ and backticks included', () => {
    const nasty = [
      www({ name: 'q', value: "it's" }),
      www({ name: 'qq', value: `''\\'` }),
      www({ name: 'dollar', value: '$HOME$(id)${x}' }),
      www({ name: 'tick', value: '`whoami`' }),
      www({ name: 'spaces', value: 'a  b\tc' }),
      www({ name: 'glob', value: '*?[a]~!#&|<>"' }),
    ];
    const url = "https://www.example.com/a b/it's?x=$y&z=`1`";
    const { content, lost } = curlWriter.write({ cookies: nasty, storage: [] }, { url, nowSec: NOW });
    expect(lost).toEqual([]);
    expect(content.endsWith('\n')).toBe(true);
    expect(content.startsWith("curl --cookie '")).toBe(true);
    // Written out by hand: the arguments curl must receive, byte for byte.
    expect(shellArgs(content.trimEnd())).toEqual([
      '--cookie',
      "q=it's; qq=''\\'; dollar=$HOME$(id)${x}; tick=`whoami`; spaces=a  b\tc; glob=*?[a]~!#&|<>\"",
      "https://www.example.com/a%20b/it's?x=$y&z=`1`",
    ]);
  });

  it('leaves --cookie out when no cookie goes to the URL, and reports them', () => {
    const { content, lost } = curlWriter.write(
      { cookies: [byName('admin')], storage: [] },
      { url: 'https://www.example.com/', nowSec: NOW },
    );
    expect(content).toBe("curl 'https://www.example.com/'\n");
    expect(shellArgs(content.trimEnd())).toEqual(['https://www.example.com/']);
    expect(lost).toEqual([{ where: where(byName('admin')), reason: 'path /admin does not match /' }]);
  });

  it('quotes any text as one shell word', () => {
    const words = ["'", "''", 'a\'b"c', '\\', '\n', '$(x)', '', ' '];
    const printed = execFileSync('sh', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`], {
      encoding: 'utf8',
    });
    expect(printed.split('\0').slice(0, -1)).toEqual(words);
  });
});

describe('cookiesForUrl with absurd expiries', () => {
  it('treats an expiry in the past as expired, the last date a Date holds as live, and beyond as no date', () => {
    const jar = [
      www({ name: 'past', value: '1', expires: -1e9 }),
      www({ name: 'last', value: '2', expires: 8_640_000_000_000 }),
      www({ name: 'beyond', value: '3', expires: 1e20 }),
    ];
    const { sent, notSent } = cookiesForUrl(jar, 'https://www.example.com/', NOW);
    expect(sent.map((c) => c.name)).toEqual(['last']);
    expect(notSent).toEqual([
      { cookie: jar[0], reason: 'expired at 1938-04-24T22:13:20.000Z' },
      { cookie: jar[2], reason: expect.stringContaining('expiry is not a date') },
    ]);
  });
});
