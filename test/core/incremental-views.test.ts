// Views kept up to date change by change — the Jar view's rows (electron/core/jar/query.ts) and the sites
// list's findings per site (electron/core/sites.ts): after any sequence of changes — puts, replacements,
// removals, tough-cookie's own setCookie, a whole domain removed, expired cookies, names that differ only by
// case, localStorage put and removed, a policy edited, the profile's refusals changed — every query and the
// sites list must answer exactly what views made from scratch over the same jar answer. A real jar, real
// tough-cookie, real policy services in a temp directory.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { Cookie } from 'tough-cookie';
import { Jar } from '../../electron/core/jar/jar';
import { JarQueries } from '../../electron/core/jar/query';
import { PolicyServices } from '../../electron/core/policy/service';
import { SiteList } from '../../electron/core/sites';
import type { Category } from '../../shared/model';
import { tempDir } from '../helpers/temp';
import type { JarQuery } from '../../shared/contract-jar';

const domains = ['news.example', 'www.news.example', 'shop.test', 'shop.example.co.uk', 'paris.fr'];
const names = ['_ga', '_ga_X1', 'SID', 'sid', 'c9', 'c10', 'c010', 'cart', 'café', 'Cafe', '_fbp'];
const paths = ['/', '/p'];
const NOW = Date.now();

const cookieArb = fc.record({
  domain: fc.constantFrom(...domains),
  name: fc.constantFrom(...names),
  path: fc.constantFrom(...paths),
  value: fc.string({ maxLength: 8 }),
  // Negative: already expired; null: a session cookie.
  days: fc.constantFrom(null, -1, 1, 30, 400),
  httpOnly: fc.boolean(),
  secure: fc.boolean(),
});
type CookieSpec = typeof cookieArb extends fc.Arbitrary<infer T> ? T : never;

const op = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      cookies: fc.array(cookieArb, { maxLength: 4 }),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('remove' as const),
      picks: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('setCookie' as const), cookie: cookieArb }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('dropDomain' as const), domain: fc.constantFrom(...domains) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('policy' as const), name: fc.constantFrom(...names) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('storage' as const),
      domain: fc.constantFrom(...domains),
      name: fc.constantFrom('consent', '_ga_store', 'theme'),
      remove: fc.boolean(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('refuse' as const),
      categories: fc.subarray(['statistics', 'marketing', 'preferences'] as Category[]),
    }),
    weight: 1,
  },
  // Query in between (or not): orders made early are the ones kept through later changes.
  {
    arbitrary: fc.record({ kind: fc.constant('look' as const), sort: fc.constantFrom(...SORTS()) }),
    weight: 2,
  },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function SORTS() {
  return ['site', 'name', 'domain', 'expires', 'size', 'category'] as const;
}

