// Consent profiles and consent platforms: query keys, reads, and what a change invalidates. The active profile
// decides which stored items the report calls refused, and applying or writing a state changes the jar, so every
// consent change refreshes the jar's queries, the report and the consent readings together.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useClient } from '../../client/context';
import { invalidateJar } from '../../client/queries';
import { reportKeys } from '../report/queries';

export const consentKeys = {
  profiles: ['profiles.list'] as const,
  cmps: ['consent.cmps'] as const,
  decodeAll: ['consent.decode'] as const,
  decode: (site: string) => ['consent.decode', site] as const,
};

export function useProfiles() {
  const client = useClient();
  return useQuery({ queryKey: consentKeys.profiles, queryFn: () => client['profiles.list']({}) });
}

/** The adapters and their options: fixed for a running core. */
export function useCmps() {
  const client = useClient();
  return useQuery({
    queryKey: consentKeys.cmps,
    queryFn: () => client['consent.cmps']({}),
    staleTime: Infinity,
  });
}

export function useConsentReadings(site: string) {
  const client = useClient();
  return useQuery({ queryKey: consentKeys.decode(site), queryFn: () => client['consent.decode']({ site }) });
}

export async function invalidateConsent(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    invalidateJar(queryClient),
    queryClient.invalidateQueries({ queryKey: consentKeys.profiles }),
    queryClient.invalidateQueries({ queryKey: consentKeys.decodeAll }),
    queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  ]);
}
