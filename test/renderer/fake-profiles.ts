// The fake client's consent-profile and consent-platform methods. The profiles live in the fake's state, but
// the core's own ProfileStore and contract methods (createConsentApi) run over them, so saving, renaming,
// deleting, importing and exporting follow the core's rules exactly. The consent platforms are the core's real
// adapters (electron/core/consent/registry.ts) through the core's own createCmpApi: cmps and encode are the
// core's; decode runs the same adapters over the fake's cookies and storage; write stores what encode produced.
// Applying a profile uses the core's rules (choicesFor, keptNames, recordsConsent) with the fake's classifier.
// What differs from the real core is only where things live: in memory.
import { createConsentApi } from '../../electron/core/consent/api';
import { createCmpApi } from '../../electron/core/consent/cmp-api';
import { ADAPTERS } from '../../electron/core/consent/registry';
import {
  choicesFor,
  keptNames,
  ProfileStore,
  type ProfilesSnapshot,
} from '../../electron/core/consent/profiles/store';
import type { Jar } from '../../electron/core/jar/jar';
import { UndoBuffer } from '../../electron/core/jar/undo';
import type { PolicyServices } from '../../electron/core/policy/service';
import { recordsConsent } from '../../electron/core/policy/report/consent-record';
import type { Client, Input, Method } from '../../shared/contract';
import { consentContract, type SiteReading } from '../../shared/contract-consent';
import type { ConsentProfile } from '../../shared/consent';
import type { Category, Cookie, ImportReport, SitePolicy, StorageEntry } from '../../shared/model';
import { readFile, siteOf, siteOfOrigin } from './fake-formats';
import { declaredEntry, fakeClassify } from './fake-policy';

type Record = <M extends Method>(method: M, input: Input<M>) => Promise<void>;
export type ProfileMethods = Pick<
  Client,
  | 'profiles.list'
  | 'profiles.save'
  | 'profiles.delete'
  | 'profiles.use'
  | 'profiles.import'
  | 'profiles.export'
  | 'profiles.apply'
  | 'consent.cmps'
  | 'consent.encode'
  | 'consent.write'
  | 'consent.decode'
>;

/** What jar.undo puts back after a profile change: the profiles and the active one's name, as they were. */
export type FakeProfilesSnapshot = ProfilesSnapshot;

export interface FakeProfileState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
  profiles: ConsentProfile[];
  activeProfile: string;
  undo: Map<string, { cookies: Cookie[]; storage: StorageEntry[]; profiles?: FakeProfilesSnapshot }>;
}

/** The core's built-ins, as the fake lists them. */
export const FAKE_BUILTINS: readonly ConsentProfile[] = new ProfileStore({
  path: 'builtins',
  read: () => ({ profiles: [], active: 'accept-all' }),
  write: async () => undefined,
})
  .list()
  .profiles.map(({ builtin: _builtin, ...profile }) => profile);

/** Puts the profiles back as a snapshot had them (the fake's jar.undo calls this). */
export function restoreFakeProfiles(
  state: Pick<FakeProfileState, 'profiles' | 'activeProfile'>,
  s: ProfilesSnapshot,
) {
  state.profiles = structuredClone(s.profiles);
  state.activeProfile = s.active;
}

// The core's profile methods never touch the jar or the policies except to apply, which the fake does itself.
const NOT_USED = new Proxy(
  {},
  {
    get() {
      throw new Error('The fake applies profiles itself: the core jar and policies are not there.');
    },
  },
);

const sameCookie = (a: Cookie, b: Pick<Cookie, 'domain' | 'path' | 'name'>) =>
  a.domain === b.domain && a.path === b.path && a.name === b.name;
const sameEntry = (a: StorageEntry, b: StorageEntry) => a.origin === b.origin && a.name === b.name;

