// The fake client's consent-profile methods: profiles in memory (the two built-ins and the user's), and a
// dry-run-able apply that removes cookies of refused categories (classified by the fake's policies).
import type { Client, Input, Method } from '../../shared/contract';
import { CONSENT_CATEGORIES } from '../../shared/category';
import type { ConsentProfile } from '../../shared/consent';
import { CrumbsError } from '../../shared/errors';
import type { Cookie, SitePolicy, StorageEntry } from '../../shared/model';
import { fakeClassify } from './fake-policy';

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

export interface FakeProfileState {
  cookies: Cookie[];
  storage: StorageEntry[];
  policies: SitePolicy[];
  profiles: ConsentProfile[];
  activeProfile: string;
}

const choices = (on: boolean) => ({
  necessary: true as const,
  preferences: on,
  statistics: on,
  marketing: on,
  social: on,
});
export const FAKE_BUILTINS: ConsentProfile[] = [
  { name: 'necessary-only', categories: choices(false), sites: {}, gpc: true },
  { name: 'accept-all', categories: choices(true), sites: {}, gpc: false },
];

export function fakeProfileMethods(state: FakeProfileState, record: Record): ProfileMethods {
  const all = () => [
    ...FAKE_BUILTINS.map((p) => ({ ...p, builtin: true })),
    ...state.profiles.map((p) => ({ ...p, builtin: false })),
  ];
  const find = (name: string) => all().find((p) => p.name === name);
  return {
    'profiles.list': async (input) => {
      await record('profiles.list', input);
      return { profiles: all(), active: state.activeProfile };
    },
    'profiles.save': async (input) => {
      await record('profiles.save', input);
      const replaced = input.previousName ?? input.profile.name;
      if (FAKE_BUILTINS.some((p) => p.name === replaced || p.name === input.profile.name)) {
        throw new CrumbsError('VALIDATION', 'Built-in profiles cannot be changed.');
      }
      state.profiles = [...state.profiles.filter((p) => p.name !== replaced), input.profile];
      return { profile: input.profile, undoId: null };
    },
    'profiles.delete': async (input) => {
      await record('profiles.delete', input);
      const before = state.profiles.length;
      state.profiles = state.profiles.filter((p) => p.name !== input.name);
      if (state.activeProfile === input.name) state.activeProfile = 'accept-all';
      return { removed: before - state.profiles.length, undoId: null };
    },
    'profiles.use': async (input) => {
      await record('profiles.use', input);
      if (!find(input.name)) throw new CrumbsError('NOT_FOUND', `No consent profile "${input.name}".`);
      state.activeProfile = input.name;
      return { active: input.name };
    },
    'profiles.import': async (input) => {
      await record('profiles.import', input);
      const parsed = JSON.parse(input.file.content) as { profiles?: ConsentProfile[] };
      const list = parsed.profiles ?? [];
      state.profiles.push(...list);
      return { imported: list.map((p) => p.name), problems: [], undoId: null };
    },
    'profiles.export': async (input) => {
      await record('profiles.export', input);
      const chosen = input.name === undefined ? state.profiles : all().filter((p) => p.name === input.name);
      return {
        content: JSON.stringify({ kind: 'crumbs-consent-profiles', version: 1, profiles: chosen }),
        fileName: 'profiles.json',
        mediaType: 'application/json',
      };
    },
    // The consent-platform methods wait for the UI of the simulate work; until then they say so.
    'consent.cmps': async (input) => {
      await record('consent.cmps', input);
      return [];
    },
    'consent.encode': async (input) => {
      await record('consent.encode', input);
      throw new CrumbsError('NOT_FOUND', `No adapter for "${input.cmp}" in the fake.`);
    },
    'consent.write': async (input) => {
      await record('consent.write', input);
      throw new CrumbsError('NOT_FOUND', `No adapter for "${input.cmp}" in the fake.`);
    },
    'consent.decode': async (input) => {
      await record('consent.decode', input);
      return [];
    },
    'profiles.apply': async (input) => {
      await record('profiles.apply', input);
      const profile = find(input.profile ?? state.activeProfile);
      if (!profile) throw new CrumbsError('NOT_FOUND', 'No such profile.');
      const refused = new Set(CONSENT_CATEGORIES.filter((c) => !profile.categories[c]));
      const kept = { consent: 0, rules: 0, unclassified: 0, allowed: 0 };
      const removed = state.cookies.filter((c) => {
        if (input.site !== undefined && c.site !== input.site) return false;
        const category = fakeClassify(state.policies, c.site, { name: c.name, type: 'cookie' }).category;
        if (category === 'unclassified') kept.unclassified++;
        else if (!refused.has(category)) kept.allowed++;
        return category !== 'unclassified' && refused.has(category);
      });
      if (!input.dryRun) state.cookies = state.cookies.filter((c) => !removed.includes(c));
      return {
        profile: profile.name,
        site: input.site ?? null,
        removed: {
          cookies: removed.map((c) => ({
            site: c.site,
            domain: c.domain,
            path: c.path,
            name: c.name,
            category: fakeClassify(state.policies, c.site, { name: c.name, type: 'cookie' }).category,
          })),
          storage: [],
        },
        kept,
        dryRun: input.dryRun ?? false,
        applied: !input.dryRun && removed.length > 0,
        undoId: null,
      };
    },
  };
}