function toughCookie(s: CookieSpec): Cookie {
  return new Cookie({
    key: s.name,
    value: s.value,
    domain: s.domain,
    path: s.path,
    expires: s.days === null ? 'Infinity' : new Date(NOW + s.days * 86_400_000),
    httpOnly: s.httpOnly,
    secure: s.secure,
    hostOnly: false,
    creation: new Date(NOW - 1000),
  });
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** The profile's refusals on shop.test, changed by 'refuse' steps (the sites list counts refused cookies). */
let refused: Category[] = [];
const refusedFor = (site: string) => (site === 'shop.test' ? refused : []);
const profileKey = () => refused.join();
const sitesOf = (jar: Jar, policies: PolicyServices) =>
  new SiteList(jar, policies, new JarQueries(jar, policies), refusedFor, profileKey);

function openJar(): { jar: Jar; policies: PolicyServices } {
  refused = [];
  const t = tempDir('crumbs-incremental-');
  const jar = Jar.open({ dataDir: t.dir, key: randomBytes(32), readOnly: false, saveDelayMs: 60_000 });
  const policies = new PolicyServices(t.dir, false, () => {});
  cleanups.push(() => {
    jar.close();
    t.cleanup();
  });
  return { jar, policies };
}

async function run(jar: Jar, policies: PolicyServices, queries: JarQueries, o: Op): Promise<void> {
  switch (o.kind) {
    case 'put':
      return jar.put(o.cookies.map(toughCookie));
    case 'remove': {
      const all = jar.live(NOW);
      const picked = o.picks.filter(() => all.length > 0).map((i) => all[i % all.length]!);
      return jar.remove([...new Set(picked)]);
    }
    case 'setCookie': {
      const s = o.cookie;
      const attrs = [
        `${s.name}=${s.value.replace(/[;\s"\\,]/g, '')}`,
        `Path=${s.path}`,
        `Domain=${s.domain}`,
      ];
      if (s.days !== null) attrs.push(`Max-Age=${s.days * 86_400}`);
      if (s.secure) attrs.push('Secure');
      if (s.httpOnly) attrs.push('HttpOnly');
      await jar.tough.setCookie(attrs.join('; '), `https://${s.domain}${s.path}`, { ignoreError: true });
      return;
    }
    case 'dropDomain':
      await jar.store.removeCookies(o.domain, null);
      return;
    case 'policy': {
      // Declares one name as marketing on every site: categories move, and with them the category order.
      for (const site of ['news.example', 'shop.test', 'paris.fr']) {
        await policies.store.put({
          site,
          publisher: 'Test',
          language: 'en',
          intro: '',
          sections: [],
          source: { kind: 'edited', label: 'test', at: new Date(NOW).toISOString(), url: null, file: null },
          entries: [
            {
              supplier: 'Test',
              name: o.name,
              match: 'exact',
              type: 'cookie',
              duration: { raw: '1 day', kind: 'fixed', seconds: 86_400, condition: null },
              function: '',
              category: 'marketing',
            },
          ],
        });
      }
      return;
    }
    case 'storage': {
      const entry = { origin: `https://${o.domain}`, name: o.name };
      if (o.remove) jar.removeStorage([entry]);
      else jar.putStorage([{ ...entry, value: 'v' }]);
      return;
    }
    case 'refuse':
      refused = o.categories;
      return;
    case 'look':
      await queries.query({ text: '', sort: o.sort, descending: false, offset: 0, limit: 5 });
  }
}

function queriesToCompare(): (Required<Pick<JarQuery, 'text' | 'sort' | 'descending' | 'offset' | 'limit'>> &
  JarQuery)[] {
  const out = [];
  for (const sort of SORTS())
    for (const descending of [false, true]) out.push({ text: '', sort, descending, offset: 0, limit: 1000 });
  out.push({ text: 'sid', sort: 'name' as const, descending: false, offset: 1, limit: 3 });
  out.push({ text: '', sort: 'site' as const, descending: false, offset: 0, limit: 1000, site: 'shop.test' });
  return out;
}

describe('views kept up to date change by change', () => {
  it('answer every query and list the sites exactly as views built from scratch, after any changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const { jar, policies } = openJar();
        // `kept` is compared in every order after every step, so it keeps all six orders up to date;
        // `lazy` is only looked at by the sequence's own 'look' steps and compared once at the end, so it
        // also makes orders from rows that went through changes.
        const kept = new JarQueries(jar, policies);
        const lazy = new JarQueries(jar, policies);
        const sites = sitesOf(jar, policies);
        const same = async (queries: JarQueries) => {
          const fresh = new JarQueries(jar, policies);
          for (const q of queriesToCompare()) {
            const a = await queries.query(q, NOW);
            const b = await fresh.query(q, NOW);
            expect({ ...a, revision: '' }).toEqual({ ...b, revision: '' });
          }
          const identity = (v: { domain: string; path: string; name: string }) =>
            `${v.domain} ${v.path} ${v.name}`;
          const views = async (q: JarQueries) => (await q.views(NOW)).map(identity).sort();
          expect(await views(queries)).toEqual(await views(fresh));
        };
        for (const o of ops) {
          await run(jar, policies, lazy, o);
          await same(kept);
          expect(await sites.list()).toEqual(await sitesOf(jar, policies).list());
        }
        await same(lazy);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('applies a small change to the prepared rows instead of building them again', async () => {
    const { jar, policies } = openJar();
    await jar.put(
      Array.from({ length: 50 }, (_, i) =>
        toughCookie({
          domain: 'news.example',
          name: `c${i}`,
          path: '/',
          value: 'v',
          days: 30,
          httpOnly: false,
          secure: true,
        }),
      ),
    );
    const queries = new JarQueries(jar, policies);
    const q = { text: '', sort: 'name' as const, descending: false, offset: 0, limit: 100 };
    const before = await queries.query(q, NOW);
    const untouched = before.rows.find((r) => r.name === 'c7')!;
    const gone = jar.live(NOW).find((c) => c.key === 'c3')!;
    await jar.remove([gone]);
    await jar.put([
      toughCookie({
        domain: 'paris.fr',
        name: 'c35a',
        path: '/',
        value: 'v',
        days: 1,
        httpOnly: false,
        secure: false,
      }),
    ]);
    const after = await queries.query(q, NOW);
    expect(after.size).toBe(50);
    expect(after.rows.map((r) => r.name)).not.toContain('c3');
    expect(after.rows.map((r) => r.name).indexOf('c35a')).toBe(
      after.rows.map((r) => r.name).indexOf('c35') + 1,
    );
    // The same view object: the untouched row was not built again.
    expect(after.rows.find((r) => r.name === 'c7')).toBe(untouched);
    // A whole domain at once: built anew (every view is a new object).
    await jar.store.removeCookies('paris.fr', null);
    const rebuilt = await queries.query(q, NOW);
    expect(rebuilt.size).toBe(49);
    expect(rebuilt.rows.find((r) => r.name === 'c7')).not.toBe(untouched);
  });

  it('leaves out rows whose cookie expired since they were made, without a change of the jar', async () => {
    const { jar, policies } = openJar();
    const soon = toughCookie({
      domain: 'shop.test',
      name: 'soon',
      path: '/',
      value: 'v',
      days: 1,
      httpOnly: false,
      secure: false,
    });
    await jar.put([
      soon,
      toughCookie({
        domain: 'shop.test',
        name: 'later',
        path: '/',
        value: 'v',
        days: 30,
        httpOnly: false,
        secure: false,
      }),
    ]);
    const queries = new JarQueries(jar, policies);
    const q = { text: '', sort: 'expires' as const, descending: false, offset: 0, limit: 10 };
    expect((await queries.query(q, NOW)).rows.map((r) => r.name)).toEqual(['soon', 'later']);
    const twoDaysOn = NOW + 2 * 86_400_000;
    const page = await queries.query(q, twoDaysOn);
    expect(page.rows.map((r) => r.name)).toEqual(['later']);
    expect(page.size).toBe(1);
    expect((await queries.views(twoDaysOn)).map((v) => v.name)).toEqual(['later']);
  });
});

describe('the sites list after a change', () => {
  it('counts again only what changed: a refusal of the profile, a cookie of one site', async () => {
    const { jar, policies } = openJar();
    const spec = { path: '/', value: 'v', days: 400 as const, httpOnly: false, secure: true };
    await jar.put([
      toughCookie({ ...spec, domain: 'shop.test', name: '_ga' }),
      toughCookie({ ...spec, domain: 'paris.fr', name: '_fbp' }),
    ]);
    const sites = sitesOf(jar, policies);
    const findingsOf = async (site: string) => {
      const list = await sites.list();
      const found = list.find((s) => s.site === site);
      if (!found) throw new Error(`no ${site} in ${list.map((s) => s.site).join()}`);
      return found.findings;
    };
    const before = await findingsOf('shop.test');
    refused = ['statistics'];
    const after = await findingsOf('shop.test');
    // The stored _ga is now refused by the profile: one more finding than before.
    expect(Object.values(after).reduce((a, b) => a + b)).toBe(
      Object.values(before).reduce((a, b) => a + b) + 1,
    );
    await jar.remove(jar.live(NOW).filter((c) => c.key === '_ga'));
    // Its only cookie gone, the site (no policy) leaves the list.
    expect((await sites.list()).map((s) => s.site)).not.toContain('shop.test');
    expect(await findingsOf('paris.fr')).toEqual(
      (await sitesOf(jar, policies).list()).find((s) => s.site === 'paris.fr')!.findings,
    );
  });
});
