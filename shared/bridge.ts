// What the preload puts on `window.crumbs`, and the channel names main and preload agree on.
// Pure TypeScript (no 'electron' import): main, preload and the renderer share it.
import type { Envelope, Method } from './contract';
import type { EventMessage } from './events';

/** Every contract method travels on `crumbs:<method>`; nothing else is handled. */
export const IPC_PREFIX = 'crumbs:';
/** Main → renderer only: the core's events (shared/events.ts). */
export const EVENT_CHANNEL = 'crumbs:event';
/** Main → renderer only: the menu asks the UI to show a route. */
export const NAVIGATE_CHANNEL = 'crumbs:navigate';

/** Routes the menu may ask for. The renderer owns routing; these are the only ones main knows about. */
export const NAVIGATE_ROUTES = ['#/import', '#/export'] as const;
export type NavigateRoute = (typeof NAVIGATE_ROUTES)[number];

export function isNavigateRoute(value: unknown): value is NavigateRoute {
  return typeof value === 'string' && (NAVIGATE_ROUTES as readonly string[]).includes(value);
}

export interface CrumbsBridge {
  /** Answers with an Envelope (never throws for an error the core reported); pair with shared/client.ts. */
  invoke(method: Method, input: unknown): Promise<Envelope>;
  /** Called when the menu asks for a route; returns the unsubscribe function. */
  onNavigate(callback: (route: NavigateRoute) => void): () => void;
  /** Called with each event the core pushes (already parsed); returns the unsubscribe function. */
  onEvent(callback: (message: EventMessage) => void): () => void;
}
