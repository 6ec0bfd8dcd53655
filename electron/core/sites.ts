// The sites list: every site the jar or a policy knows, with counts, categories and findings per site. At
// 100,000 cookies the categories come from the Jar view's prepared rows, and the findings are counted per
// site: the whole report is built once per revision of the policies and the active profile, and after a
// change of the jar only the sites whose cookies or localStorage changed are reported on again.
import type { Category, Severity, SiteSummary } from '../../shared/model';
import type { Finding } from '../../shared/policy';
import type { Jar } from './jar/jar';
import type { JarQueries } from './jar/query';
import { siteOf, siteOfOrigin } from './jar/site';
import type { PolicyServices } from './policy/service';
import { siteContents } from './policy/contents';

type Counts = Record<Severity, number>;

/** Past this many changed sites, one report on the whole jar costs no more. */
const MAX_STALE_SITES = 500;

export class SiteList {
  /** Findings by severity per site, for the policies' revision and the profile in `key`. */
  private counts: { key: string; bySite: Map<string, Counts> } | null = null;
  /** Sites whose cookies or localStorage changed since `counts` was made, or 'all'. */
  private stale: Set<string> | 'all' = 'all';

  constructor(
    private readonly jar: Jar,
    private readonly policies: PolicyServices,
    private readonly queries: JarQueries,
    private readonly refusedFor: (site: string) => Category[],
    /** Changes when the active profile or its choices change. */
    private readonly profileKey: () => string,
  ) {
    jar.watchCookies((cookie) => this.changed(cookie === null ? null : siteOf(cookie.domain ?? '')));
    jar.watchStorage((origin) => this.changed(siteOfOrigin(origin)));
  }

  private changed(site: string | null): void {
    if (this.stale === 'all') return;
    if (site === null || this.stale.size >= MAX_STALE_SITES) this.stale = 'all';
    else this.stale.add(site);
  }

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
    for (const [site, counts] of await this.findingCounts()) {
      const s = sites.get(site);
      if (s) s.findings = { ...counts };
    }
    return [...sites.values()].sort((a, b) => a.site.localeCompare(b.site));
  }

  /** Findings by severity for every site with any. */
  private async findingCounts(): Promise<ReadonlyMap<string, Counts>> {
    const key = `${this.policies.revision}.${this.profileKey()}`;
    const current = this.counts;
    // What changes while a report is being made is recorded anew and picked up next time.
    const stale = this.stale;
    this.stale = new Set();
    if (current === null || current.key !== key || stale === 'all') {
      const report = await this.policies.report(
        siteContents(this.jar, this.policies),
        Date.now(),
        this.refusedFor,
      );
      const bySite = new Map<string, Counts>();
      for (const f of report.findings) tally(bySite, f);
      this.counts = { key, bySite };
      return bySite;
    }
    for (const site of stale) {
      const findings = await this.policies.siteFindings(
        siteContents(this.jar, this.policies, site)[0]!,
        Date.now(),
        this.refusedFor,
      );
      current.bySite.delete(site);
      for (const f of findings) tally(current.bySite, f);
    }
    return current.bySite;
  }
}

function tally(bySite: Map<string, Counts>, f: Finding): void {
  let counts = bySite.get(f.site);
  if (!counts) {
    counts = { high: 0, medium: 0, low: 0, info: 0 };
    bySite.set(f.site, counts);
  }
  counts[f.severity]++;
}
