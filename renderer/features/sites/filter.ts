import type { SiteSummary } from '../../../shared/model';

/** Case-insensitive substring match on the site name; an empty query keeps everything. */
export function filterSites(sites: readonly SiteSummary[], query: string): SiteSummary[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...sites];
  return sites.filter((site) => site.site.toLowerCase().includes(needle));
}
