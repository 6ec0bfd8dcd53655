// The contract implemented against the core services. Hosts (IPC, HTTP, CLI) call these with parsed input.
import type { Api } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import type { SiteSummary } from '../../shared/model';
import { version } from '../../package.json';
import type { Jar } from './jar/jar';
import { toView } from './jar/convert';
import { importFiles } from './jar/import';
import { exportCookies } from './jar/export';
import { normalizeSite, siteOf } from './jar/site';
import { UndoBuffer } from './jar/undo';
import { allPolicies, policyFor } from './policy/policies';
import type { KeyProtection } from './storage/data-key';

export interface ApiDeps {
  jar: Jar;
  dataDir: string;
  keyProtection: KeyProtection;
}

export function createApi({ jar, dataDir, keyProtection }: ApiDeps): Api {
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
          s = { site, cookieCount: 0, declaredCount: 0, hasPolicy: false, builtin: false, lastSeen: null };
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
      return { site: name, policy: policyFor(name), cookies };
    },

    async 'sites.delete'({ site }) {
      const removed = jar.ofSite(normalizeSite(site));
      await jar.remove(removed);
      return { removed: removed.length, undoId: undo.remember(removed) };
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
      return { removed: removed.length, undoId: undo.remember(removed) };
    },

    async 'jar.undo'({ undoId }) {
      const cookies = undo.take(undoId);
      if (!cookies) throw new CrumbsError('NOT_FOUND', 'There is nothing to undo any more.');
      await jar.put(cookies);
      return { restored: cookies.length };
    },

    async 'import.run'({ files, format, dryRun, skipInvalid }) {
      return importFiles(jar, files, { format, dryRun, skipInvalid });
    },

    async 'export.run'({ format, site }) {
      return exportCookies(jar, format, site === undefined ? undefined : normalizeSite(site));
    },
  };
}
