// Query keys and hooks for what the screens read. Every change to the jar invalidates all of them:
// counts on the sites list, the site page and the status line move together.
import {
  QueryCache,
  MutationCache,
  QueryClient,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { CrumbsError } from '../../shared/errors';
import { useEffect, useRef } from 'react';
import { useClient, useEvent } from './context';

export const keys = {
  info: ['app.info'] as const,
  sites: ['sites.list'] as const,
  site: (site: string) => ['sites.get', site] as const,
  browsers: ['browsers.list'] as const,
};

export function useAppInfo() {
  const client = useClient();
  return useQuery({ queryKey: keys.info, queryFn: () => client['app.info']({}) });
}

export function useSites() {
  const client = useClient();
  return useQuery({ queryKey: keys.sites, queryFn: () => client['sites.list']({}) });
}

export function useSite(site: string) {
  const client = useClient();
  return useQuery({ queryKey: keys.site(site), queryFn: () => client['sites.get']({ site }) });
}

/** Installed browser profiles: not part of the jar, so no import invalidates them. */
export function useBrowserProfiles() {
  const client = useClient();
  return useQuery({ queryKey: keys.browsers, queryFn: () => client['browsers.list']({}) });
}

const JAR_KEYS: QueryKey[] = [keys.info, keys.sites, ['sites.get']];

export async function invalidateJar(queryClient: QueryClient): Promise<void> {
  await Promise.all(JAR_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof CrumbsError && error.code === 'UNAUTHORIZED';
}

export function createQueryClient(onUnauthorized: () => void): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthorized(error)) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    // The core is local: a failure is an answer (a CrumbsError), not a flaky network worth retrying.
    defaultOptions: { queries: { retry: false, staleTime: 2_000 }, mutations: { retry: false } },
  });
}

/**
 * Keeps every view current: when the core says something changed (an import, an undo, a policy, a profile,
 * the catalog, in this window or another), what is shown is read again. Installed browser profiles are not
 * the core's data and stay as they are.
 */
export function LiveUpdates(): null {
  const queryClient = useQueryClient();
  // A burst of changes (an import in steps, a bulk delete, an undo) is read again once, shortly after it ends.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );
  useEvent('data.changed', () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== keys.browsers[0] });
    }, LIVE_UPDATE_DELAY_MS);
  });
  return null;
}

/** Long enough to fold a burst of events into one refresh, short enough not to be seen. */
export const LIVE_UPDATE_DELAY_MS = 50;
