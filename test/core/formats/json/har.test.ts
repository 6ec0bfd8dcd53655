import { describe, expect, it } from 'vitest';
import { harReader } from '../../../../electron/core/formats/json/har';
import type { ReadInput } from '../../../../electron/core/formats/plugin';
import { cookie, fixtureBytes, fixtureInput, NOW_SEC, readWith, textInput } from './helpers';

const HOUR = 3600;
/** 2030-01-01 and 2031-01-01, 00:00 UTC. */
const Y2030 = 1893456000;
const Y2031 = 1924992000;

describe('HAR reader', () => {
  it('reads Set-Cookie headers (Firefox joins several with a line break) resolved against each request URL', async () => {
    const result = await readWith(harReader, fixtureInput('firefox.har', 'net.har'));
    expect(result.cookies).toEqual([
      // No Domain: host-only for the request host; no Path: the URL's directory; Max-Age from "now".
      {
        where: 'net.har entry 1 Set-Cookie 3',
        cookie: cookie({
          name: 'cart',
          value: '3',
          domain: 'www.example.com',
          path: '/shop',
          expires: NOW_SEC + HOUR,
        }),
      },
      {
        where: 'net.har entry 1 Set-Cookie 5',
        cookie: cookie({
          name: 'temp',
          value: '1',
          domain: 'www.example.com',
          path: '/shop',
          expires: Y2031,
        }),
      },
      // Entry 2 deletes sid (Max-Age=0): an expired cookie the jar will skip, in place of the one entry 1 set.
      {
        where: 'net.har entry 2 Set-Cookie 1',
        cookie: cookie({ name: 'sid', value: 'deleted', domain: 'www.example.com', expires: 0 }),
      },
      // ...and sets lang again: the later value wins. Quotes are part of the value.
      {
        where: 'net.har entry 2 Set-Cookie 2',
        cookie: cookie({ name: 'lang', value: '"v=2&lang=fr"', domain: 'example.com', hostOnly: false }),
      },
      // No Set-Cookie header in entry 3: its response.cookies are read instead.
      {
        where: 'net.har entry 3 response cookie 1',
        cookie: cookie({
          name: 'rc',
          value: '1',
          domain: 'cdn.example.net',
          hostOnly: false,
          expires: Y2030,
          secure: true,
          sameSite: 'none',
        }),
      },
      {
        where: 'net.har entry 3 response cookie 2',
        cookie: cookie({ name: 'hostc', value: '2', domain: 'static.cdn.example.net', path: '/assets' }),
      },
      // CRLF-joined lines, an IP host, Domain= that very IP (kept host-only, as browsers do).
      {
        where: 'net.har entry 6 Set-Cookie 1',
        cookie: cookie({ name: 'a', value: '1', domain: '127.0.0.1', path: '/x' }),
      },
      {
        where: 'net.har entry 6 Set-Cookie 2',
        cookie: cookie({ name: 'b', value: '2', domain: '127.0.0.1' }),
      },
      {
        where: 'net.har entry 6 Set-Cookie 3',
        cookie: cookie({ name: 'ipc', value: '3', domain: '127.0.0.1' }),
      },
    ]);
    // response.cookies is not read when Set-Cookie headers are there: "ghost" only exists in it.
    expect(result.cookies.map((e) => e.cookie.name)).not.toContain('ghost');
    // Request cookies are not taken unless asked for.
    expect(result.cookies.map((e) => e.cookie.name)).not.toContain('seen');
    expect(result.notes).toMatchObject([]);
  });

  it('reports each cookie it cannot resolve: Domain mismatch, unparsable line, no request URL, bad fields', async () => {
    const result = await readWith(harReader, fixtureInput('firefox.har', 'net.har'));
    expect(result.problems).toMatchObject([
      {
        where: 'net.har entry 1 Set-Cookie 4',
        reason: "Domain 'other.org' does not domain-match the request host 'www.example.com'",
      },
      { where: 'net.har entry 2 Set-Cookie 3', reason: expect.stringContaining('not a Set-Cookie line') },
      { where: 'net.har entry 3 response cookie 3', reason: "'expires' 'not a date' is not a date" },
      {
        where: 'net.har entry 3 response cookie 4',
        reason: "Domain 'example.com' does not domain-match the request host 'static.cdn.example.net'",
      },
      { where: 'net.har entry 3 response cookie 5', reason: "'value' must be a string, found a number" },
      { where: 'net.har entry 4 Set-Cookie 1', reason: expect.stringContaining('request.url is missing') },
      { where: 'net.har entry 5', reason: 'expected a HAR entry object, found a string' },
      {
        where: 'net.har entry 6 Set-Cookie 4',
        reason: 'the Set-Cookie header value must be a string, found a number',
      },
    ]);
  });

  it('with harRequestCookies also takes the cookies requests sent, as host-only session cookies, with a note', async () => {
    const result = await readWith(harReader, fixtureInput('firefox.har', 'net.har'), {
      harRequestCookies: true,
    });
    const seen = result.cookies.find((e) => e.cookie.name === 'seen');
    expect(seen).toEqual({
      where: 'net.har entry 1 request cookie 1',
      cookie: cookie({ name: 'seen', value: '1', domain: 'www.example.com' }),
    });
    const rq = result.cookies.find((e) => e.cookie.name === 'rq');
    expect(rq).toEqual({
      where: 'net.har entry 3 request cookie 1',
      cookie: cookie({ name: 'rq', value: '9', domain: 'static.cdn.example.net' }),
    });
    expect(result.notes.map((n) => n.where)).toEqual([
      'net.har entry 1 request cookie 1',
      'net.har entry 3 request cookie 1',
    ]);
    expect(result.notes[0]?.reason).toContain('sends only the name and value');
    // The request's cookie comes first; what the responses set is read after it.
    expect(result.cookies.map((e) => e.cookie.name)).toEqual([
      'seen',
      'cart',
      'temp',
      'sid',
      'lang',
      'rq',
      'rc',
      'hostc',
      'a',
      'b',
      'ipc',
    ]);
  });

  it('never reads response bodies or request bodies', async () => {
    const value = JSON.parse(new TextDecoder().decode(fixtureBytes('firefox.har'))) as {
      log: { entries: unknown[] };
    };
    let touched = 0;
    for (const entry of value.log.entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { request, response } = entry as { request?: object; response?: object };
      const trap = (target: object | undefined, key: string): void => {
        if (!target) return;
        Object.defineProperty(target, key, {
          enumerable: true,
          get() {
            touched++;
            throw new Error(`${key} was read`);
          },
        });
      };
      trap(response, 'content');
      trap(request, 'postData');
    }
    const bytes = fixtureBytes('firefox.har');
    const input: ReadInput = {
      name: 'trapped.har',
      bytes,
      text: () => {
        throw new Error('the text was parsed again');
      },
      json: () => ({ value }),
    };
    expect(harReader.sniff(input)?.reason).toMatch(/HAR 1\.2/);
    const result = await readWith(harReader, input, { harRequestCookies: true });
    expect(result.cookies).toHaveLength(11);
    expect(touched).toBe(0);
  });

  it('reads an empty log and reports a JSON value that is no HAR', async () => {
    const empty = await readWith(harReader, textInput('e.har', '{"log":{"version":"1.2","entries":[]}}'));
    expect(empty).toEqual({ cookies: [], storage: [], problems: [], notes: [] });
    const other = await readWith(harReader, textInput('o.har', '{"log":{}}'));
    expect(other.problems).toMatchObject([
      { where: 'o.har', reason: expect.stringContaining("'log.entries'") },
    ]);
  });
});
