// The contract implemented against the core services. Hosts (IPC, HTTP, CLI) call these with parsed input.
import type { Api } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import type { SiteSummary } from '../../shared/model';
import { version } from '../../package.json';
import type { Jar } from './jar/jar';
import { toView } from './jar/convert';
import { importFiles, type ImportProgress } from './jar/import';
import type { EventHub } from '../../shared/events';
import { listBrowserProfiles, readBrowserProfile } from './browsers/read-profile';
import { exportCookies } from './jar/export';
import { normalizeSite, siteOf, siteOfOrigin } from './jar/site';
import { UndoBuffer } from './jar/undo';
import { allPolicies, policyFor } from './policy/policies';
import type { KeyProtection } from './storage/data-key';

export interface ApiDeps {
  jar: Jar;
  events: EventHub;
  dataDir: string;
  keyProtection: KeyProtection;
}

export function createApi({ jar, events, dataDir, keyProtection }: ApiDeps): Api {
  const onProgress = (p: ImportProgress) => events.emit('import.progress', p);
  const undo = new UndoBuffer();

  return {
    async 'app.info'() {
      return { version, dataDir, cookieCount: jar.live().length, keyProtection };
    },

    async 'sites.list'() {
      const sites = new Map<string, SiteSummary>();
      const entry = (site: string): SiteSummary => {
        let s = sites.get(site);
        if (!s) {
          s = {
            site,
            cookieCount: 0,
            storageCount: 0,
            declaredCount: 0,
            hasPolicy: false,
            builtin: false,
            lastSeen: null,
          };
          sites.set(site, s);
        }
        return s;
      };
      for (const policy of allPolicies()) {
        const s = entry(policy.site);
        s.hasPolicy = true;
        s.builtin = policy.source.kind === 'builtin';
        s.declaredCount = policy.entries.length;
      }
      for (const c of jar.live()) {
        const s = entry(siteOf(c.domain ?? ''));
        s.cookieCount++;
        const created = c.creation instanceof Date ? Math.floor(c.creation.getTime() / 1000) : null;
        if (created !== null && (s.lastSeen === null || created > s.lastSeen)) s.lastSeen = created;
      }
      for (const e of jar.storageEntries()) entry(siteOfOrigin(e.origin)).storageCount++;
      return [...sites.values()].sort((a, b) => a.site.localeCompare(b.site));
    },

    async 'sites.get'({ site }) {
      const name = normalizeSite(site);
      const cookies = jar
        .ofSite(name)
        .map(toView)
        .sort(
          (a, b) =>
            a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path),
        );
      const storage = jar
        .storageOfSite(name)
        .map(({ value, ...rest }) => ({ ...rest, valueLength: value.length }))
        .sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name));
      return { site: name, policy: policyFor(name), cookies, storage };
    },

    async 'sites.delete'({ site }) {
      const name = normalizeSite(site);
      const cookies = jar.ofSite(name);
      await jar.remove(cookies);
      const storage = jar.removeStorage(jar.storageOfSite(name));
      return { removed: cookies.length + storage.length, undoId: undo.remember({ cookies, storage }) };
    },

    async 'storage.reveal'({ origin, name }) {
      const entry = jar.findStorage(origin, name);
      if (!entry)
        throw new CrumbsError('NOT_FOUND', `No localStorage entry "${name}" for ${origin} in the jar.`);
      return { value: entry.value };
    },

    async 'storage.delete'({ keys }) {
      const storage = jar.removeStorage(keys);
      return { removed: storage.length, undoId: undo.remember({ cookies: [], storage }) };
    },

    async 'cookies.reveal'(key) {
      const cookie = jar.find(key);
      if (!cookie)
        throw new CrumbsError(
          'NOT_FOUND',
          `No cookie "${key.name}" for ${key.domain}${key.path} in the jar.`,
        );
      return { value: cookie.value };
    },

    async 'cookies.delete'({ keys }) {
      const removed = keys.map((k) => jar.find(k)).filter((c) => c !== undefined);
      await jar.remove(removed);
      return { removed: removed.length, undoId: undo.remember({ cookies: removed, storage: [] }) };
    },

    async 'jar.undo'({ undoId }) {
      const deleted = undo.take(undoId);
      if (!deleted) throw new CrumbsError('NOT_FOUND', 'There is nothing to undo any more.');
      await jar.put(deleted.cookies);
      jar.putStorage(deleted.storage);
      return { restored: deleted.cookies.length + deleted.storage.length };
    },

    async 'import.run'({ files, ...options }) {
      const decoded = files.map((f) => ({
        name: f.name,
        bytes: f.encoding === 'base64' ? Buffer.from(f.content, 'base64') : Buffer.from(f.content, 'utf8'),
      }));
      return importFiles(jar, decoded, { ...withoutUndefined(options), onProgress });
    },

    async 'browsers.list'() {
      return listBrowserProfiles();
    },

    async 'import.browser'({ id, ...options }) {
      const { profile, file } = await readBrowserProfile(id);
      return importFiles(jar, [file], { format: profile.format, ...withoutUndefined(options), onProgress });
    },

    async 'export.run'({ site, ...request }) {
      return exportCookies(
        jar,
        withoutUndefined({ ...request, site: site === undefined ? undefined : normalizeSite(site) }),
      );
    },
  };
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes-friendly option objects). */
function withoutUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
