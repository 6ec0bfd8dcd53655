// The jar's store keeps its index in Maps for speed; what tough-cookie asks of it must be answered exactly
// as tough-cookie's own MemoryCookieStore answers. This property test runs the same random sequence of
// setCookie / removeCookie / removeAllCookies through a CookieJar over each store and compares every answer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cookie, CookieJar, MemoryCookieStore, type Store } from 'tough-cookie';
import { ObservedStore } from '../../electron/core/jar/observed-store';
import { JAR_RULES } from '../../electron/core/jar/rules';

const hosts = ['example.com', 'www.example.com', 'a.b.example.com', 'other.org', 'localhost', 'shop.co.uk'];
const paths = ['/', '/a', '/a/b', '/ab', '/b/'];
const names = ['id', 'ID', 'sess', '__Secure-x', 'lang'];

const setOp = fc.record({
  kind: fc.constant('set' as const),
  host: fc.constantFrom(...hosts),
  path: fc.constantFrom(...paths),
  name: fc.constantFrom(...names),
  value: fc.string({ maxLength: 6 }).filter((v) => !/[;\s\\"]/.test(v)),
  domainAttr: fc.boolean(),
  maxAge: fc.constantFrom(null, 3600, 0, -1),
  secure: fc.boolean(),
});
const removeOp = fc.record({
  kind: fc.constant('remove' as const),
  host: fc.constantFrom(...hosts),
  path: fc.constantFrom(...paths, null),
  name: fc.constantFrom(...names, null),
});
const clearOp = fc.record({ kind: fc.constant('clear' as const) });
const op = fc.oneof({ arbitrary: setOp, weight: 6 }, { arbitrary: removeOp, weight: 2 }, clearOp);
type Op = typeof setOp | typeof removeOp | typeof clearOp extends fc.Arbitrary<infer T> ? T : never;

function apply(jar: CookieJar, store: Store, o: Op): string {
  try {
    if (o.kind === 'set') {
      const attrs = [`${o.name}=${o.value}`, `Path=${o.path}`];
      if (o.domainAttr) attrs.push(`Domain=${o.host}`);
      if (o.maxAge !== null) attrs.push(`Max-Age=${o.maxAge}`);
      if (o.secure) attrs.push('Secure');
      const set = jar.setCookieSync(attrs.join('; '), `https://${o.host}${o.path}`, { ignoreError: false });
      return set ? `set ${set.domain} ${set.path} ${set.key}` : 'none';
    }
    if (o.kind === 'remove') {
      if (o.name !== null && o.path !== null) store.removeCookie(o.host, o.path, o.name, () => {});
      else store.removeCookies(o.host, o.path, () => {});
      return 'removed';
    }
    jar.removeAllCookiesSync();
    return 'cleared';
  } catch (err) {
    return `error ${(err as Error).message}`;
  }
}

const view = (c: Cookie) => `${c.domain}|${c.path}|${c.key}=${c.value}|${c.hostOnly}|${c.secure}`;

describe('ObservedStore', () => {
  it('answers tough-cookie exactly as MemoryCookieStore does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const memory = new MemoryCookieStore();
        let changes = 0;
        const observed = new ObservedStore(() => changes++);
        const a = new CookieJar(memory, JAR_RULES);
        const b = new CookieJar(observed, JAR_RULES);
        let changed = false;
        for (const o of ops) {
          const answer = apply(b, observed, o);
          expect(answer).toBe(apply(a, memory, o));
          if (/^(set |removed|cleared)/.test(answer)) changed = true;
        }
        // The same cookies for every URL, in RFC 6265's order (longest path, then oldest) as the header
        // writer asks for them. Unsorted, the Store contract leaves the order to the store: MemoryCookieStore
        // keeps emptied path objects where they were, this store drops emptied maps, so a path emptied and
        // filled again comes back last — compared as sets.
        const sorted = (s: string[]) => [...s].sort();
        for (const host of hosts) {
          for (const path of paths) {
            const url = `https://${host}${path}`;
            expect(b.getCookiesSync(url, { sort: true }).map(view)).toEqual(
              a.getCookiesSync(url, { sort: true }).map(view),
            );
            expect(sorted(b.getCookiesSync(url).map(view))).toEqual(sorted(a.getCookiesSync(url).map(view)));
            expect(sorted(b.getCookiesSync(url, { expire: false }).map(view))).toEqual(
              sorted(a.getCookiesSync(url, { expire: false }).map(view)),
            );
          }
        }
        expect(b.serializeSync()?.cookies.map((c) => `${c.domain}${c.path}${c.key}`)).toEqual(
          a.serializeSync()?.cookies.map((c) => `${c.domain}${c.path}${c.key}`),
        );
        // The owner hears of every change (to schedule a save).
        expect(changes > 0).toBe(changed);
      }),
      { numRuns: 300 },
    );
  });

  it('lists unexpired cookies and each domain with its cookies, and drops emptied domains', () => {
    const store = new ObservedStore(() => {});
    const now = Date.now();
    const live = new Cookie({
      key: 'a',
      value: '1',
      domain: 'x.com',
      path: '/',
      expires: new Date(now + 60_000),
    });
    const gone = new Cookie({
      key: 'b',
      value: '2',
      domain: 'x.com',
      path: '/p',
      expires: new Date(now - 1),
    });
    const session = new Cookie({ key: 'c', value: '3', domain: 'y.com', path: '/' });
    for (const c of [live, gone, session]) store.putQuietly(c);
    expect(store.unexpired(now).map((c) => c.key)).toEqual(['a', 'c']);
    expect([...store.domains()].map(([d, cs]) => [d, [...cs].map((c) => c.key)])).toEqual([
      ['x.com', ['a', 'b']],
      ['y.com', ['c']],
    ]);
    store.removeCookie('y.com', '/', 'c', () => {});
    expect([...store.domains()].map(([d]) => d)).toEqual(['x.com']);
    expect(store.get('x.com', '/p', 'b')).toBe(gone);
  });
});