export function fakeProfileMethods(state: FakeProfileState, record: Record): ProfileMethods {
  const store = new ProfileStore({
    path: 'memory:profiles.json',
    read: () => ({ profiles: state.profiles, active: state.activeProfile }),
    write: async (next) => {
      state.profiles = structuredClone(next.profiles);
      state.activeProfile = next.active;
    },
  });
  const buffer = new UndoBuffer();
  let applied = 0;
  const core = createConsentApi({
    jar: NOT_USED as Jar,
    policies: NOT_USED as PolicyServices,
    profiles: store,
    undo: buffer,
  });
  const cmps = createCmpApi({ jar: NOT_USED as Jar, profiles: store, adapters: ADAPTERS });

  /** Moves the core's undo item to the fake's undo map, which the fake's jar.undo reads. */
  const keep = <T extends { undoId: string | null }>(result: T): T => {
    if (result.undoId === null) return result;
    const item = buffer.take(result.undoId);
    if (item?.kind === 'profiles') {
      state.undo.set(result.undoId, { cookies: [], storage: [], profiles: item.snapshot });
    }
    return result;
  };

  return {
    'profiles.list': async (input) => {
      await record('profiles.list', input);
      return core['profiles.list'](input);
    },
    'profiles.save': async (input) => {
      await record('profiles.save', input);
      return keep(await core['profiles.save'](input));
    },
    'profiles.delete': async (input) => {
      await record('profiles.delete', input);
      return keep(await core['profiles.delete'](input));
    },
    'profiles.use': async (input) => {
      await record('profiles.use', input);
      return core['profiles.use'](input);
    },
    'profiles.import': async (input) => {
      await record('profiles.import', input);
      return keep(await core['profiles.import'](input));
    },
    'profiles.export': async (input) => {
      await record('profiles.export', input);
      return core['profiles.export'](input);
    },
    'consent.cmps': async (input) => {
      await record('consent.cmps', input);
      return cmps['consent.cmps'](input);
    },
    'consent.encode': async (input) => {
      await record('consent.encode', input);
      return cmps['consent.encode'](consentContract['consent.encode'].input.parse(input));
    },
    'consent.write': async (input) => {
      await record('consent.write', input);
      const request = consentContract['consent.write'].input.parse(input);
      const { state: encoded } = await cmps['consent.encode']({ ...request, format: 'json' });
      return writeState(state, `${input.cmp}-consent.json`, encoded.cookies, encoded.storage);
    },
    'consent.decode': async (input) => {
      await record('consent.decode', input);
      let cookies = state.cookies;
      let storage = state.storage;
      if (input.file) {
        const reading = readFile(input.file, { format: 'auto' });
        cookies = reading.cookies;
        storage = reading.storage;
      }
      return decode(cookies, storage, input.site?.trim().toLowerCase());
    },
    'profiles.apply': async (input) => {
      await record('profiles.apply', input);
      const profile = store.resolve(input.profile);
      const only = input.site?.trim().toLowerCase();
      const plan = planFakeApply(state, profile, only);
      const dryRun = input.dryRun ?? false;
      let undoId: string | null = null;
      if (!dryRun && plan.cookies.length + plan.storage.length > 0) {
        const cookies = plan.cookies.map((c) => c.cookie);
        const entries = plan.storage.map((s) => s.entry);
        state.cookies = state.cookies.filter((c) => !cookies.includes(c));
        state.storage = state.storage.filter((e) => !entries.includes(e));
        undoId = `apply-${++applied}`;
        state.undo.set(undoId, { cookies, storage: entries });
      }
      return {
        profile: profile.name,
        site: only ?? null,
        removed: {
          cookies: plan.cookies.map(({ cookie, category }) => ({
            site: cookie.site,
            domain: cookie.domain,
            path: cookie.path,
            name: cookie.name,
            category,
          })),
          storage: plan.storage.map(({ entry, category }) => ({
            site: siteOfOrigin(entry.origin),
            origin: entry.origin,
            name: entry.name,
            category,
          })),
        },
        kept: plan.kept,
        dryRun,
        applied: undoId !== null,
        undoId,
      };
    },
  };
}

