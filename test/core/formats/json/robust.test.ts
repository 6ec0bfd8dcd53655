// Hostile and broken input: every reader ends in a result (problems, never an exception) and nothing
// reaches Object.prototype.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonReaders } from '../../../../electron/core/formats/json';
import type { ReadResult } from '../../../../electron/core/formats/plugin';
import { expectNoPollution, fixtureBytes, NOW_MS, textInput } from './helpers';
import { makeInput } from '../../../../electron/core/formats/input';

const FIXTURES: [string, string][] = [
  ['puppeteer-cookies.json', 'cdp'],
  ['selenium-cookies.json', 'selenium'],
  ['cookie-quick-manager.json', 'cookie-quick-manager'],
  ['playwright-state.json', 'playwright'],
  ['firefox.har', 'har'],
];

function expectResult(result: ReadResult): void {
  for (const list of [result.cookies, result.storage, result.problems, result.notes])
    expect(Array.isArray(list)).toBe(true);
}

describe('robustness', () => {
  it.each(FIXTURES)('%s truncated at every offset is read by %s without throwing', async (name, id) => {
    const reader = jsonReaders.find((r) => r.id === id);
    const bytes = fixtureBytes(name);
    for (let end = 0; end < bytes.length; end++) {
      const result = await reader!.read(makeInput(name, bytes.subarray(0, end)), {
        nowMs: NOW_MS,
        harRequestCookies: true,
      });
      expectResult(result);
      // A cut file is not JSON: one problem saying where, nothing imported.
      if (end < bytes.length - 2) expect(result.cookies.length + result.storage.length).toBe(0);
    }
  });

  it('reads arbitrary JSON in every shape without throwing', async () => {
    // Leaves a cookie field might hold, right or wrong, and some small JSON of any kind.
    const anyJson = fc.oneof(
      fc.constantFrom(
        '',
        '.',
        '..x',
        '.Example.COM',
        'https://.a.com/',
        '0',
        '-1',
        'true',
        'Lax',
        'no_restriction',
        'At the end of the session',
      ),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const few = { maxLength: 6 };
    const cookieish = fc.dictionary(
      fc.constantFrom(
        'name',
        'value',
        'domain',
        'path',
        'expires',
        'expiry',
        'sameSite',
        'partitionKey',
        'priority',
        '__proto__',
        'Name raw',
        'Host raw',
        'Expires raw',
        'Send for raw',
      ),
      anyJson,
    );
    const shapes = fc.oneof(
      fc.array(cookieish, few),
      fc.record({
        cookies: fc.array(cookieish, few),
        origins: fc.array(
          fc.oneof(anyJson, fc.record({ origin: anyJson, localStorage: fc.array(anyJson, few) })),
          few,
        ),
      }),
      fc.record({
        log: fc.record({
          entries: fc.array(
            fc.record({
              request: fc.oneof(
                anyJson,
                fc.record({
                  url: fc.oneof(
                    fc.constantFrom(
                      'https://www.example.com/a/b',
                      'http://127.0.0.1:8080/',
                      'http://[::1]/x',
                      'ws://a.example',
                      'ftp://x/',
                      'https://',
                      'not a url',
                    ),
                    anyJson,
                  ),
                  cookies: fc.array(cookieish, few),
                }),
              ),
              response: fc.record({
                headers: fc.array(
                  fc.oneof(
                    anyJson,
                    fc.record({
                      name: fc.constantFrom('Set-Cookie', 'set-cookie', 'x'),
                      value: fc.oneof(
                        fc.constantFrom('a=1; Domain=.x.com', 'b=2; Max-Age=-1', 'c="q"\nd=4; Path=rel'),
                        fc.string(),
                        anyJson,
                      ),
                    }),
                  ),
                  few,
                ),
                cookies: fc.array(cookieish, few),
              }),
            }),
            few,
          ),
        }),
      }),
      anyJson,
    );
    await fc.assert(
      fc.asyncProperty(shapes, async (value) => {
        const input = textInput('fuzz.json', JSON.stringify(value));
        for (const reader of jsonReaders) {
          reader.sniff(input);
          expectResult(await reader.read(input, { nowMs: NOW_MS, harRequestCookies: true }));
        }
      }),
      { numRuns: 100 },
    );
    expectNoPollution();
  });

  it('takes huge numbers and odd Set-Cookie lines in its stride', async () => {
    const har = {
      log: {
        entries: [
          {
            request: { url: 'https://example.com/' },
            response: {
              headers: [
                {
                  name: 'Set-Cookie',
                  value: `a=1; Max-Age=${'9'.repeat(400)}\nb=2; Expires=${'x'.repeat(5000)}\n\u0000=\u0000\n;;;;\n=`,
                },
              ],
            },
          },
        ],
      },
    };
    const result = await jsonReaders
      .find((r) => r.id === 'har')!
      .read(textInput('odd.har', JSON.stringify(har)), { nowMs: NOW_MS });
    expect(result.cookies.map((e) => [e.cookie.name, e.cookie.expires])).toEqual([
      ['a', 253402300799],
      ['b', null],
    ]);
    // A Domain that is no host name at all (tough-cookie's URL parser would throw on it) is a problem.
    const nul = await jsonReaders
      .find((r) => r.id === 'har')!
      .read(
        textInput(
          'nul.har',
          JSON.stringify({
            log: {
              entries: [
                {
                  request: { url: 'http://a.example/' },
                  response: { cookies: [{ name: 'n', value: '', domain: '\u0000' }] },
                },
              ],
            },
          }),
        ),
        { nowMs: NOW_MS },
      );
    expect(nul.problems).toMatchObject([
      { where: 'nul.har entry 1 response cookie 1', reason: expect.stringContaining('is not a host name') },
    ]);
    const cdp = await jsonReaders
      .find((r) => r.id === 'cdp')!
      .read(textInput('big.json', '[{"name":"a","value":"","domain":"x.com","expires":1e300}]'), {
        nowMs: NOW_MS,
      });
    expect(cdp.problems).toMatchObject([{ where: 'big.json entry 1', reason: "'expires' is too large" }]);
  });
});
