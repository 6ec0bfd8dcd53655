// Everything in the UI reaches the core through this context, so tests can hand in a fake Client.
import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from '../../shared/contract';

const ClientContext = createContext<Client | null>(null);

export function ClientProvider({ client, children }: { client: Client; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient() needs a <ClientProvider> above it.');
  return client;
}
