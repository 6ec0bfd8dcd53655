// An in-memory stand-in for the core, typed by the contract (`satisfies Client`): the UI cannot tell it
// from the real one. It keeps cookies with values, localStorage entries, policies, installed browser profiles,
// undo snapshots, and records every call. Its `events` are the core's pushed events, fired by the test; pause()
// holds a method's answer back so a test can look at the page while the request runs.
import type { Client, Input, Method } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import type {
  Cookie,
  CookieKey,
  CookieView,
  ImportReport,
  Problem,
  SitePolicy,
  StorageEntry,
} from '../../shared/model';
import { readBrowser, view as browserView, type FakeBrowser } from './fake-browsers';
import { createFakeEvents } from './fake-events';
import { fakeClassify, fakePolicyMethods, restoreFakePolicy, type FakePolicySnapshot } from './fake-policy';
import { fakeReportMethods } from './fake-report';
import { fakeSiteFindings } from './fake-policy-findings';
import { fakeProfileMethods, restoreFakeProfiles, type FakeProfilesSnapshot } from './fake-profiles';
import { fakeJarMethods, undoFakeEdit, type FakeCookieEdit } from './fake-jar';
import type { ConsentProfile } from '../../shared/consent';
import type { Category } from '../../shared/category';
import type { AppInfo } from '../../shared/model';
import {
  expiryWarnings,
  readFile,
  sentTo,
  siteOfOrigin,
  writeCookies,
  type FakeReading,
} from './fake-formats';

interface Deleted {
  cookies: Cookie[];
  storage: StorageEntry[];
  /** Set by a policy change (fake-policy.ts): the site's policy as it was. */
  policy?: FakePolicySnapshot;
  /** Set by cookies.save (fake-jar.ts): the cookie written and the one it replaced. */
  edit?: FakeCookieEdit;
  /** Set by a consent-profile change (fake-profiles.ts): the profiles as they were. */
  profiles?: FakeProfilesSnapshot;
}

export interface FakeState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
  /** The user's consent profiles (the built-ins are always there) and the active one's name. */
  profiles: ConsentProfile[];
  activeProfile: string;
  /** What app.info reports: data files set aside, and how values are protected (set by a test to ask). */
  notices: AppInfo['notices'];
  valueStorage: AppInfo['valueStorage'];
  /** Installed browser profiles (browsers.list, import.browser); remove one to make it vanish. */
  browsers: FakeBrowser[];
  undo: Map<string, Deleted>;
  calls: { method: Method; input: unknown }[];
  /** When set, the next call of that method fails with this error. */
  failNext: Partial<Record<Method, CrumbsError>>;
  /** When set, the next call of that method answers only once this promise settles. */
  holdNext: Partial<Record<Method, Promise<void>>>;
}

const sameKey = (a: CookieKey, b: CookieKey) =>
  a.domain === b.domain && a.path === b.path && a.name === b.name;
const sameEntry = (a: { origin: string; name: string }, b: { origin: string; name: string }) =>
  a.origin === b.origin && a.name === b.name;

function view(cookie: Cookie, policies: readonly SitePolicy[]): CookieView {
  const { value, ...rest } = cookie;
  return {
    ...rest,
    valueLength: value.length,
    classification: fakeClassify(policies, cookie.site, { name: cookie.name, type: 'cookie' }),
  };
}

