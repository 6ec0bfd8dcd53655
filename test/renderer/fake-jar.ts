// The fake client's Jar-view methods, faithful to electron/core/jar/query.ts and edit.ts: live cookies only,
// the same filters (every word in "name domain site", expiry ranges never matching session cookies), the same
// collator orders with their tie-breaks, `descending` reading the ascending order backwards, a revision that
// moves only when the jar or the policies change, and cookies.save with the import's rules and an undo.
import type { Client, Input, Method } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import type { CookieKey, CookieView, SitePolicy, Cookie, StorageEntry } from '../../shared/model';
import { fakeClassify } from './fake-policy';

type Record = <M extends Method>(method: M, input: Input<M>) => Promise<void>;
export type JarMethods = Pick<Client, 'jar.query' | 'jar.storage' | 'cookies.save'>;

/** What jar.undo needs to take a save back: the cookie written, and the one it replaced (if any). */
export interface FakeCookieEdit {
  written: CookieKey;
  before: Cookie | null;
}

export interface FakeJarState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
  undo: Map<string, { cookies: Cookie[]; storage: StorageEntry[]; edit?: FakeCookieEdit }>;
}

type Sort = NonNullable<Input<'jar.query'>['sort']>;

const siteOf = (domain: string) => domain.replace(/^\.+/, '').toLowerCase().split('.').slice(-2).join('.');
const siteOfOrigin = (origin: string) => siteOf(new URL(origin).hostname);
const sameKey = (a: CookieKey, b: CookieKey) =>
  a.domain === b.domain && a.path === b.path && a.name === b.name;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const COMPARE: { [S in Sort]: (a: CookieView, b: CookieView) => number } = {
  site: (a, b) => collator.compare(a.site, b.site) || collator.compare(a.name, b.name),
  name: (a, b) => collator.compare(a.name, b.name) || collator.compare(a.domain, b.domain),
  domain: (a, b) => collator.compare(a.domain, b.domain) || collator.compare(a.name, b.name),
  expires: (a, b) => (a.expires ?? Infinity) - (b.expires ?? Infinity) || collator.compare(a.name, b.name),
  size: (a, b) =>
    a.name.length + a.valueLength - (b.name.length + b.valueLength) || collator.compare(a.name, b.name),
  category: (a, b) =>
    collator.compare(a.classification.category, b.classification.category) ||
    collator.compare(a.site, b.site),
};

// The core's checks (validate.ts, admit.ts) with its wording; the public-suffix list is reduced to "a single
// label other than localhost".
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\u0000-\u0008\u000a-\u001f\u007f;=]/;
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f;]/;
const HOST = /^[\p{L}\p{N}_][\p{L}\p{N}_-]{0,62}(?:\.[\p{L}\p{N}_][\p{L}\p{N}_-]{0,62})*$/u;

function refusal(c: Input<'cookies.save'>['cookie'], nowMs: number): string | null {
  if (c.expires !== null && c.expires * 1000 <= nowMs)
    return 'The expiry is in the past: the cookie would be gone at once.';
  const problem = (() => {
    if (!HOST.test(c.domain)) return `the domain "${c.domain}" is not a host name`;
    if (!c.path.startsWith('/')) return `the path "${c.path}" does not start with "/"`;
    if (c.expires !== null && !(Number.isSafeInteger(c.expires) && Math.abs(c.expires) <= 8.64e12))
      return 'the expiry is not a date (beyond year 275760, or not a whole number of seconds)';
    if (BAD_NAME.test(c.name)) return 'the name contains a control character, ";" or "="';
    if (BAD_VALUE.test(c.value)) return 'the value contains a control character or ";"';
    const size = new TextEncoder().encode(c.name + c.value).length;
    if (size > 4096) return `name and value are ${size} bytes; browsers keep at most 4096`;
    if (!c.hostOnly && !c.domain.includes('.') && c.domain !== 'localhost')
      return 'its domain is a public suffix (like "com" or "co.uk"): no site may set it';
    if (c.name.startsWith('__Secure-') && !c.secure) return 'a __Secure- cookie must be Secure';
    if (c.name.startsWith('__Host-') && !(c.secure && c.hostOnly && c.path === '/'))
      return 'a __Host- cookie must be Secure, host-only and have path "/"';
    return null;
  })();
  return problem === null ? null : `The cookie cannot be saved: ${problem}.`;
}

