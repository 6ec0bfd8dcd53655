// What the sites list is showing (search words, order) outlives the page: back from a site, the list is as
// it was left, and J/K on a site page walk the sites in that same order.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SiteSummary } from '../../../shared/model';
import { filterSites } from './filter';
import { DEFAULT_SORT, sortSites, type SiteSort } from './sort';

interface SitesView {
  query: string;
  setQuery(query: string): void;
  sort: SiteSort;
  setSort(sort: SiteSort): void;
}

const SitesViewContext = createContext<SitesView | null>(null);

export function SitesViewProvider({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SiteSort>(DEFAULT_SORT);
  const view = useMemo(() => ({ query, setQuery, sort, setSort }), [query, sort]);
  return <SitesViewContext.Provider value={view}>{children}</SitesViewContext.Provider>;
}

/** The list's state; a page rendered without the provider (a test of one view) keeps its own. */
export function useSitesView(): SitesView {
  const shared = useContext(SitesViewContext);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SiteSort>(DEFAULT_SORT);
  return shared ?? { query, setQuery, sort, setSort };
}

/**
 * The sites in the order the list shows them: searched and sorted when `current` is among the matches,
 * else all of them in that order (a site opened from elsewhere still has neighbours).
 */
export function siteOrder(
  sites: readonly SiteSummary[],
  view: Pick<SitesView, 'query' | 'sort'>,
  current: string,
) {
  const shown = sortSites(filterSites(sites, view.query), view.sort).map((s) => s.site);
  return shown.includes(current) ? shown : sortSites(sites, view.sort).map((s) => s.site);
}
