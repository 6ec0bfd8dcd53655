// Everything in the UI reaches the core through this context, so tests can hand in a fake Client (and a fake
// feed of the core's events).
import { createContext, useContext, useEffect, useEffectEvent, type ReactNode } from 'react';
import type { Client } from '../../shared/contract';
import type { EventName, EventPayload } from '../../shared/events';
import { NO_EVENTS, type CrumbsEvent, type EventFeed } from './events';

const ClientContext = createContext<Client | null>(null);
const EventsContext = createContext<EventFeed>(NO_EVENTS);

export function ClientProvider({
  client,
  events = NO_EVENTS,
  children,
}: {
  client: Client;
  events?: EventFeed;
  children: ReactNode;
}) {
  return (
    <ClientContext.Provider value={client}>
      <EventsContext.Provider value={events}>{children}</EventsContext.Provider>
    </ClientContext.Provider>
  );
}

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient() needs a <ClientProvider> above it.');
  return client;
}

export function useEvents(): EventFeed {
  return useContext(EventsContext);
}

/** Calls `handler` with the payload of each `name` event while the component is mounted. */
export function useEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): void {
  const feed = useEvents();
  // The newest handler is called, without subscribing again (and reconnecting a stream) on every render.
  const onEvent = useEffectEvent((event: CrumbsEvent) => {
    // parseEvent pairs the payload with its name; the comparison cannot carry that pairing to E.
    if (event.name === name) handler(event.payload as EventPayload<E>);
  });
  useEffect(() => feed.subscribe((event) => onEvent(event)), [feed]);
}
