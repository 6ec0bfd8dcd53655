// An in-memory stand-in for the core, typed by the contract (`satisfies Client`): the UI cannot tell it
// from the real one. It keeps cookies with values, policies, undo snapshots, and records every call.
import type { Client, Input, Method } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import type { Cookie, CookieKey, CookieView, Problem, SitePolicy } from '../../shared/model';

export interface FakeState {
  cookies: Cookie[];
  policies: SitePolicy[];
  undo: Map<string, Cookie[]>;
  calls: { method: Method; input: unknown }[];
  /** When set, the next call of that method fails with this error. */
  failNext: Partial<Record<Method, CrumbsError>>;
}

const sameKey = (a: CookieKey, b: CookieKey) =>
  a.domain === b.domain && a.path === b.path && a.name === b.name;
const siteOf = (domain: string) => domain.split('.').slice(-2).join('.');

function view(cookie: Cookie): CookieView {
  const { value, ...rest } = cookie;
  return { ...rest, valueLength: value.length };
}

/** The fake's own tiny cookies.txt reader: 7 tab-separated fields per line, '#' lines are comments. */
function parseLines(name: string, content: string): { cookies: Cookie[]; problems: Problem[] } {
  const cookies: Cookie[] = [];
  const problems: Problem[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    const [domain, , path, secure, expires, cookieName, value] = fields;
    if (fields.length !== 7 || !domain || !path || !cookieName || value === undefined) {
      problems.push({
        where: `${name} line ${index + 1}`,
        reason: `expected 7 tab-separated fields, found ${fields.length}`,
      });
      return;
    }
    const bare = domain.replace(/^\./, '');
    const seconds = Number(expires);
    cookies.push({
      name: cookieName,
      value,
      domain: bare,
      hostOnly: !domain.startsWith('.'),
      path,
      expires: seconds === 0 ? null : seconds,
      httpOnly: false,
      secure: secure === 'TRUE',
      sameSite: null,
      site: siteOf(bare),
      creation: 1_700_000_000,
    });
  });
  return { cookies, problems };
}

export function createFakeClient(seed: { cookies?: Cookie[]; policies?: SitePolicy[] } = {}) {
  const state: FakeState = {
    cookies: [...(seed.cookies ?? [])],
    policies: [...(seed.policies ?? [])],
    undo: new Map(),
    calls: [],
    failNext: {},
  };
  let undoCounter = 0;

  const record = <M extends Method>(method: M, input: Input<M>) => {
    state.calls.push({ method, input });
    const failure = state.failNext[method];
    if (failure) {
      delete state.failNext[method];
      throw failure;
    }
  };
  const remove = (predicate: (cookie: Cookie) => boolean) => {
    const removed = state.cookies.filter(predicate);
    state.cookies = state.cookies.filter((cookie) => !predicate(cookie));
    if (removed.length === 0) return { removed: 0, undoId: null };
    const undoId = `undo-${++undoCounter}`;
    state.undo.set(undoId, removed);
    return { removed: removed.length, undoId };
  };

  const client = {
    'app.info': async (input) => {
      record('app.info', input);
      return {
        version: '0.1.0-test',
        dataDir: '/tmp/crumbs-test',
        cookieCount: state.cookies.length,
        keyProtection: 'keyfile',
      };
    },
    'sites.list': async (input) => {
      record('sites.list', input);
      const names = new Set([...state.policies.map((p) => p.site), ...state.cookies.map((c) => c.site)]);
      return [...names].sort().map((site) => {
        const policy = state.policies.find((p) => p.site === site);
        const cookies = state.cookies.filter((c) => c.site === site);
        return {
          site,
          cookieCount: cookies.length,
          declaredCount: policy?.entries.length ?? 0,
          hasPolicy: policy !== undefined,
          builtin: policy?.source.kind === 'builtin',
          lastSeen: cookies.length === 0 ? null : Math.max(...cookies.map((c) => c.creation ?? 0)),
        };
      });
    },
    'sites.get': async (input) => {
      record('sites.get', input);
      const policy = state.policies.find((p) => p.site === input.site) ?? null;
      const cookies = state.cookies.filter((c) => c.site === input.site).map(view);
      if (!policy && cookies.length === 0) throw new CrumbsError('NOT_FOUND', `No site ${input.site}.`);
      return { site: input.site, policy, cookies };
    },
    'sites.delete': async (input) => {
      record('sites.delete', input);
      return remove((cookie) => cookie.site === input.site);
    },
    'cookies.reveal': async (input) => {
      record('cookies.reveal', input);
      const cookie = state.cookies.find((c) => sameKey(c, input));
      if (!cookie) throw new CrumbsError('NOT_FOUND', 'No such cookie.');
      return { value: cookie.value };
    },
    'cookies.delete': async (input) => {
      record('cookies.delete', input);
      return remove((cookie) => input.keys.some((key) => sameKey(cookie, key)));
    },
    'jar.undo': async (input) => {
      record('jar.undo', input);
      const restored = state.undo.get(input.undoId);
      if (!restored) throw new CrumbsError('NOT_FOUND', 'Nothing to undo.');
      state.undo.delete(input.undoId);
      state.cookies.push(...restored);
      return { restored: restored.length };
    },
    'import.run': async (input) => {
      record('import.run', input);
      const parsed = input.files.map((file) => ({ file, ...parseLines(file.name, file.content) }));
      const rejected = parsed.flatMap((p) => p.problems);
      const incoming = parsed.flatMap((p) => p.cookies);
      const dryRun = input.dryRun ?? false;
      if (!dryRun && rejected.length > 0 && !input.skipInvalid) {
        throw new CrumbsError('IMPORT_INVALID', `${rejected.length} rows were rejected.`);
      }
      const now = Date.now() / 1000;
      const live = incoming.filter((c) => c.expires === null || c.expires > now);
      const updated = live.filter((c) => state.cookies.some((old) => sameKey(old, c))).length;
      if (!dryRun) {
        state.cookies = state.cookies.filter((old) => !live.some((c) => sameKey(old, c)));
        state.cookies.push(...live);
      }
      return {
        imported: live.length - updated,
        updated,
        skipped: incoming.length - live.length,
        rejected,
        files: parsed.map((p) => ({
          name: p.file.name,
          format: p.cookies.length > 0 ? ('netscape' as const) : null,
          formatReason:
            input.format && input.format !== 'auto' ? `chosen: ${input.format}` : 'tab-separated lines',
          cookies: p.cookies.length,
        })),
        applied: !dryRun,
        dryRun,
      };
    },
    'export.run': async (input) => {
      record('export.run', input);
      const chosen = state.cookies.filter((c) => input.site === undefined || c.site === input.site);
      const content =
        input.format === 'json'
          ? JSON.stringify(chosen.map((c) => ({ name: c.name, value: c.value, domain: c.domain })))
          : chosen
              .map((c) => [c.domain, 'FALSE', c.path, 'FALSE', c.expires ?? 0, c.name, c.value].join('\t'))
              .join('\n');
      return {
        filename: `crumbs-${input.site ?? 'jar'}.${input.format === 'json' ? 'json' : 'txt'}`,
        mediaType: input.format === 'json' ? 'application/json' : 'text/plain',
        content,
        count: chosen.length,
      };
    },
  } satisfies Client;

  const callsOf = <M extends Method>(method: M) =>
    state.calls.filter((call) => call.method === method).map((call) => call.input as Input<M>);

  return { client, state, callsOf };
}
