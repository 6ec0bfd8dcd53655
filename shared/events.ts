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
export function parseEvent(
  raw: unknown,
): { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !(EVENT_NAMES as string[]).includes(name)) return null;
  const parsed = events[name as EventName].safeParse(payload);
  return parsed.success ? { name: name as EventName, payload: parsed.data } : null;
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
