// Query keys of the Jar view. Its windows are kept for as long as the jar's revision holds (useJarWindow
// checks it); a change here or elsewhere invalidates them with everything else (LiveUpdates, invalidateJarView).
import type { QueryClient } from '@tanstack/react-query';
import { invalidateJar } from '../../client/queries';
import type { JarBaseQuery } from './filters';

export const jarKeys = {
  all: ['jar.query'] as const,
  page: (query: JarBaseQuery, page: number) => ['jar.query', query, page] as const,
  storage: ['jar.storage'] as const,
};

export async function invalidateJarView(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: jarKeys.all }),
    queryClient.invalidateQueries({ queryKey: jarKeys.storage }),
    invalidateJar(queryClient),
  ]);
}
