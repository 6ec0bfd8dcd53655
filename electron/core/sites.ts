// The sites list: every site the jar or a policy knows, with counts, categories and findings per site. At
// 100,000 cookies the categories come from the Jar view's prepared rows, and the report is built once per
// revision of the jar, the policies and the active profile.
import type { Category, SiteSummary } from '../../shared/model';
import type { Report } from '../../shared/policy';
import type { Jar } from './jar/jar';
import type { JarQueries } from './jar/query';
import { siteOfOrigin } from './jar/site';
import type { PolicyServices } from './policy/service';
import { siteContents } from './policy/contents';

export class SiteList {
  private cached: { key: string; report: Report } | null = null;

  constructor(
    private readonly jar: Jar,
    private readonly policies: PolicyServices,
    private readonly queries: JarQueries,
    private readonly refusedFor: (site: string) => Category[],
    /** Changes when the active profile or its choices change. */
    private readonly profileKey: () => string,
  ) {}

  async list(): Promise<SiteSummary[]> {
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
          categories: {},
          findings: { high: 0, medium: 0, low: 0, info: 0 },
        };
        sites.set(site, s);
      }
      return s;
    };
    for (const policy of this.policies.store.all()) {
      const s = entry(policy.site);
      s.hasPolicy = true;
      s.builtin = policy.source.kind === 'builtin';
      s.declaredCount = policy.entries.length;
    }
    for (const view of await this.queries.views()) {
      const s = entry(view.site);
      s.cookieCount++;
      const category = view.classification.category;
      s.categories[category] = (s.categories[category] ?? 0) + 1;
      if (view.creation !== null && (s.lastSeen === null || view.creation > s.lastSeen))
        s.lastSeen = view.creation;
    }
    const classifiers = new Map<string, Awaited<ReturnType<PolicyServices['classifierFor']>>>();
    for (const e of this.jar.storageEntries()) {
      const site = siteOfOrigin(e.origin);
      const s = entry(site);
      s.storageCount++;
      let classify = classifiers.get(site);
      if (!classify) {
        classify = await this.policies.classifierFor(site);
        classifiers.set(site, classify);
      }
      const category = classify({ name: e.name, type: 'localStorage' }).category;
      s.categories[category] = (s.categories[category] ?? 0) + 1;
    }
    for (const f of (await this.report()).findings) {
      const s = sites.get(f.site);
      if (s) s.findings[f.severity]++;
    }
    return [...sites.values()].sort((a, b) => a.site.localeCompare(b.site));
  }

  /** The whole jar's report, rebuilt only when the jar, the policies or the active profile changed. */
  async report(): Promise<Report> {
    const key = `${this.jar.revision}.${this.policies.revision}.${this.profileKey()}`;
    if (this.cached?.key === key) return this.cached.report;
    const report = await this.policies.report(
      siteContents(this.jar, this.policies),
      Date.now(),
      this.refusedFor,
    );
    this.cached = { key, report };
    return report;
  }
}
