// What the jar holds per site, as the report reads it: every site the jar or a policy knows, or just one.
import type { Jar } from '../jar/jar';
import { toModel } from '../jar/convert';
import { siteOf, siteOfOrigin } from '../jar/site';
import type { PolicyServices, SiteContents } from './service';

export function siteContents(jar: Jar, policies: PolicyServices, only?: string): SiteContents[] {
  if (only !== undefined) {
    return [{ site: only, cookies: jar.ofSite(only).map(toModel), storage: jar.storageOfSite(only) }];
  }
  const bySite = new Map<string, SiteContents>();
  const of = (site: string) => {
    let s = bySite.get(site);
    if (!s) {
      s = { site, cookies: [], storage: [] };
      bySite.set(site, s);
    }
    return s;
  };
  for (const policy of policies.store.all()) of(policy.site);
  for (const c of jar.live()) of(siteOf(c.domain ?? '')).cookies.push(toModel(c));
  for (const e of jar.storageEntries()) of(siteOfOrigin(e.origin)).storage.push(e);
  return [...bySite.values()];
}
