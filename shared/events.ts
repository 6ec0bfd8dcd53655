// What the core tells a UI without being asked: pushed over IPC in Electron and streamed over HTTP in
// browser mode, parsed with these schemas on arrival like every contract answer.
import { z } from 'zod';

export const events = {
  /** Long imports report where they are: reading a file, checking its cookies, saving the jar. */
  'import.progress': z.object({
    phase: z.enum(['reading', 'checking', 'saving']),
    file: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int(),
  }),
  /**
   * Something the UIs show changed (an import, a deletion, an undo, a policy, a profile, the catalog), from
   * this window, another one or the app's own work: every view refreshes what it shows of `what`.
   */
  'data.changed': z.object({
    what: z.enum(['jar', 'policies', 'profiles', 'catalog']),
    /** Grows with every change of that data in this process. */
    revision: z.number().int(),
  }),
} satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export interface EventMessage {
  name: EventName;
  payload: unknown;
}
export type EventListener = (message: EventMessage) => void;

export const EVENT_NAMES = Object.keys(events) as EventName[];

/** Parses a message that crossed a boundary; null when it is not one of ours. */
export type ParsedEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export function parseEvent(raw: unknown): ParsedEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !(EVENT_NAMES as string[]).includes(name)) return null;
  const parsed = events[name as EventName].safeParse(payload);
  // The schema picked by name parsed the payload: the pair is one of the union's members.
  return parsed.success ? ({ name, payload: parsed.data } as ParsedEvent) : null;
}

/** A tiny publish/subscribe hub for the core's events. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener({ name, payload });
      } catch {
        // One broken subscriber (a closed window, a dropped stream) must not stop the others or the import.
      }
    }
  }
}
