// The rows the table shows, fetched a page at a time from jar.query as the user scrolls: only the pages the
// visible rows (and the overscan) fall in are asked for, each cached under its query and page number. A page
// from an older revision of the jar than the newest one seen is fetched again, so the table never mixes
// states. While a new filter's first page is on its way the previous rows stay (marked stale), rather than
// the table emptying on each keystroke.
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Client } from '../../../shared/contract';
import type { JarPage } from '../../../shared/contract-jar';
import type { CookieKey, CookieView } from '../../../shared/model';
import { useClient } from '../../client/context';
import type { JarBaseQuery } from './filters';
import { jarKeys } from './jar-keys';

export const PAGE_SIZE = 100;
/** The most jar.query hands back at once (contract-jar.ts). */
const MAX_LIMIT = 1000;

interface Settled {
  text: string;
  query: JarBaseQuery;
  total: number;
  size: number;
}

export interface JarWindow {
  /** Matching cookies (of the query shown; the previous one's while the first page loads). */
  total: number;
  size: number;
  row: (index: number) => CookieView | undefined;
  /** No page of the current query has arrived yet. */
  loading: boolean;
  /** The rows on screen belong to the previous query. */
  stale: boolean;
  /** The jar's revision the rows were read at ('' before any). */
  revision: string;
  error: unknown;
}

export function useJarWindow(query: JarBaseQuery, first: number, last: number): JarWindow {
  const client = useClient();
  const queryClient = useQueryClient();
  const firstPage = Math.floor(Math.max(0, first) / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(Math.max(0, last) / PAGE_SIZE));
  const wanted: number[] = [];
  for (let p = firstPage; p <= lastPage; p++) wanted.push(p);

  const results = useQueries({
    queries: wanted.map((page) => ({
      queryKey: jarKeys.page(query, page),
      queryFn: () => client['jar.query']({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
      // Fresh until the jar changes: the revision check below and data.changed decide, not a timer.
      staleTime: Infinity,
    })),
  });

  const pages = new Map<number, JarPage>();
  results.forEach((result, i) => {
    if (result.data) pages.set(wanted[i]!, result.data);
  });
  // The page read last speaks for the jar as it is now.
  const latest = results.reduce<{ page: JarPage; at: number } | null>(
    (best, r) =>
      r.data && (!best || r.dataUpdatedAt > best.at) ? { page: r.data, at: r.dataUpdatedAt } : best,
    null,
  );

  // A page cached under an older revision is read again.
  const revision = latest?.page.revision;
  useEffect(() => {
    if (revision === undefined) return;
    for (const page of wanted) {
      const key = jarKeys.page(query, page);
      const cached = queryClient.getQueryData<JarPage>(key);
      if (cached && cached.revision !== revision)
        void queryClient.invalidateQueries({ queryKey: key, exact: true });
    }
  });

  // The last query that had rows: shown (from the cache) while a new query's first page is on its way.
  const queryText = JSON.stringify(query);
  const [settled, setSettled] = useState<Settled | null>(null);
  if (
    latest &&
    (settled?.text !== queryText || settled.total !== latest.page.total || settled.size !== latest.page.size)
  ) {
    setSettled({ text: queryText, query, total: latest.page.total, size: latest.page.size });
  }
  const stale = latest === null && settled !== null && settled.text !== queryText;
  const known = latest ? latest.page : settled;
  const error = results.find((r) => r.isError)?.error ?? null;
  const cachedPage = (number: number) => {
    const page = queryClient.getQueryData<JarPage>(jarKeys.page(query, number));
    return page && page.revision === latest?.page.revision ? page : undefined;
  };
  const row = (index: number): CookieView | undefined => {
    const number = Math.floor(index / PAGE_SIZE);
    // Pages out of view stay in the cache for a while: the active row keeps its details when scrolled away.
    const page = stale
      ? queryClient.getQueryData<JarPage>(jarKeys.page(settled.query, number))
      : (pages.get(number) ?? cachedPage(number));
    return page?.rows[index - page.offset];
  };
  return {
    total: error ? 0 : (known?.total ?? 0),
    size: error ? 0 : (known?.size ?? 0),
    row,
    loading: latest === null && settled?.text !== queryText,
    stale: stale && error === null,
    revision: latest?.page.revision ?? '',
    error,
  };
}

/**
 * The keys of the matching cookies from `from` to `to` (inclusive), read straight from jar.query a thousand
 * at a time: for a Shift range that reaches rows never shown, and for deleting "all matching".
 */
export async function collectKeys(
  client: Client,
  query: JarBaseQuery,
  from: number,
  to: number,
): Promise<CookieKey[]> {
  const keys: CookieKey[] = [];
  for (let offset = from; offset <= to; offset += MAX_LIMIT) {
    const page = await client['jar.query']({
      ...query,
      offset,
      limit: Math.min(MAX_LIMIT, to - offset + 1),
    });
    for (const c of page.rows) keys.push({ domain: c.domain, path: c.path, name: c.name });
    if (page.rows.length === 0 || offset + page.rows.length >= page.total) break;
  }
  return keys;
}
