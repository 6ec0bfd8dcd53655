import { describe, expect, it } from 'vitest';
import { cdpReader, cdpWriter } from '../../../../electron/core/formats/json/cdp';
import { cookie, expectNoPollution, fixtureInput, NOW_SEC, readWith, textInput } from './helpers';

describe('CDP / Puppeteer reader', () => {
  it('reads page.cookies() output: -1 and session = session, float expiries floored, leading dot = domain cookie', async () => {
    const result = await readWith(cdpReader, fixtureInput('puppeteer-cookies.json', 'cookies.json'));
    expect(result.cookies).toEqual([
      {
        where: 'cookies.json entry 1',
        cookie: cookie({
          name: 'sid',
          value: 's1',
          domain: 'www.example.com',
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
        }),
      },
      {
        where: 'cookies.json entry 2',
        cookie: cookie({
          name: '_ga',
          value: 'GA1.2.3.4',
          domain: 'example.com',
          hostOnly: false,
          expires: 1893456000,
        }),
      },
      {
        where: 'cookies.json entry 3',
        cookie: cookie({
          name: 'chips_obj',
          value: 'p',
          domain: 'widget.example.net',
          path: '/embed',
          expires: 1893456000,
          secure: true,
          sameSite: 'none',
        }),
      },
      {
        where: 'cookies.json entry 4',
        cookie: cookie({
          name: 'chips_str',
          value: 'q',
          domain: 'widget.example.net',
          expires: 1893456000,
          secure: true,
          sameSite: 'none',
        }),
      },
      // No path, no flags, expires 0: defaults, session.
      {
        where: 'cookies.json entry 5',
        cookie: cookie({ name: 'bare', value: '', domain: 'bare.example.com' }),
      },
      // A cookie named "__proto__" is a cookie like any other.
      {
        where: 'cookies.json entry 11',
        cookie: cookie({ name: '__proto__', value: 'proto-cookie', domain: 'example.com' }),
      },
    ]);
    expectNoPollution();
  });

  it('notes what the jar cannot keep (partition keys, non-default priority, SameParty) and nothing for defaults', async () => {
    const result = await readWith(cdpReader, fixtureInput('puppeteer-cookies.json', 'cookies.json'));
    expect(result.notes).toMatchObject([
      {
        where: 'cookies.json entry 2',
        reason: expect.stringMatching(/^priority High dropped/),
      },
      { where: 'cookies.json entry 2', reason: expect.stringMatching(/^SameParty dropped/) },
      {
        where: 'cookies.json entry 3',
        reason: 'partition key https://news.example.org dropped: the jar keeps cookies unpartitioned',
      },
      {
        where: 'cookies.json entry 4',
        reason: 'partition key https://shop.example.org dropped: the jar keeps cookies unpartitioned',
      },
    ]);
  });

  it('gives one problem per unreadable entry, naming the field', async () => {
    const result = await readWith(cdpReader, fixtureInput('puppeteer-cookies.json', 'cookies.json'));
    expect(result.problems).toMatchObject([
      { where: 'cookies.json entry 6', reason: "'expires' must be a number, found a string" },
      { where: 'cookies.json entry 7', reason: "'name' must be a string, found a number" },
      { where: 'cookies.json entry 8', reason: expect.stringContaining("sameSite 'Extended' is not one of") },
      { where: 'cookies.json entry 9', reason: "path 'docs' does not start with '/'" },
      { where: 'cookies.json entry 10', reason: 'expected a cookie object, found null' },
    ]);
    // Values never appear in reasons.
    expect(JSON.stringify(result.problems)).not.toContain('proto-cookie');
  });

  it("reads Network.getAllCookies' { cookies: [...] } answer", async () => {
    const result = await readWith(cdpReader, fixtureInput('cdp-all-cookies.json', 'all.json'));
    expect(result.problems).toMatchObject([]);
    expect(result.cookies).toEqual([
      {
        where: 'all.json entry 1',
        cookie: cookie({
          name: 'pref',
          value: 'dark',
          domain: 'example.org',
          hostOnly: false,
          expires: 1893456000,
          secure: true,
          sameSite: 'strict',
        }),
      },
    ]);
    expect(result.notes).toMatchObject([
      { where: 'all.json entry 1', reason: expect.stringMatching(/^priority Low dropped/) },
    ]);
  });

  it('reports a file that is not JSON or not a list, without throwing', async () => {
    const broken = await readWith(cdpReader, textInput('x.json', '[{"name": "a",\n  "value": }]'));
    expect(broken.cookies).toEqual([]);
    expect(broken.problems).toMatchObject([
      { where: 'x.json line 2 column 12', reason: expect.stringContaining('not valid JSON') },
    ]);
    const other = await readWith(cdpReader, textInput('y.json', '{"foo": 1}'));
    expect(other.problems).toMatchObject([
      { where: 'y.json', reason: expect.stringContaining("without a 'cookies' array") },
    ]);
  });
});

describe('CDP / Puppeteer writer', () => {
  it('writes Network.CookieParam objects: dot iff not host-only, -1 for session, SameSite capitalised or left out', () => {
    const { content, lost } = cdpWriter.write(
      {
        cookies: [
          cookie({ name: 'a', value: '1', domain: 'www.example.com', httpOnly: true, sameSite: 'strict' }),
          cookie({
            name: 'b',
            value: '2',
            domain: 'example.com',
            hostOnly: false,
            expires: 1893456000,
            secure: true,
            sameSite: 'none',
          }),
        ],
        storage: [{ origin: 'https://example.com', name: 'k', value: 'v' }],
      },
      { nowSec: NOW_SEC },
    );
    expect(JSON.parse(content)).toEqual([
      {
        name: 'a',
        value: '1',
        domain: 'www.example.com',
        path: '/',
        expires: -1,
        httpOnly: true,
        secure: false,
        sameSite: 'Strict',
      },
      {
        name: 'b',
        value: '2',
        domain: '.example.com',
        path: '/',
        expires: 1893456000,
        httpOnly: false,
        secure: true,
        sameSite: 'None',
      },
    ]);
    expect(lost).toMatchObject([
      {
        where: 'localStorage "k" of https://example.com',
        reason: expect.stringContaining('cannot hold localStorage'),
      },
    ]);
  });

  it('omits sameSite when unspecified and warns when SameSite=None lacks Secure (Chromium drops it)', () => {
    const { content, lost } = cdpWriter.write(
      {
        cookies: [
          cookie({ name: 'u', value: '1', domain: 'example.com' }),
          cookie({ name: 'n', value: '2', domain: 'example.com', sameSite: 'none' }),
        ],
        storage: [],
      },
      { nowSec: NOW_SEC },
    );
    const written = JSON.parse(content) as Record<string, unknown>[];
    expect(written[0]).not.toHaveProperty('sameSite');
    expect(lost).toMatchObject([
      {
        where: 'cookie "n" of example.com/',
        reason: expect.stringContaining('SameSite=None without Secure'),
      },
    ]);
  });
});
