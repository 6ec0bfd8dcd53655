// One order for findings whatever order the jar or the policy listed things in: severity, site, then the cookie
// (site-wide findings first), kind, where, type. Plain code-unit comparison: the same on every machine and locale.
import { FINDING_KINDS, SEVERITIES, type Finding } from '../../../../shared/model';

function text(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    text(a.site, b.site) ||
    text(a.cookie, b.cookie) ||
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    text(a.evidence.where, b.evidence.where) ||
    text(a.type, b.type) ||
    text(a.message, b.message)
  );
}
