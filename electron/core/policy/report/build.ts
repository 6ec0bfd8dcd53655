// The compliance report: what each site declares against what the jar really holds.
import type { Finding, Report } from '../../../../shared/model';
import type { ReportInput } from './input';
import { describe } from './messages';
import { compareFindings } from './order';
import { contextOf, siteFindings } from './site-findings';

/**
 * Findings for every site given, sorted by severity, site, cookie. A site without a policy declares nothing, so it
 * yields no undeclared, not-seen or outlives-declared findings: only what holds whatever the policy says (trackers
 * over 13 months, consent kept too long, refused categories, too many cookies).
 */
export function buildReport(input: ReportInput): Report {
  const ctx = contextOf(input);
  const findings: Finding[] = [];
  for (const site of input.sites) {
    for (const d of siteFindings(site, ctx)) {
      const message = describe(d, 'en');
      findings.push({
        site: d.site,
        cookie: d.cookie,
        type: d.type,
        kind: d.kind,
        severity: d.severity,
        message,
        evidence: d.evidence,
      });
    }
  }
  findings.sort(compareFindings);
  const sites = [...new Set(input.sites.map((s) => s.site))].sort();
  return { generatedAt: new Date(input.now * 1000).toISOString(), sites, findings };
}
