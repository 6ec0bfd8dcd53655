import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CookieData } from '../../../shared/model';
import { parseExtensionJson, serializeExtensionJson } from '../../../electron/core/formats';

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

describe('parseExtensionJson', () => {
  it('reads a Cookie-Editor export', () => {
    const result = parseExtensionJson(fixture('cookie-editor.json'), 'export.json');
    expect(result.format).toBe('json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries).toEqual([
      // Float expirationDate rounded down; sameSite null = unspecified.
      {
        where: 'export.json entry 1',
        cookie: cookie({
          name: '_ga',
          value: 'GA1.2.3.4',
          domain: 'example.com',
          hostOnly: false,
          expires: 1767225600,
        }),
      },
      // session: true and no expirationDate.
      {
        where: 'export.json entry 2',
        cookie: cookie({
          name: 'sessionid',
          value: 'abc',
          domain: 'www.example.com',
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
        }),
      },
      {
        where: 'export.json entry 3',
        cookie: cookie({
          name: 'consent',
          value: 'yes',
          domain: 'example.com',
          hostOnly: false,
          secure: true,
          sameSite: 'none',
          expires: 1767225600,
        }),
      },
      // Domain lowercased; empty value kept.
      {
        where: 'export.json entry 4',
        cookie: cookie({
          name: 'strict',
          value: '',
          domain: 'shop.example.com',
          path: '/cart',
          sameSite: 'strict',
          expires: 1767225600,
        }),
      },
      // session: true wins over an expirationDate.
      {
        where: 'export.json entry 5',
        cookie: cookie({ name: 'both', value: 'session wins', domain: 'www.example.com' }),
      },
    ]);
  });

  it('reads EditThisCookie (id, storeId "0"); a leading dot makes a domain cookie whatever hostOnly says', () => {
    const result = parseExtensionJson(fixture('editthiscookie.json'), 'etc.json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries).toEqual([
      {
        where: 'etc.json entry 1',
        cookie: cookie({
          name: 'dotted',
          value: 'dot wins over hostOnly',
          domain: 'example.org',
          hostOnly: false,
          expires: 1767225600,
        }),
      },
      {
        where: 'etc.json entry 2',
        cookie: cookie({
          name: 'nodot',
          value: '{"json":"inside"}',
          domain: 'example.org',
          hostOnly: false,
          path: '/a b',
          httpOnly: true,
          secure: true,
          sameSite: 'none',
        }),
      },
    ]);
  });

  it('reads Get cookies.txt LOCALLY: None/LAX/Strict spellings, partitionKey, hostOnly derived from the dot', () => {
    const result = parseExtensionJson(fixture('get-cookies-txt.json'), 'local.json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries.map((e) => e.cookie)).toEqual([
      cookie({
        name: 'pw_none',
        value: '1',
        domain: 'example.com',
        hostOnly: false,
        secure: true,
        sameSite: 'none',
        expires: 1767225600,
      }),
      cookie({ name: 'pw_lax', value: '2', domain: 'app.example.com', sameSite: 'lax', expires: 1767225600 }),
      cookie({ name: 'pw_strict', value: '3', domain: 'app.example.com', sameSite: 'strict' }),
    ]);
  });

  it("reads the 'A Cookie Manager' wrapper", () => {
    const result = parseExtensionJson(fixture('a-cookie-manager.json'), 'acm.json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries).toEqual([
      {
        where: 'acm.json entry 1',
        cookie: cookie({
          name: 'cm_one',
          value: 'first',
          domain: 'example.com',
          hostOnly: false,
          secure: true,
          httpOnly: true,
          sameSite: 'none',
          expires: 1767225600,
        }),
      },
      {
        where: 'acm.json entry 2',
        cookie: cookie({ name: 'cm_two', value: 'second', domain: 'example.com', sameSite: 'lax' }),
      },
    ]);
  });

  it("reads Playwright's expires (-1 = session) when there is no expirationDate", () => {
    const result = parseExtensionJson(fixture('playwright-state.json'), 'state.json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries.map((e) => e.cookie)).toEqual([
      cookie({ name: 'pw_session', value: '1', domain: 'example.com', hostOnly: false, sameSite: 'lax' }),
      cookie({
        name: 'pw_persistent',
        value: '2',
        domain: 'example.com',
        httpOnly: true,
        secure: true,
        sameSite: 'none',
        expires: 1767225600,
      }),
    ]);
  });

  it('reports each bad entry by number with a precise reason, and keeps the good ones', () => {
    const result = parseExtensionJson(fixture('bad-entries.json'), 'bad.json');
    expect(result.entries.map((e) => [e.where, e.cookie.name])).toEqual([
      ['bad.json entry 1', 'good'],
      ['bad.json entry 9', 'good2'],
    ]);
    expect(result.problems).toMatchObject([
      { where: 'bad.json entry 2', reason: 'expected a cookie object, found a string' },
      { where: 'bad.json entry 3', reason: "'name' is missing" },
      {
        where: 'bad.json entry 4',
        reason: "'value' must be a string, found a number; 'secure' must be a boolean, found a string",
      },
      {
        where: 'bad.json entry 5',
        reason:
          "sameSite 'sometimes' is not one of no_restriction, lax, strict, unspecified (or None, Lax, Strict)",
      },
      { where: 'bad.json entry 6', reason: "'expirationDate' is negative" },
      { where: 'bad.json entry 7', reason: "domain is empty; path 'nope' does not start with '/'" },
      { where: 'bad.json entry 8', reason: 'expected a cookie object, found null' },
    ]);
  });

  it('reports invalid JSON once, with line and column', () => {
    const result = parseExtensionJson(fixture('invalid.json'), 'invalid.json');
    expect(result.entries).toEqual([]);
    expect(result.problems).toMatchObject([
      {
        where: 'invalid.json line 6 column 5',
        reason: "not valid JSON: unexpected '}'; expected a property name in double quotes",
      },
    ]);
  });

  it('reports JSON that is not a cookie list', () => {
    expect(parseExtensionJson('{"version": 1}', 'x.json').problems).toMatchObject([
      {
        where: 'x.json',
        reason:
          "expected a JSON array of cookies or an object with a 'cookies' array; found an object without a 'cookies' array",
      },
    ]);
    expect(parseExtensionJson('42', 'n.json').problems[0]?.reason).toMatch(/found a number$/);
  });

  it('strips a BOM', () => {
    const result = parseExtensionJson('\uFEFF[{"name":"a","value":"b","domain":"example.com"}]', 'bom.json');
    expect(result.problems).toMatchObject([]);
    expect(result.entries[0]?.cookie).toEqual(cookie({ name: 'a', value: 'b', domain: 'example.com' }));
  });
});

