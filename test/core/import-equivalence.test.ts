// The import decides once per domain through tough-cookie and applies the prefix rules per cookie. This
// property test holds it to tough-cookie's own verdict, cookie by cookie, on random input that mixes
// public suffixes, IPs, special-use names, prefixes and host-only/domain cookies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cookie, CookieJar, MemoryCookieStore } from 'tough-cookie';
import { openCore, type Core } from '../../electron/core';
import { JAR_RULES } from '../../electron/core/jar/rules';
import { originUrl } from '../../electron/core/jar/validate';
import type { CookieData } from '../../shared/model';
import { tempDir } from '../helpers/temp';

let core: Core;
let cleanup: () => void;
beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  core = await openCore({ dataDir: t.dir });
});
afterAll(async () => {
  await core.close();
  cleanup();
});

const domains = [
  'example.com',
  'www.example.com',
  'com',
  'co.uk',
  'shop.co.uk',
  'github.io',
  'me.github.io',
  'localhost',
  'app.test',
  'foo.local',
  'example',
  '127.0.0.1',
  '999.1.1.1',
  '::1',
  'dashboard.paris',
  'paris',
  'a_b.example.org',
  'xn--bcher-kva.example',
  'bücher.example',
  'sub.blogspot.com',
];
const names = ['sid', '__Secure-id', '__Host-id', '__host-x', 'theme'];
const cookieArb: fc.Arbitrary<CookieData> = fc.record({
  name: fc.constantFrom(...names),
  value: fc.constantFrom('1', 'abc', ''),
  domain: fc.constantFrom(...domains),
  hostOnly: fc.boolean(),
  path: fc.constantFrom('/', '/a', '/a/b'),
  expires: fc.constant(null),
  httpOnly: fc.boolean(),
  secure: fc.boolean(),
  sameSite: fc.constantFrom(null, 'lax' as const, 'strict' as const, 'none' as const),
});

function referenceVerdict(c: CookieData): boolean {
  const jar = new CookieJar(new MemoryCookieStore(), JAR_RULES);
  const tough = new Cookie({
    key: c.name,
    value: c.value,
    domain: c.hostOnly ? null : c.domain,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    ...(c.sameSite ? { sameSite: c.sameSite } : {}),
  });
  try {
    return jar.setCookieSync(tough, originUrl(c), { ignoreError: false, http: true }) !== undefined;
  } catch {
    return false;
  }
}

describe('import verdicts', () => {
  it('accept and reject exactly the cookies tough-cookie setCookie accepts and rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cookieArb, { minLength: 1, maxLength: 12 }), async (cookies) => {
        const json = JSON.stringify(
          cookies.map((c) => ({
            name: c.name,
            value: c.value,
            domain: c.hostOnly ? c.domain : `.${c.domain}`,
            hostOnly: c.hostOnly,
            path: c.path,
            secure: c.secure,
            httpOnly: c.httpOnly,
            session: true,
            sameSite:
              c.sameSite === null ? 'unspecified' : c.sameSite === 'none' ? 'no_restriction' : c.sameSite,
          })),
        );
        const report = await core.client['import.run']({
          files: [{ name: 'p.json', content: json }],
          dryRun: true,
        });
        const rejectedEntries = new Set(report.rejected.map((r) => Number(/entry (\d+)/.exec(r.where)?.[1])));
        cookies.forEach((c, i) => {
          expect(!rejectedEntries.has(i + 1), `${JSON.stringify(c)}`).toBe(referenceVerdict(c));
        });
      }),
      { numRuns: 300 },
    );
  });
});
