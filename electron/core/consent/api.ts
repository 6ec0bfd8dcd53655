// The contract's consent-profile methods, against the profile store, the policies (for classification) and the jar.
import type { Api } from '../../../shared/contract';
import type { consentContract } from '../../../shared/contract-consent';
import { ConsentProfile } from '../../../shared/consent';
import { CrumbsError } from '../../../shared/errors';
import type { Problem } from '../../../shared/model';
import type { Jar } from '../jar/jar';
import { normalizeSite } from '../jar/site';
import type { UndoBuffer } from '../jar/undo';
import type { PolicyServices } from '../policy/service';
import { planApply } from './profiles/apply';
import { isBuiltin, type ProfileStore } from './profiles/store';

type ConsentApi = Pick<
  Api,
  Exclude<
    keyof typeof consentContract,
    'consent.cmps' | 'consent.encode' | 'consent.write' | 'consent.decode'
  >
>;

/** The file format profiles are exported in, and read back. */
const EXPORT_KIND = 'crumbs-consent-profiles';

export function createConsentApi(deps: {
  jar: Jar;
  policies: PolicyServices;
  profiles: ProfileStore;
  undo: UndoBuffer;
}): ConsentApi {
  const { jar, policies, profiles, undo } = deps;
  const remember = (before: Awaited<ReturnType<ProfileStore['save']>>) =>
    undo.remember({ kind: 'profiles', snapshot: before });

  return {
    async 'profiles.list'() {
      return profiles.list();
    },

    async 'profiles.save'({ profile, previousName }) {
      const undoId = remember(await profiles.save(profile, previousName));
      return { profile, undoId };
    },

    async 'profiles.delete'({ name }) {
      const before = await profiles.remove(name);
      return before ? { removed: 1, undoId: remember(before) } : { removed: 0, undoId: null };
    },

    async 'profiles.use'({ name }) {
      await profiles.use(name);
      return { active: name };
    },

    async 'profiles.import'({ file }) {
      let json: unknown;
      try {
        json = JSON.parse(file.content);
      } catch (err) {
        throw new CrumbsError('IMPORT_UNREADABLE', `${file.name} is not JSON: ${(err as Error).message}`);
      }
      const items = listOf(json);
      if (items === null) {
        throw new CrumbsError(
          'IMPORT_UNREADABLE',
          `${file.name}: expected a profile, a list of profiles or a Crumbs profiles export.`,
        );
      }
      const problems: Problem[] = [];
      const sound: ConsentProfile[] = [];
      items.forEach((item, index) => {
        const where = `${file.name} profile ${index + 1}`;
        const parsed = ConsentProfile.safeParse(item);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          problems.push({
            where,
            reason: `${issue?.path.join('.') || 'profile'}: ${issue?.message ?? 'invalid'}`,
          });
        } else if (isBuiltin(parsed.data.name)) {
          problems.push({
            where,
            reason: `"${parsed.data.name}" is a built-in profile's name; rename it first`,
          });
        } else sound.push(parsed.data);
      });
      if (sound.length === 0) return { imported: [], problems, undoId: null };
      const before = profiles.snapshot();
      for (const profile of sound) await profiles.save(profile);
      return { imported: sound.map((p) => p.name), problems, undoId: remember(before) };
    },

    async 'profiles.export'({ name }) {
      const chosen =
        name === undefined ? profiles.list().profiles.filter((p) => !p.builtin) : [profiles.resolve(name)];
      const content = JSON.stringify(
        {
          kind: EXPORT_KIND,
          version: 1,
          profiles: chosen.map(({ name, categories, sites, gpc }) => ({ name, categories, sites, gpc })),
        },
        null,
        2,
      );
      return {
        content: content + '\n',
        fileName: `${name ?? 'crumbs'}-consent-profiles.json`,
        mediaType: 'application/json',
      };
    },

    async 'profiles.apply'({ profile: name, site, dryRun }) {
      const profile = profiles.resolve(name);
      const only = site === undefined ? undefined : normalizeSite(site);
      const plan = await planApply(jar, policies, profile, only);
      let undoId: string | null = null;
      const changes = plan.cookies.length + plan.storage.length;
      if (!dryRun && changes > 0) {
        const cookies = plan.cookies.map((c) => c.cookie);
        await jar.remove(cookies);
        const storage = jar.removeStorage(plan.storage.map((s) => s.entry));
        undoId = undo.remember({ kind: 'jar', cookies, storage });
      }
      return {
        profile: profile.name,
        site: only ?? null,
        removed: {
          cookies: plan.cookies.map(({ cookie, site: s, category }) => ({
            site: s,
            domain: cookie.domain ?? '',
            path: cookie.path ?? '/',
            name: cookie.key,
            category,
          })),
          storage: plan.storage.map(({ entry, site: s, category }) => ({
            site: s,
            origin: entry.origin,
            name: entry.name,
            category,
          })),
        },
        kept: plan.kept,
        dryRun,
        applied: !dryRun && changes > 0,
        undoId,
      };
    },
  };
}

/** A profile, a list of them, or Crumbs's export `{ kind, version, profiles }`. */
function listOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return null;
  const profilesField = (json as Record<string, unknown>)['profiles'];
  if (Array.isArray(profilesField)) return profilesField;
  return 'name' in json ? [json] : null;
}
