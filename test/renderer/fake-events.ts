// The core's events for tests: an EventFeed the UI subscribes to, fired by hand with emit().
import type { EventName, EventPayload } from '../../shared/events';
import { deliver, type CrumbsEventListener, type EventFeed } from '../../renderer/client/events';

export function createFakeEvents() {
  const listeners = new Set<CrumbsEventListener>();
  const refusal = new Set<() => void>();
  const feed: EventFeed = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onUnauthorized(callback) {
      refusal.add(callback);
      return () => refusal.delete(callback);
    },
  };
  return {
    feed,
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      // Same pairing as parseEvent's result; the generic cannot prove it.
      deliver(listeners, { name, payload } as Parameters<CrumbsEventListener>[0]);
    },
    refuse() {
      for (const callback of [...refusal]) callback();
    },
    get listeners() {
      return listeners.size;
    },
  };
}