describe('serializeExtensionJson', () => {
  it('writes a Cookie-Editor-compatible array', () => {
    const text = serializeExtensionJson([
      cookie({
        name: 'a',
        value: '1',
        domain: 'example.com',
        hostOnly: false,
        expires: 1767225600,
        sameSite: 'none',
      }),
      cookie({ name: 'b', value: 'x\ty', domain: 'app.example.com', httpOnly: true, secure: true }),
      cookie({ name: 'c', value: '', domain: 'example.com', expires: 1767225600, sameSite: 'strict' }),
    ]);
    expect(text.endsWith(']\n')).toBe(true);
    const parsed: unknown = JSON.parse(text);
    expect(parsed).toEqual([
      {
        domain: '.example.com',
        expirationDate: 1767225600,
        hostOnly: false,
        httpOnly: false,
        name: 'a',
        path: '/',
        sameSite: 'no_restriction',
        secure: false,
        session: false,
        storeId: null,
        value: '1',
      },
      {
        domain: 'app.example.com',
        hostOnly: true,
        httpOnly: true,
        name: 'b',
        path: '/',
        sameSite: 'unspecified',
        secure: true,
        session: true,
        storeId: null,
        value: 'x\ty',
      },
      {
        domain: 'example.com',
        expirationDate: 1767225600,
        hostOnly: true,
        httpOnly: false,
        name: 'c',
        path: '/',
        sameSite: 'strict',
        secure: false,
        session: false,
        storeId: null,
        value: '',
      },
    ]);
    // Cookie-Editor's key order, expirationDate right after domain.
    expect(Object.keys((parsed as Record<string, unknown>[])[0] ?? {})).toEqual([
      'domain',
      'expirationDate',
      'hostOnly',
      'httpOnly',
      'name',
      'path',
      'sameSite',
      'secure',
      'session',
      'storeId',
      'value',
    ]);
  });
});
