// The core's pushed events (shared/events.ts) as the UI sees them: one feed per app, next to the Client.
// Electron delivers them through the preload bridge; browser mode reads a stream (http-events.ts).
import type { CrumbsBridge } from '../../shared/bridge';
import { parseEvent, type EventName, type EventPayload } from '../../shared/events';

/** One parsed event: the name tells the payload's type. */
export type CrumbsEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];
export type CrumbsEventListener = (event: CrumbsEvent) => void;

export interface EventFeed {
  /** Listens until the returned function is called; the first listener may open a connection. */
  subscribe(listener: CrumbsEventListener): () => void;
  /**
   * Called when the feed was refused for a bad access token (browser mode). The feed has stopped for good
   * by then; the app shows its "access link no longer valid" page.
   */
  onUnauthorized(callback: () => void): () => void;
}

/** For a UI without events (and tests that do not need them): nothing ever arrives. */
export const NO_EVENTS: EventFeed = {
  subscribe: () => () => undefined,
  onUnauthorized: () => () => undefined,
};

/** Calls each listener, so one that throws cannot keep the event from the others. */
export function deliver(listeners: Iterable<CrumbsEventListener>, event: CrumbsEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch {
      // A broken screen must not stop the feed; the next event gets through all the same.
    }
  }
}

/** Electron: the preload already parses, but the bridge's type says `unknown` payload; parse again to type it. */
export function createIpcEvents(bridge: CrumbsBridge): EventFeed {
  return {
    subscribe(listener) {
      // A preload from before events existed has no onEvent: the UI then simply sees none.
      if (typeof bridge.onEvent !== 'function') return () => undefined;
      return bridge.onEvent((message) => {
        const event = parseEvent(message);
        if (event) deliver([listener], event);
      });
    },
    // IPC has no token to refuse.
    onUnauthorized: () => () => undefined,
  };
}
