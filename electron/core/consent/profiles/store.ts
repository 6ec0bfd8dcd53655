// Consent profiles: the two built-in ones and the user's own (profiles.json), and which one is active.
// Built-ins cannot be changed or removed (duplicate one to start from it). Until the user picks one,
// `accept-all` is active: nothing is refused and nothing is removed before the user has decided.
import { z } from 'zod';
import { ConsentProfile, type Choices, type ConsentCategory } from '../../../../shared/consent';
import { CONSENT_CATEGORIES } from '../../../../shared/category';
import { CrumbsError } from '../../../../shared/errors';
import type { Document, DocumentSpec } from '../../storage/documents';

const ProfilesContent = z.object({
  profiles: z.array(ConsentProfile),
  active: z.string(),
});
type ProfilesContent = z.infer<typeof ProfilesContent>;

export const PROFILES_DOCUMENT: DocumentSpec<ProfilesContent> = {
  name: 'profiles',
  version: 1,
  schema: ProfilesContent,
  empty: () => ({ profiles: [], active: 'accept-all' }),
};

const all = (on: boolean): Choices => ({
  necessary: true,
  preferences: on,
  statistics: on,
  marketing: on,
  social: on,
});

export const BUILTIN_PROFILES: readonly ConsentProfile[] = [
  { name: 'necessary-only', categories: all(false), sites: {}, gpc: true },
  { name: 'accept-all', categories: all(true), sites: {}, gpc: false },
];

export const isBuiltin = (name: string) => BUILTIN_PROFILES.some((p) => p.name === name);

/** What the profiles were before a change, to put them back (undo). */
export type ProfilesSnapshot = ProfilesContent;

export class ProfileStore {
  constructor(private readonly doc: Document<ProfilesContent>) {}

  list(): { profiles: (ConsentProfile & { builtin: boolean })[]; active: string } {
    const content = this.doc.read();
    return {
      profiles: [
        ...BUILTIN_PROFILES.map((p) => ({ ...p, builtin: true })),
        ...content.profiles.map((p) => ({ ...p, builtin: false })),
      ],
      active: this.get(content.active) ? content.active : 'accept-all',
    };
  }

  get(name: string): ConsentProfile | null {
    return (
      BUILTIN_PROFILES.find((p) => p.name === name) ??
      this.doc.read().profiles.find((p) => p.name === name) ??
      null
    );
  }

  /** The profile a name designates, or the active one; NOT_FOUND naming the choices there are. */
  resolve(name?: string): ConsentProfile {
    const wanted = name ?? this.list().active;
    const found = this.get(wanted);
    if (!found) {
      const names = this.list().profiles.map((p) => p.name);
      throw new CrumbsError('NOT_FOUND', `No consent profile "${wanted}". Profiles: ${names.join(', ')}.`);
    }
    return found;
  }

  snapshot(): ProfilesSnapshot {
    return structuredClone(this.doc.read());
  }

  /** Creates or replaces a profile (renaming it when `previousName` differs); returns the state before. */
  async save(profile: ConsentProfile, previousName?: string): Promise<ProfilesSnapshot> {
    for (const name of [profile.name, previousName]) {
      if (name !== undefined && isBuiltin(name)) {
        throw new CrumbsError(
          'VALIDATION',
          `"${name}" is built in and cannot be changed; duplicate it to make your own.`,
        );
      }
    }
    const before = this.snapshot();
    const replaced = previousName ?? profile.name;
    if (previousName !== undefined && previousName !== profile.name && this.get(profile.name)) {
      throw new CrumbsError('VALIDATION', `A profile named "${profile.name}" already exists.`);
    }
    const others = before.profiles.filter((p) => p.name !== replaced);
    const index = before.profiles.findIndex((p) => p.name === replaced);
    const profiles = [...others];
    profiles.splice(index < 0 ? others.length : index, 0, profile);
    const active = before.active === replaced ? profile.name : before.active;
    await this.doc.write({ profiles, active });
    return before;
  }

  async remove(name: string): Promise<ProfilesSnapshot | null> {
    if (isBuiltin(name)) throw new CrumbsError('VALIDATION', `"${name}" is built in and cannot be removed.`);
    const before = this.snapshot();
    if (!before.profiles.some((p) => p.name === name)) return null;
    await this.doc.write({
      profiles: before.profiles.filter((p) => p.name !== name),
      active: before.active === name ? 'accept-all' : before.active,
    });
    return before;
  }

  async use(name: string): Promise<void> {
    this.resolve(name);
    await this.doc.write({ ...this.doc.read(), active: name });
  }

  async restore(snapshot: ProfilesSnapshot): Promise<void> {
    await this.doc.write(snapshot);
  }
}

/** The choices a profile makes for one site: its categories, overridden by the site's own. */
export function choicesFor(profile: ConsentProfile, site: string): Choices {
  const override = Object.hasOwn(profile.sites, site) ? profile.sites[site] : undefined;
  return { ...profile.categories, ...(override?.categories ?? {}), necessary: true };
}

/** The names a profile keeps on a site whatever their category (`name` exactly, `prefix*` as a prefix). */
export function keptNames(profile: ConsentProfile, site: string): (name: string) => boolean {
  const rules = (Object.hasOwn(profile.sites, site) ? profile.sites[site]?.keep : undefined) ?? [];
  return (name) => rules.some((r) => (r.endsWith('*') ? name.startsWith(r.slice(0, -1)) : name === r));
}

/** The categories a profile refuses on a site (never `necessary`). */
export function refusedCategories(profile: ConsentProfile, site: string): ConsentCategory[] {
  const choices = choicesFor(profile, site);
  return CONSENT_CATEGORIES.filter((c) => !choices[c]);
}
