// The findings a person narrowed the report to: by severity, by kind, by text in the site or cookie name.
import type { Finding, FindingKind, Severity } from '../../../shared/model';

export interface FindingFilter {
  severity: Severity | '';
  kind: FindingKind | '';
  text: string;
}

export const NO_FILTER: FindingFilter = { severity: '', kind: '', text: '' };

export function isFiltering(filter: FindingFilter): boolean {
  return filter.severity !== '' || filter.kind !== '' || filter.text.trim() !== '';
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const text = filter.text.trim().toLowerCase();
  return findings.filter(
    (f) =>
      (filter.severity === '' || f.severity === filter.severity) &&
      (filter.kind === '' || f.kind === filter.kind) &&
      (text === '' ||
        f.site.toLowerCase().includes(text) ||
        (f.cookie !== null && f.cookie.toLowerCase().includes(text))),
  );
}
