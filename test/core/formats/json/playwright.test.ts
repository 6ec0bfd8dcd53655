import { describe, expect, it } from 'vitest';
import { normaliseOrigin, playwrightReader } from '../../../../electron/core/formats/json/playwright';
import {
  PLAYWRIGHT_MAX_EXPIRES,
  playwrightWriter,
} from '../../../../electron/core/formats/json/playwright-write';
import { cookie, expectNoPollution, fixtureInput, NOW_SEC, readWith } from './helpers';

describe('Playwright storageState reader', () => {
  it("reads cookies and every origin's localStorage, origins normalised", async () => {
    const result = await readWith(playwrightReader, fixtureInput('playwright-state.json', 'state.json'));
    expect(result.cookies).toEqual([
      {
        where: 'state.json cookie 1',
        cookie: cookie({
          name: 'pw_session',
          value: '1',
          domain: 'example.com',
          hostOnly: false,
          sameSite: 'lax',
        }),
      },
      {
        where: 'state.json cookie 2',
        cookie: cookie({
          name: 'pw_persistent',
          value: '2',
          domain: 'www.example.com',
          expires: 1893456000,
          httpOnly: true,
          secure: true,
          sameSite: 'none',
        }),
      },
      {
        where: 'state.json cookie 3',
        cookie: cookie({
          name: 'pw_part',
          value: '3',
          domain: 'widget.example.net',
          expires: 1893456000,
          secure: true,
          sameSite: 'none',
        }),
      },
    ]);
    expect(result.storage).toEqual([
      {
        where: 'state.json origin 1 entry 1',
        entry: { origin: 'https://example.com', name: 'consent', value: '{"ads":false,"stats":true}' },
      },
      {
        where: 'state.json origin 1 entry 2',
        entry: { origin: 'https://example.com', name: '__proto__', value: 'p' },
      },
      {
        where: 'state.json origin 2 entry 1',
        entry: { origin: 'http://localhost:3000', name: 'k', value: 'v' },
      },
    ]);
    expectNoPollution();
  });

  it('reports bad cookies, bad origins and bad entries one by one, and notes what it leaves behind', async () => {
    const result = await readWith(playwrightReader, fixtureInput('playwright-state.json', 'state.json'));
    expect(result.problems).toMatchObject([
      { where: 'state.json cookie 4', reason: "'httpOnly' must be true or false, found a string" },
      { where: 'state.json origin 1 entry 3', reason: "'value' must be a string, found a number" },
      { where: 'state.json origin 3', reason: "origin 'not a url' is not a URL" },
      { where: 'state.json origin 4', reason: "origin 'file:///tmp/state' is not an http or https origin" },
      {
        where: 'state.json origin 5',
        reason: "origin 'https://example.com/path' has more than a scheme, host and port",
      },
      { where: 'state.json origin 6', reason: "'origin' is missing" },
      { where: 'state.json origin 7', reason: 'expected an origin object, found a string' },
    ]);
    expect(result.notes).toMatchObject([
      {
        where: 'state.json cookie 3',
        reason: 'partition key https://news.example.org dropped: the jar keeps cookies unpartitioned',
      },
      {
        where: 'state.json origin 2',
        reason: expect.stringMatching(/^IndexedDB of http:\/\/localhost:3000 dropped/),
      },
    ]);
  });

  it('normalises origins the way browsers write them', () => {
    expect(normaliseOrigin('https://Example.COM:443')).toEqual({ origin: 'https://example.com' });
    expect(normaliseOrigin('http://example.com:80/')).toEqual({ origin: 'http://example.com' });
    expect(normaliseOrigin('http://127.0.0.1:8080')).toEqual({ origin: 'http://127.0.0.1:8080' });
    expect(normaliseOrigin('https://münchen.example')).toEqual({ origin: 'https://xn--mnchen-3ya.example' });
    expect(normaliseOrigin('https://user@example.com')).toHaveProperty('reason');
    expect(normaliseOrigin('https://example.com/?q=1')).toHaveProperty('reason');
  });
});

describe('Playwright storageState writer', () => {
  const data = {
    cookies: [
      cookie({ name: 'a', value: '1', domain: 'www.example.com', httpOnly: true }),
      cookie({
        name: 'b',
        value: '2',
        domain: 'example.com',
        hostOnly: false,
        expires: 1893456000,
        secure: true,
        sameSite: 'none' as const,
      }),
      cookie({
        name: 'c',
        value: '3',
        domain: 'example.com',
        path: '/x',
        expires: 99999999999999,
        sameSite: 'strict' as const,
      }),
    ],
    storage: [
      { origin: 'https://example.com', name: 'k1', value: 'v1' },
      { origin: 'http://localhost:3000', name: 'k2', value: 'v2' },
      { origin: 'https://example.com', name: 'k3', value: 'v3' },
    ],
  };

  it("writes cookies in Playwright's shape and localStorage grouped by origin", () => {
    const { content } = playwrightWriter.write(data, { nowSec: NOW_SEC });
    expect(JSON.parse(content)).toEqual({
      cookies: [
        {
          name: 'a',
          value: '1',
          domain: 'www.example.com',
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: 'Lax',
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
        {
          name: 'c',
          value: '3',
          domain: 'example.com',
          path: '/x',
          expires: PLAYWRIGHT_MAX_EXPIRES,
          httpOnly: false,
          secure: false,
          sameSite: 'Strict',
        },
      ],
      origins: [
        {
          origin: 'https://example.com',
          localStorage: [
            { name: 'k1', value: 'v1' },
            { name: 'k3', value: 'v3' },
          ],
        },
        { origin: 'http://localhost:3000', localStorage: [{ name: 'k2', value: 'v2' }] },
      ],
    });
  });

  it("says what it changed: unspecified SameSite written as Lax, an expiry past Playwright's limit clamped", () => {
    const { lost } = playwrightWriter.write(data, { nowSec: NOW_SEC });
    expect(lost).toMatchObject([
      {
        where: 'cookie "a" of www.example.com/',
        reason: 'SameSite unspecified written as Lax (Playwright needs a value)',
      },
      { where: 'cookie "c" of example.com/x', reason: expect.stringContaining('9999-12-31') },
    ]);
  });

  it('writes an empty state Playwright still accepts', () => {
    const { content, lost } = playwrightWriter.write({ cookies: [], storage: [] }, { nowSec: NOW_SEC });
    expect(JSON.parse(content)).toEqual({ cookies: [], origins: [] });
    expect(lost).toEqual([]);
  });
});
