// The contract implemented against the core services. Hosts (IPC, HTTP, CLI) call these with parsed input.
import type { Api } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { version } from '../../package.json';
import type { Jar } from './jar/jar';
import { toModel, toView } from './jar/convert';
import { importFiles, type ImportProgress } from './jar/import';
import type { EventHub } from '../../shared/events';
import { listBrowserProfiles, readBrowserProfile } from './browsers/read-profile';
import { exportCookies } from './jar/export';
import { normalizeSite, siteOf } from './jar/site';
import { saveCookie } from './jar/edit';
import { UndoBuffer } from './jar/undo';
import type { PolicyServices } from './policy/service';
import { createPolicyApi } from './policy/api';
import { createConsentApi } from './consent/api';
import { createCmpApi } from './consent/cmp-api';
import { ADAPTERS } from './consent/registry';
import { createJarApi } from './jar/api';
import { JarQueries } from './jar/query';
import { SiteList } from './sites';
import { refusedCategories, type ProfileStore } from './consent/profiles/store';
import type { DocumentNotice } from './storage/documents';
import type { CoreSafety } from './storage/safety';
import type { KeyProtection } from './storage/data-key';

export interface ApiDeps {
  jar: Jar;
  events: EventHub;
  dataDir: string;
  keyProtection: KeyProtection;
  policies: PolicyServices;
  profiles: ProfileStore;
  safety: CoreSafety;
  /** Data files moved aside because they could not be read. */
  notices: readonly DocumentNotice[];
}

export function createApi(deps: ApiDeps): Api {
  const { jar, events, dataDir, keyProtection, policies, profiles, notices, safety } = deps;
  // What the active consent profile refuses on a site: the report turns stored cookies of those into findings.
  const refusedFor = (site: string) => refusedCategories(profiles.resolve(), site);
  const onProgress = (p: ImportProgress) => events.emit('import.progress', p);
  const undo = new UndoBuffer();
  const queries = new JarQueries(jar, policies);
  const siteList = new SiteList(jar, policies, queries, refusedFor, () => JSON.stringify(profiles.resolve()));

  return {
    async 'app.info'() {
      // Documents load on first use: read them now, so a file set aside at start is reported at start.
      policies.store.all();
      profiles.list();
      await policies.catalog();
      return {
        version,
        dataDir,
        cookieCount: jar.live().length,
        keyProtection,
        notices: [...notices],
        valueStorage: safety.state(),
      };
    },

    async 'storage.allowUnprotected'() {
      return safety.allowUnprotected();
    },

    async 'storage.rotateKey'() {
      await safety.rotateDataKey();
      return safety.state();
    },

    async 'sites.list'() {
      return siteList.list();
    },

    async 'sites.get'({ site }) {
      const name = normalizeSite(site);
      const classify = await policies.classifierFor(name);
      const live = jar.ofSite(name);
      const cookies = live
        .map((c) => toView(c, classify({ name: c.key, type: 'cookie' })))
        .sort(
          (a, b) =>
            a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain) || a.path.localeCompare(b.path),
        );
      const entries = jar.storageOfSite(name);
      const storage = entries
        .map(({ value, ...rest }) => ({
          ...rest,
          valueLength: value.length,
          classification: classify({ name: rest.name, type: 'localStorage' }),
        }))
        .sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name));
      const findings = await policies.siteFindings({
        site: name,
        cookies: live.map(toModel),
        storage: entries,
      });
      return { site: name, policy: policies.store.get(name), cookies, storage, findings };
    },

    async 'sites.delete'({ site }) {
      const name = normalizeSite(site);
      const cookies = jar.ofSite(name);
      await jar.remove(cookies);
      const storage = jar.removeStorage(jar.storageOfSite(name));
      return {
        removed: cookies.length + storage.length,
        undoId: undo.remember({ kind: 'jar', cookies, storage }),
      };
    },

    async 'storage.reveal'({ origin, name }) {
      const entry = jar.findStorage(origin, name);
      if (!entry)
        throw new CrumbsError('NOT_FOUND', `No localStorage entry "${name}" for ${origin} in the jar.`);
      return { value: entry.value };
    },

    async 'storage.delete'({ keys }) {
      const storage = jar.removeStorage(keys);
      return { removed: storage.length, undoId: undo.remember({ kind: 'jar', cookies: [], storage }) };
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

    async 'cookies.save'({ original, cookie }) {
      const { saved, before } = await saveCookie(jar, cookie, original);
      const view = toView(
        saved,
        (await policies.classifierFor(siteOf(saved.domain ?? '')))({ name: saved.key, type: 'cookie' }),
      );
      const written = { domain: view.domain, path: view.path, name: view.name };
      return { cookie: view, undoId: undo.remember({ kind: 'cookie-edit', before, written }) };
    },

    async 'cookies.delete'({ keys }) {
      const removed = keys.map((k) => jar.find(k)).filter((c) => c !== undefined);
      await jar.remove(removed);
      return {
        removed: removed.length,
        undoId: undo.remember({ kind: 'jar', cookies: removed, storage: [] }),
      };
    },

    async 'jar.undo'({ undoId }) {
      const item = undo.take(undoId);
      if (!item) throw new CrumbsError('NOT_FOUND', 'There is nothing to undo any more.');
      if (item.kind === 'policy') {
        await policies.store.restore(item.snapshot);
        return { restored: 1 };
      }
      if (item.kind === 'cookie-edit') {
        const now = jar.find(item.written);
        if (now) await jar.remove([now]);
        if (item.before) await jar.put([item.before]);
        return { restored: 1 };
      }
      if (item.kind === 'profiles') {
        await profiles.restore(item.snapshot);
        return { restored: 1 };
      }
      await jar.put(item.cookies);
      jar.putStorage(item.storage);
      return { restored: item.cookies.length + item.storage.length };
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

    ...createPolicyApi({ jar, policies, undo, refusedFor }),
    ...createConsentApi({ jar, policies, profiles, undo }),
    ...createCmpApi({ jar, profiles, adapters: ADAPTERS }),
    ...createJarApi({ jar, policies, queries }),

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
