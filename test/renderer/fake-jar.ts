// The fake client's Jar-view methods: the fake's cookies filtered, sorted and cut into a window, the way
// electron/core/jar/query.ts does it (same filters, same session-last expiry order).
import type { Client, Input, Method } from '../../shared/contract';
import type { CookieView, SitePolicy, Cookie, StorageEntry } from '../../shared/model';
import { fakeClassify } from './fake-policy';

type Record = <M extends Method>(method: M, input: Input<M>) => Promise<void>;
export type JarMethods = Pick<Client, 'jar.query' | 'jar.storage' | 'cookies.save'>;

export interface FakeJarState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
}

const siteOfOrigin = (origin: string) => new URL(origin).hostname.split('.').slice(-2).join('.');

export function fakeJarMethods(state: FakeJarState, record: Record): JarMethods {
  let revision = 0;
  return {
    'jar.query': async (input) => {
      await record('jar.query', input);
      revision++;
      const views: CookieView[] = state.cookies.map(({ value, ...c }) => ({
        ...c,
        valueLength: value.length,
        classification: fakeClassify(state.policies, c.site, { name: c.name, type: 'cookie' }),
      }));
      const words = (input.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matched = views.filter((v) => {
        if (input.site && v.site !== input.site) return false;
        if (input.categories && !input.categories.includes(v.classification.category)) return false;
        if (input.httpOnly !== undefined && v.httpOnly !== input.httpOnly) return false;
        if (input.secure !== undefined && v.secure !== input.secure) return false;
        if (input.session !== undefined && (v.expires === null) !== input.session) return false;
        if (input.sameSite && !input.sameSite.includes(v.sameSite ?? 'unset')) return false;
        const hay = `${v.name} ${v.domain} ${v.site}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
      const sort = input.sort ?? 'site';
      const key = (v: CookieView): string | number =>
        sort === 'expires'
          ? (v.expires ?? Infinity)
          : sort === 'size'
            ? v.name.length + v.valueLength
            : sort === 'category'
              ? v.classification.category
              : v[sort];
      matched.sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
      });
      if (input.descending) matched.reverse();
      const offset = input.offset ?? 0;
      return {
        total: matched.length,
        size: views.length,
        offset,
        rows: matched.slice(offset, offset + (input.limit ?? 200)),
        revision: String(revision),
      };
    },
    'cookies.save': async (input) => {
      await record('cookies.save', input);
      const { original, cookie } = input;
      const site = cookie.domain.split('.').slice(-2).join('.');
      const saved: Cookie = { ...cookie, site, creation: Math.floor(Date.now() / 1000) };
      const same = (c: Cookie, k: { domain: string; path: string; name: string }) =>
        c.domain === k.domain && c.path === k.path && c.name === k.name;
      state.cookies = state.cookies.filter((c) => !(original && same(c, original)) && !same(c, saved));
      state.cookies.push(saved);
      const { value, ...view } = saved;
      return {
        cookie: {
          ...view,
          valueLength: value.length,
          classification: fakeClassify(state.policies, site, { name: saved.name, type: 'cookie' }),
        },
        undoId: null,
      };
    },
    'jar.storage': async (input) => {
      await record('jar.storage', input);
      return state.storage
        .filter((e) => !input.site || siteOfOrigin(e.origin) === input.site)
        .map(({ value, ...e }) => ({
          ...e,
          valueLength: value.length,
          classification: fakeClassify(state.policies, siteOfOrigin(e.origin), {
            name: e.name,
            type: 'localStorage',
          }),
        }));
    },
  };
}
