// The report as JSON: keys in one fixed order whatever order the objects were built in, so two reports of the same
// jar compare line by line.
import type { Duration, Finding, Report } from '../../../../shared/model';

function duration(d: Duration | null): Duration | null {
  return d === null ? null : { raw: d.raw, kind: d.kind, seconds: d.seconds, condition: d.condition };
}

function finding(f: Finding): Finding {
  return {
    site: f.site,
    cookie: f.cookie,
    type: f.type,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    evidence: {
      declared: duration(f.evidence.declared),
      actualSeconds: f.evidence.actualSeconds,
      limit: f.evidence.limit,
      category: f.evidence.category,
      where: f.evidence.where,
    },
  };
}

export function reportToJson(report: Report): string {
  const stable: Report = {
    generatedAt: report.generatedAt,
    sites: [...report.sites],
    findings: report.findings.map(finding),
  };
  return `${JSON.stringify(stable, null, 2)}\n`;
}
