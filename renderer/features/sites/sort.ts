// The sites list's orders. Each starts the way a person would want it first (names A→Z; the most cookies,
// the most serious findings and the most recent first); ties fall back to the name, so the order is stable.
import type { SiteSummary } from '../../../shared/model';

export const SITE_SORTS = ['name', 'cookies', 'findings', 'lastSeen'] as const;
export type SiteSortKey = (typeof SITE_SORTS)[number];
export interface SiteSort {
  key: SiteSortKey;
  descending: boolean;
}

export const DEFAULT_SORT: SiteSort = { key: 'name', descending: false };

export function firstDirection(key: SiteSortKey): boolean {
  return key !== 'name';
}

/** Clicking the column sorted now flips it; another column starts in its own first direction. */
export function nextSort(current: SiteSort, key: SiteSortKey): SiteSort {
  return current.key === key
    ? { key, descending: !current.descending }
    : { key, descending: firstDirection(key) };
}

const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;

function compareFindings(a: SiteSummary, b: SiteSummary): number {
  for (const severity of SEVERITIES) {
    const diff = a.findings[severity] - b.findings[severity];
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareBy(key: SiteSortKey, a: SiteSummary, b: SiteSummary): number {
  switch (key) {
    case 'cookies':
      return a.cookieCount - b.cookieCount;
    case 'findings':
      return compareFindings(a, b);
    case 'lastSeen':
      // Never seen (no cookie) sorts as the oldest.
      return (a.lastSeen ?? -Infinity) - (b.lastSeen ?? -Infinity);
    default:
      return 0;
  }
}

const byName = (a: SiteSummary, b: SiteSummary) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0);

export function sortSites(sites: readonly SiteSummary[], sort: SiteSort): SiteSummary[] {
  const sign = sort.descending ? -1 : 1;
  return [...sites].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const primary = compareBy(sort.key, a, b);
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}

export function totalFindings(site: SiteSummary): number {
  return site.findings.high + site.findings.medium + site.findings.low + site.findings.info;
}
