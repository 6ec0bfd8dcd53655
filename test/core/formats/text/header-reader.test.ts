import { describe, expect, it } from 'vitest';
import { headerReader, siteHost } from '../../../../electron/core/formats/text/header-reader';
import { cookie, fixture, textInput } from './helpers';

const NOW = { nowMs: Date.UTC(2026, 0, 1) };

describe('Cookie header reader', () => {
  it('reads pairs over several lines as host-only session cookies of the site, later duplicates winning', async () => {
    const result = await headerReader.read(fixture('header.txt'), {
      ...NOW,
      site: 'https://WWW.Example.com/some/page',
    });
    const host = (name: string, value: string) => cookie({ name, value, domain: 'www.example.com' });
    expect(result.cookies).toEqual([
      { where: 'header.txt line 1', cookie: host('sid', 'abc123') },
      { where: 'header.txt line 1', cookie: host('empty', '') },
      { where: 'header.txt line 1', cookie: host('quoted', '"a b"') },
      { where: 'header.txt line 2', cookie: host('theme', 'dark') },
      { where: 'header.txt line 2', cookie: host('lang', 'en') },
      { where: 'header.txt line 3', cookie: host('last', '1') },
    ]);
    expect(result.problems).toMatchObject([
      {
        where: 'header.txt line 2',
        reason: "pair 4 has no '=': a Cookie header lists name=value pairs separated by ';'",
      },
      { where: 'header.txt line 3', reason: "pair 1 has no name before '='" },
    ]);
    expect(result.notes).toMatchObject([
      {
        where: 'header.txt line 2',
        reason: "cookie 'lang' appears again (first on header.txt line 1): the later value is kept",
      },
      {
        where: 'header.txt',
        reason:
          'a Cookie header carries no domain, path, expiry or flags: read as host-only cookies of www.example.com, ' +
          'path "/", session, not Secure, not HttpOnly',
      },
    ]);
  });

  it('needs --site: without it, one problem and nothing else', async () => {
    for (const site of [undefined, '']) {
      expect(await headerReader.read(fixture('header.txt'), { ...NOW, site })).toMatchObject({
        cookies: [],
        storage: [],
        notes: [],
        problems: [{ where: 'header.txt', reason: 'a Cookie header needs the site it was sent to (--site)' }],
      });
    }
    const bad = await headerReader.read(fixture('header.txt'), { ...NOW, site: 'not a host' });
    expect(bad.problems).toMatchObject([
      { where: 'header.txt', reason: "--site 'not a host' is not a host name or URL" },
    ]);
    expect(bad.cookies).toEqual([]);
  });

  it('takes a bare host, a host with a port, a URL or an IPv6 literal as the site', () => {
    expect(siteHost('www.example.com')).toBe('www.example.com');
    expect(siteHost('Example.COM:8080')).toBe('example.com');
    expect(siteHost('http://127.0.0.1:3000/x')).toBe('127.0.0.1');
    expect(siteHost('https://[::1]/')).toBe('::1');
    expect(siteHost('')).toBeNull();
    expect(siteHost('http://')).toBeNull();
  });

  it('sniffs "Cookie:" at the start in any case, and not Set-Cookie lines', () => {
    expect(headerReader.sniff(fixture('header.txt'))?.reason).toBe("starts with 'Cookie:'");
    expect(headerReader.sniff(textInput('x', '  cookie: a=b'))?.reason).toBe("starts with 'Cookie:'");
    expect(headerReader.sniff(fixture('set-cookie.txt'))).toBeNull();
    expect(headerReader.sniff(textInput('x', 'a=b; c=d'))).toBeNull();
  });

  it('reads a header without the Cookie: prefix when asked to', async () => {
    const result = await headerReader.read(textInput('h', 'a=1; b=2'), { ...NOW, site: 'example.org' });
    expect(result.cookies.map((e) => [e.cookie.name, e.cookie.value, e.cookie.domain])).toEqual([
      ['a', '1', 'example.org'],
      ['b', '2', 'example.org'],
    ]);
  });
});
