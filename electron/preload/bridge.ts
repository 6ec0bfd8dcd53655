// The object the preload exposes as `window.crumbs`: contract calls and menu navigation, nothing else.
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMethod, type Envelope } from '../../shared/contract';
import {
  EVENT_CHANNEL,
  IPC_PREFIX,
  NAVIGATE_CHANNEL,
  isNavigateRoute,
  type CrumbsBridge,
} from '../../shared/bridge';
import { parseEvent } from '../../shared/events';

export function createBridge(): CrumbsBridge {
  return {
    invoke(method, input) {
      if (typeof method !== 'string' || !isMethod(method)) {
        const refused: Envelope = {
          ok: false,
          error: {
            code: 'NOT_FOUND',
            message: `Crumbs has no method named ${JSON.stringify(String(method).slice(0, 80))}.`,
          },
        };
        return Promise.resolve(refused);
      }
      return ipcRenderer.invoke(IPC_PREFIX + method, input) as Promise<Envelope>;
    },
    onNavigate(callback) {
      if (typeof callback !== 'function') throw new TypeError('onNavigate needs a function.');
      // The IPC event (with its sender) stays here: the page gets the route only, and only a known one.
      const listener = (_event: IpcRendererEvent, route: unknown): void => {
        if (isNavigateRoute(route)) callback(route);
      };
      ipcRenderer.on(NAVIGATE_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(NAVIGATE_CHANNEL, listener);
      };
    },
    onEvent(callback) {
      if (typeof callback !== 'function') throw new TypeError('onEvent needs a function.');
      // Only messages that parse as one of the contract's events reach the page.
      const listener = (_event: IpcRendererEvent, raw: unknown): void => {
        const message = parseEvent(raw);
        if (message) callback(message);
      };
      ipcRenderer.on(EVENT_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, listener);
      };
    },
  };
}
