import { describe, expect, it } from 'vitest';
import { cookieQuickManagerReader } from '../../../../electron/core/formats/json/cookie-quick-manager';
import { cookie, expectNoPollution, fixtureInput, readWith } from './helpers';

describe('Cookie Quick Manager reader', () => {
  it('reads the string-valued "raw" keys: Host raw dot = domain cookie, "0" or "At the end of the session" = session', async () => {
    const result = await readWith(
      cookieQuickManagerReader,
      fixtureInput('cookie-quick-manager.json', 'cqm.json'),
    );
    expect(result.cookies).toEqual([
      {
        where: 'cqm.json entry 1',
        cookie: cookie({
          name: '_ga',
          value: 'GA1.2.3.4',
          domain: 'example.com',
          hostOnly: false,
          expires: 1893456000,
          secure: true,
          sameSite: 'none',
        }),
      },
      {
        where: 'cqm.json entry 2',
        cookie: cookie({
          name: 'sessionid',
          value: 'abc def',
          domain: 'www.example.com',
          path: '/account/',
          httpOnly: true,
          sameSite: 'lax',
        }),
      },
      {
        where: 'cqm.json entry 3',
        cookie: cookie({
          name: 'fpi',
          value: '1',
          domain: 'tor.example',
          hostOnly: false,
          secure: true,
          sameSite: 'strict',
        }),
      },
      // No "Path raw": the path is the one in "Host raw".
      {
        where: 'cqm.json entry 4',
        cookie: cookie({
          name: 'nopath',
          value: 'n',
          domain: 'legacy.example.com',
          path: '/shop/cart',
          expires: 1893456000,
        }),
      },
      {
        where: 'cqm.json entry 8',
        cookie: cookie({ name: '__proto__', value: 'p', domain: 'example.com', secure: true }),
      },
    ]);
    expectNoPollution();
  });

  it('notes a container store and a first-party domain, which the jar cannot keep', async () => {
    const result = await readWith(
      cookieQuickManagerReader,
      fixtureInput('cookie-quick-manager.json', 'cqm.json'),
    );
    expect(result.notes).toMatchObject([
      {
        where: 'cqm.json entry 2',
        reason: expect.stringMatching(/^Firefox cookie store firefox-container-2 dropped/),
      },
      {
        where: 'cqm.json entry 3',
        reason: expect.stringMatching(/^first-party domain tor\.example dropped/),
      },
    ]);
  });

  it('gives one problem per bad entry with every reason', async () => {
    const result = await readWith(
      cookieQuickManagerReader,
      fixtureInput('cookie-quick-manager.json', 'cqm.json'),
    );
    expect(result.problems).toMatchObject([
      { where: 'cqm.json entry 5', reason: "'Expires raw' 'next week' is not Unix seconds" },
      {
        where: 'cqm.json entry 6',
        reason: `'Send for raw' must be "true" or "false", found a number; 'HTTP only raw' must be "true" or "false", found 'maybe'`,
      },
      { where: 'cqm.json entry 7', reason: "'Name raw' is missing" },
    ]);
  });
});