/** The core's decode loop (cmp-api.ts) over the fake's cookies and storage: per site, every adapter that detects. */
function decode(cookies: readonly Cookie[], storage: readonly StorageEntry[], only?: string): SiteReading[] {
  const sites = new Set([
    ...cookies.map((c) => siteOf(c.domain)),
    ...storage.map((e) => siteOfOrigin(e.origin)),
  ]);
  const readings: SiteReading[] = [];
  for (const site of [...sites].sort((a, b) => a.localeCompare(b))) {
    if (only !== undefined && site !== only) continue;
    const held = {
      cookies: cookies.filter((c) => siteOf(c.domain) === site),
      storage: storage.filter((e) => siteOfOrigin(e.origin) === site),
    };
    for (const adapter of ADAPTERS) {
      if (!adapter.detect(held)) continue;
      const reading = adapter.decode(held);
      if (reading) readings.push({ site, ...reading });
    }
  }
  return readings;
}

/** Stores an encoded state as the core's import of a Playwright storageState would: same keys replaced. */
function writeState(
  state: FakeProfileState,
  name: string,
  cookies: readonly Omit<Cookie, 'site' | 'creation'>[],
  storage: readonly StorageEntry[],
): ImportReport {
  const now = Math.floor(Date.now() / 1000);
  const incoming: Cookie[] = cookies.map((c) => ({ ...c, site: siteOf(c.domain), creation: now }));
  const updated = incoming.filter((c) => state.cookies.some((old) => sameCookie(old, c))).length;
  const storageUpdated = storage.filter((e) => state.storage.some((old) => sameEntry(old, e))).length;
  state.cookies = [...state.cookies.filter((old) => !incoming.some((c) => sameCookie(old, c))), ...incoming];
  state.storage = [...state.storage.filter((old) => !storage.some((e) => sameEntry(old, e))), ...storage];
  return {
    imported: incoming.length - updated,
    updated,
    skipped: 0,
    rejected: [],
    warnings: [],
    storage: { imported: storage.length - storageUpdated, updated: storageUpdated },
    files: [{ name, format: 'playwright', formatReason: 'chosen: playwright', cookies: incoming.length }],
    applied: true,
    dryRun: false,
  };
}

interface FakePlan {
  cookies: { cookie: Cookie; category: Category }[];
  storage: { entry: StorageEntry; category: Category }[];
  kept: { consent: number; rules: number; unclassified: number; allowed: number };
}

/** The core's planApply (profiles/apply.ts) with the fake's classifier. */
function planFakeApply(state: FakeProfileState, profile: ConsentProfile, only?: string): FakePlan {
  const plan: FakePlan = {
    cookies: [],
    storage: [],
    kept: { consent: 0, rules: 0, unclassified: 0, allowed: 0 },
  };
  type Verdict = { remove: true; category: Category } | { remove: false; why: keyof FakePlan['kept'] };
  const verdict = (site: string, name: string, type: 'cookie' | 'localStorage'): Verdict => {
    const classification = fakeClassify(state.policies, site, { name, type });
    const category = classification.category;
    if (category === 'unclassified') return { remove: false, why: 'unclassified' };
    if (category === 'necessary' || choicesFor(profile, site)[category])
      return { remove: false, why: 'allowed' };
    if (keptNames(profile, site)(name)) return { remove: false, why: 'rules' };
    const policy = state.policies.find((p) => p.site === site);
    if (recordsConsent(name, declaredEntry(policy, { name, type }), classification)) {
      return { remove: false, why: 'consent' };
    }
    return { remove: true, category };
  };
  for (const cookie of state.cookies) {
    if (only !== undefined && cookie.site !== only) continue;
    const v = verdict(cookie.site, cookie.name, 'cookie');
    if (v.remove) plan.cookies.push({ cookie, category: v.category });
    else plan.kept[v.why]++;
  }
  for (const entry of state.storage) {
    const site = siteOfOrigin(entry.origin);
    if (only !== undefined && site !== only) continue;
    const v = verdict(site, entry.name, 'localStorage');
    if (v.remove) plan.storage.push({ entry, category: v.category });
    else plan.kept[v.why]++;
  }
  return plan;
}