export function fakeJarMethods(state: FakeJarState, record: Record): JarMethods {
  // The core's revision moves with the jar and the policies, not with each query.
  let revision = 0;
  let seen: { cookies: Cookie[]; length: number; policies: SitePolicy[]; count: number } | null = null;
  const currentRevision = () => {
    const now = {
      cookies: state.cookies,
      length: state.cookies.length,
      policies: state.policies,
      count: state.policies.length,
    };
    if (
      !seen ||
      seen.cookies !== now.cookies ||
      seen.length !== now.length ||
      seen.policies !== now.policies ||
      seen.count !== now.count
    ) {
      revision++;
      seen = now;
    }
    return String(revision);
  };
  let undoCounter = 0;
  const toView = ({ value, ...c }: Cookie): CookieView => ({
    ...c,
    valueLength: value.length,
    classification: fakeClassify(state.policies, c.site, { name: c.name, type: 'cookie' }),
  });

  return {
    'jar.query': async (input) => {
      await record('jar.query', input);
      const nowMs = Date.now();
      const views = state.cookies
        .filter((c) => c.expires === null || c.expires * 1000 > nowMs)
        .map(toView)
        .sort(COMPARE[input.sort ?? 'site']);
      if (input.descending) views.reverse();
      const words = (input.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const site = input.site?.trim() ? siteOf(input.site.trim()) : undefined;
      const matched = views.filter((v) => {
        if (site !== undefined && v.site !== site) return false;
        if (input.categories && !input.categories.includes(v.classification.category)) return false;
        if (input.httpOnly !== undefined && v.httpOnly !== input.httpOnly) return false;
        if (input.secure !== undefined && v.secure !== input.secure) return false;
        if (input.session !== undefined && (v.expires === null) !== input.session) return false;
        if (input.sameSite && !input.sameSite.includes(v.sameSite ?? 'unset')) return false;
        if (input.expiresFrom !== undefined || input.expiresUntil !== undefined) {
          if (v.expires === null) return false;
          if (input.expiresFrom !== undefined && v.expires < input.expiresFrom) return false;
          if (input.expiresUntil !== undefined && v.expires > input.expiresUntil) return false;
        }
        const hay = `${v.name} ${v.domain} ${v.site}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
      const offset = input.offset ?? 0;
      return {
        total: matched.length,
        size: views.length,
        offset,
        rows: matched.slice(offset, offset + (input.limit ?? 200)),
        revision: currentRevision(),
      };
    },
    'cookies.save': async (input) => {
      await record('cookies.save', input);
      const { original, cookie } = input;
      const refused = refusal(cookie, Date.now());
      if (refused) throw new CrumbsError('VALIDATION', refused);
      const before = original ? state.cookies.find((c) => sameKey(c, original)) : undefined;
      if (original && !before)
        throw new CrumbsError('NOT_FOUND', `No cookie "${original.name}" for ${original.domain} any more.`);
      const clash = state.cookies.find((c) => sameKey(c, cookie));
      if (clash && clash !== before) {
        throw new CrumbsError(
          'VALIDATION',
          `A cookie "${cookie.name}" for ${cookie.domain}${cookie.path} is already in the jar: edit that one instead.`,
        );
      }
      const saved: Cookie = {
        ...cookie,
        site: siteOf(cookie.domain),
        creation: before?.creation ?? Math.floor(Date.now() / 1000),
      };
      state.cookies = [...state.cookies.filter((c) => c !== before), saved];
      const undoId = `undo-edit-${++undoCounter}`;
      state.undo.set(undoId, {
        cookies: [],
        storage: [],
        edit: {
          written: { domain: saved.domain, path: saved.path, name: saved.name },
          before: before ?? null,
        },
      });
      return { cookie: toView(saved), undoId };
    },
    'jar.storage': async (input) => {
      await record('jar.storage', input);
      const only = input.site?.trim() ? siteOf(input.site.trim()) : undefined;
      return state.storage
        .filter((e) => only === undefined || siteOfOrigin(e.origin) === only)
        .map(({ value, ...e }) => ({
          ...e,
          valueLength: value.length,
          classification: fakeClassify(state.policies, siteOfOrigin(e.origin), {
            name: e.name,
            type: 'localStorage',
          }),
        }))
        .sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name));
    },
  };
}

/** jar.undo's part for a save: the written cookie goes, the one it replaced comes back. */
export function undoFakeEdit(state: Pick<FakeJarState, 'cookies'>, edit: FakeCookieEdit): number {
  state.cookies = state.cookies.filter((c) => !sameKey(c, edit.written));
  if (edit.before) state.cookies = [...state.cookies, edit.before];
  return 1;
}
