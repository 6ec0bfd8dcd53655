// The contract's Jar-view methods: the whole jar as a filtered, sorted window, and its localStorage.
import type { Api } from '../../../shared/contract';
import type { jarContract } from '../../../shared/contract-jar';
import type { PolicyServices } from '../policy/service';
import type { Jar } from './jar';
import type { JarQueries } from './query';
import { normalizeSite, siteOfOrigin } from './site';

type JarApi = Pick<Api, Exclude<keyof typeof jarContract, 'cookies.save'>>;

export function createJarApi(deps: { jar: Jar; policies: PolicyServices; queries: JarQueries }): JarApi {
  const { jar, policies, queries } = deps;
  return {
    async 'jar.query'(q) {
      const site = q.site === undefined || q.site === '' ? undefined : normalizeSite(q.site);
      return queries.query({ ...q, ...(site !== undefined ? { site } : {}) });
    },
    async 'jar.storage'({ site }) {
      const only = site === undefined || site === '' ? undefined : normalizeSite(site);
      const entries = only === undefined ? jar.storageEntries() : jar.storageOfSite(only);
      const classifiers = new Map<string, Awaited<ReturnType<PolicyServices['classifierFor']>>>();
      const out = [];
      for (const { value, ...rest } of entries) {
        const s = siteOfOrigin(rest.origin);
        let classify = classifiers.get(s);
        if (!classify) {
          classify = await policies.classifierFor(s);
          classifiers.set(s, classify);
        }
        out.push({
          ...rest,
          valueLength: value.length,
          classification: classify({ name: rest.name, type: 'localStorage' }),
        });
      }
      return out.sort((a, b) => a.origin.localeCompare(b.origin) || a.name.localeCompare(b.name));
    },
  };
}