export function createFakeClient(
  seed: {
    cookies?: Cookie[];
    policies?: SitePolicy[];
    storage?: StorageEntry[];
    browsers?: FakeBrowser[];
  } = {},
) {
  const state: FakeState = {
    cookies: [...(seed.cookies ?? [])],
    storage: [...(seed.storage ?? [])],
    policies: [...(seed.policies ?? [])],
    profiles: [],
    activeProfile: 'accept-all',
    notices: [],
    valueStorage: { protection: 'keyfile', unprotected: false, consent: 'not-needed', allowedAt: null },
    browsers: [...(seed.browsers ?? [])],
    undo: new Map(),
    calls: [],
    failNext: {},
    holdNext: {},
  };
  let undoCounter = 0;

  const record = async <M extends Method>(method: M, input: Input<M>) => {
    state.calls.push({ method, input });
    const hold = state.holdNext[method];
    if (hold) {
      delete state.holdNext[method];
      await hold;
    }
    const failure = state.failNext[method];
    if (failure) {
      delete state.failNext[method];
      throw failure;
    }
  };
  const remove = (cookieTest: (cookie: Cookie) => boolean, storageTest: (entry: StorageEntry) => boolean) => {
    const deleted: Deleted = {
      cookies: state.cookies.filter(cookieTest),
      storage: state.storage.filter(storageTest),
    };
    state.cookies = state.cookies.filter((cookie) => !cookieTest(cookie));
    state.storage = state.storage.filter((entry) => !storageTest(entry));
    const removed = deleted.cookies.length + deleted.storage.length;
    if (removed === 0) return { removed: 0, undoId: null };
    const undoId = `undo-${++undoCounter}`;
    state.undo.set(undoId, deleted);
    return { removed, undoId };
  };
  const none = () => false;

  /** What both imports share: all-or-nothing unless skipInvalid, expired skipped, updates counted. */
  const settle = (
    readings: (FakeReading & { name: string })[],
    options: { dryRun?: boolean; skipInvalid?: boolean },
  ): ImportReport => {
    const rejected: Problem[] = readings.flatMap((r) => r.problems);
    const dryRun = options.dryRun ?? false;
    if (!dryRun && rejected.length > 0 && !options.skipInvalid) {
      throw new CrumbsError('IMPORT_INVALID', `${rejected.length} rows were rejected.`);
    }
    const now = Date.now() / 1000;
    const incoming = readings.flatMap((r) =>
      r.cookies.map((cookie, index) => ({ cookie, where: `${r.name} entry ${index + 1}` })),
    );
    const live = incoming.filter(({ cookie: c }) => c.expires === null || c.expires > now);
    const updated = live.filter(({ cookie: c }) => state.cookies.some((old) => sameKey(old, c))).length;
    const entries = readings.flatMap((r) => r.storage);
    const storageUpdated = entries.filter((e) => state.storage.some((old) => sameEntry(old, e))).length;
    if (!dryRun) {
      state.cookies = state.cookies.filter((old) => !live.some(({ cookie: c }) => sameKey(old, c)));
      state.cookies.push(...live.map(({ cookie }) => cookie));
      state.storage = state.storage.filter((old) => !entries.some((e) => sameEntry(old, e)));
      state.storage.push(...entries);
    }
    return {
      imported: live.length - updated,
      updated,
      skipped: incoming.length - live.length,
      rejected,
      warnings: expiryWarnings(live, now),
      storage: { imported: entries.length - storageUpdated, updated: storageUpdated },
      files: readings.map((r) => ({
        name: r.name,
        format: r.format,
        formatReason: r.reason,
        cookies: r.cookies.length,
      })),
      applied: !dryRun,
      dryRun,
    };
  };

  const client = {
    'app.info': async (input) => {
      await record('app.info', input);
      return {
        version: '0.1.0-test',
        dataDir: '/tmp/crumbs-test',
        cookieCount: state.cookies.length,
        keyProtection: 'keyfile',
        notices: state.notices,
        valueStorage: state.valueStorage,
      };
    },
    'storage.allowUnprotected': async (input) => {
      await record('storage.allowUnprotected', input);
      state.valueStorage = { ...state.valueStorage, consent: 'granted', allowedAt: new Date().toISOString() };
      return state.valueStorage;
    },
    'storage.rotateKey': async (input) => {
      await record('storage.rotateKey', input);
      return state.valueStorage;
    },
    'sites.list': async (input) => {
      await record('sites.list', input);
      const names = new Set([
        ...state.policies.map((p) => p.site),
        ...state.cookies.map((c) => c.site),
        ...state.storage.map((e) => siteOfOrigin(e.origin)),
      ]);
      return [...names].sort().map((site) => {
        const policy = state.policies.find((p) => p.site === site);
        const cookies = state.cookies.filter((c) => c.site === site);
        return {
          site,
          cookieCount: cookies.length,
          storageCount: state.storage.filter((e) => siteOfOrigin(e.origin) === site).length,
          declaredCount: policy?.entries.length ?? 0,
          hasPolicy: policy !== undefined,
          builtin: policy?.source.kind === 'builtin',
          lastSeen: cookies.length === 0 ? null : Math.max(...cookies.map((c) => c.creation ?? 0)),
          categories: countCategories(
            cookies.map((c) => fakeClassify(state.policies, site, { name: c.name, type: 'cookie' }).category),
          ),
          findings: countSeverities(fakeSiteFindings(state, site)),
        };
      });
    },
    'sites.get': async (input) => {
      await record('sites.get', input);
      const policy = state.policies.find((p) => p.site === input.site) ?? null;
      const cookies = state.cookies.filter((c) => c.site === input.site).map((c) => view(c, state.policies));
      const storage = state.storage
        .filter((e) => siteOfOrigin(e.origin) === input.site)
        .map(({ value, ...rest }) => ({
          ...rest,
          valueLength: value.length,
          classification: fakeClassify(state.policies, input.site, { name: rest.name, type: 'localStorage' }),
        }));
      if (!policy && cookies.length === 0 && storage.length === 0) {
        throw new CrumbsError('NOT_FOUND', `No site ${input.site}.`);
      }
      return { site: input.site, policy, cookies, storage, findings: fakeSiteFindings(state, input.site) };
    },
    'sites.delete': async (input) => {
      await record('sites.delete', input);
      return remove(
        (cookie) => cookie.site === input.site,
        (entry) => siteOfOrigin(entry.origin) === input.site,
      );
    },
    'cookies.reveal': async (input) => {
      await record('cookies.reveal', input);
      const cookie = state.cookies.find((c) => sameKey(c, input));
      if (!cookie) throw new CrumbsError('NOT_FOUND', 'No such cookie.');
      return { value: cookie.value };
    },
    'cookies.delete': async (input) => {
      await record('cookies.delete', input);
      return remove((cookie) => input.keys.some((key) => sameKey(cookie, key)), none);
    },
    'storage.reveal': async (input) => {
      await record('storage.reveal', input);
      const entry = state.storage.find((e) => sameEntry(e, input));
      if (!entry) throw new CrumbsError('NOT_FOUND', 'No such localStorage entry.');
      return { value: entry.value };
    },
    'storage.delete': async (input) => {
      await record('storage.delete', input);
      return remove(none, (entry) => input.keys.some((key) => sameEntry(entry, key)));
    },
    'jar.undo': async (input) => {
      await record('jar.undo', input);
      const restored = state.undo.get(input.undoId);
      if (!restored) throw new CrumbsError('NOT_FOUND', 'Nothing to undo.');
      state.undo.delete(input.undoId);
      if (restored.policy) {
        restoreFakePolicy(state, restored.policy);
        return { restored: 1 };
      }
      if (restored.profiles) {
        restoreFakeProfiles(state, restored.profiles);
        return { restored: 1 };
      }
      if (restored.edit) return { restored: undoFakeEdit(state, restored.edit) };
      state.cookies.push(...restored.cookies);
      state.storage.push(...restored.storage);
      return { restored: restored.cookies.length + restored.storage.length };
    },
    'import.run': async (input) => {
      await record('import.run', input);
      const format = input.format ?? 'auto';
      const readings = input.files.map((file) => ({
        name: file.name,
        ...readFile(file, { format, url: input.url, site: input.site }),
      }));
      return settle(readings, input);
    },
    'browsers.list': async (input) => {
      await record('browsers.list', input);
      return state.browsers.map(browserView);
    },
    'import.browser': async (input) => {
      await record('import.browser', input);
      return settle([readBrowser(state.browsers, input.id, input.keyringSecret)], input);
    },
    'export.run': async (input) => {
      await record('export.run', input);
      if ((input.format === 'header' || input.format === 'curl') && !input.url) {
        throw new CrumbsError('VALIDATION', 'A Cookie header is for one URL: give it (--url https://…).');
      }
      let chosen = state.cookies.filter((c) => input.site === undefined || c.site === input.site);
      if (input.keys) chosen = chosen.filter((c) => input.keys!.some((key) => sameKey(c, key)));
      if (input.url) chosen = chosen.filter((c) => sentTo(c, new URL(input.url!)));
      const storage = input.keys
        ? []
        : state.storage.filter((e) => input.site === undefined || siteOfOrigin(e.origin) === input.site);
      const { content, lost, extension, mediaType } = writeCookies(input.format, chosen, storage, input.url);
      const scope = input.site ?? (input.keys ? 'selection' : 'jar');
      return { filename: `crumbs-${scope}.${extension}`, mediaType, content, count: chosen.length, lost };
    },
    ...fakePolicyMethods(state, record),
    ...fakeReportMethods(state, record),
    ...fakeProfileMethods(state, record),
    ...fakeJarMethods(state, record),
  } satisfies Client;

  const callsOf = <M extends Method>(method: M) =>
    state.calls.filter((call) => call.method === method).map((call) => call.input as Input<M>);

  /** Holds the next call of `method` until the returned function is called. */
  const pause = (method: Method) => {
    let release = () => {};
    state.holdNext[method] = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  };

  return { client, state, callsOf, pause, events: createFakeEvents() };
}

function countCategories(categories: Category[]): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const c of categories) out[c] = (out[c] ?? 0) + 1;
  return out;
}

function countSeverities(findings: { severity: 'high' | 'medium' | 'low' | 'info' }[]) {
  const out = { high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
