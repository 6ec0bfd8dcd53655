// The report's query: one per scope (the whole jar, or one site). Anything that changes what the jar holds, a
// policy or the catalog changes the findings, so they are invalidated together with the jar's own queries.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';

export const reportKeys = {
  all: ['report.run'] as const,
  scope: (site: string | undefined) => ['report.run', site ?? null] as const,
  catalog: ['catalog.info'] as const,
};

export function useReport(site: string | undefined) {
  const client = useClient();
  return useQuery({
    queryKey: reportKeys.scope(site),
    queryFn: () => client['report.run'](site === undefined ? {} : { site }),
    // Other views change the jar without knowing about the report: ask again whenever the view opens.
    refetchOnMount: 'always',
  });
}

export function useCatalogInfo() {
  const client = useClient();
  return useQuery({ queryKey: reportKeys.catalog, queryFn: () => client['catalog.info']({}) });
}

/** After the catalog changed: every classification (site pages, findings) and the catalog's own counts. */
export async function invalidateClassifications(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    invalidateJar(queryClient),
    queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    queryClient.invalidateQueries({ queryKey: reportKeys.catalog }),
  ]);
}
