import { describe, expect, it } from 'vitest';
import { seleniumReader, seleniumWriter } from '../../../../electron/core/formats/json/selenium';
import { cookie, expectNoPollution, fixtureInput, NOW_SEC, readWith } from './helpers';

describe('Selenium reader', () => {
  it('reads get_cookies(): integer expiry, absent (or 0) = session, floats floored', async () => {
    const result = await readWith(seleniumReader, fixtureInput('selenium-cookies.json', 'sel.json'));
    expect(result.cookies).toEqual([
      {
        where: 'sel.json entry 1',
        cookie: cookie({
          name: '_ga',
          value: 'GA1.2.3.4',
          domain: 'example.com',
          hostOnly: false,
          expires: 1893456000,
          sameSite: 'lax',
        }),
      },
      {
        where: 'sel.json entry 2',
        cookie: cookie({
          name: 'sessionid',
          value: 'abc',
          domain: 'www.example.com',
          path: '/app',
          httpOnly: true,
          secure: true,
          sameSite: 'strict',
        }),
      },
      {
        where: 'sel.json entry 3',
        cookie: cookie({ name: 'float', value: 'f', domain: 'example.com', expires: 1893456000 }),
      },
      { where: 'sel.json entry 4', cookie: cookie({ name: 'zero', value: 'z', domain: 'example.com' }) },
      { where: 'sel.json entry 9', cookie: cookie({ name: '__proto__', value: 'p', domain: 'example.com' }) },
    ]);
    expect(result.notes).toMatchObject([]);
    expectNoPollution();
  });

  it('gives one problem per bad entry', async () => {
    const result = await readWith(seleniumReader, fixtureInput('selenium-cookies.json', 'sel.json'));
    expect(result.problems).toMatchObject([
      { where: 'sel.json entry 5', reason: "'expiry' must be a number, found a string" },
      { where: 'sel.json entry 6', reason: "'expiry' is negative" },
      { where: 'sel.json entry 7', reason: "'secure' must be true or false, found a string" },
      { where: 'sel.json entry 8', reason: 'domain is empty' },
    ]);
  });

  it('reads a list of session cookies only (no expiry field anywhere)', async () => {
    const result = await readWith(seleniumReader, fixtureInput('selenium-session-only.json', 's.json'));
    expect(result.problems).toMatchObject([]);
    expect(result.cookies.map((e) => e.cookie)).toEqual([
      cookie({ name: 'a', value: '1', domain: 'example.com', sameSite: 'lax' }),
      cookie({ name: 'b', value: '2', domain: 'example.com', hostOnly: false, httpOnly: true, secure: true }),
    ]);
  });
});

describe('Selenium writer', () => {
  it('writes add_cookie() objects: integer expiry or none, dot iff not host-only, SameSite capitalised', () => {
    const { content, lost } = seleniumWriter.write(
      {
        cookies: [
          cookie({
            name: 'a',
            value: '1',
            domain: 'www.example.com',
            expires: 1893456000.75,
            sameSite: 'lax',
          }),
          cookie({
            name: 'b',
            value: '2',
            domain: 'example.com',
            hostOnly: false,
            httpOnly: true,
            secure: true,
          }),
        ],
        storage: [
          { origin: 'https://example.com', name: 'k1', value: 'v' },
          { origin: 'https://example.com', name: 'k2', value: 'v' },
        ],
      },
      { nowSec: NOW_SEC },
    );
    expect(JSON.parse(content)).toEqual([
      {
        name: 'a',
        value: '1',
        domain: 'www.example.com',
        path: '/',
        expiry: 1893456000,
        httpOnly: false,
        secure: false,
        sameSite: 'Lax',
      },
      { name: 'b', value: '2', domain: '.example.com', path: '/', httpOnly: true, secure: true },
    ]);
    expect(Number.isInteger((JSON.parse(content) as { expiry: number }[])[0]?.expiry)).toBe(true);
    expect(lost.map((p) => p.where)).toEqual([
      'localStorage "k1" of https://example.com',
      'localStorage "k2" of https://example.com',
    ]);
  });
});
