// The object the preload exposes as `window.crumbs`: contract calls and menu navigation, nothing else.
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMethod, type Envelope } from '../../shared/contract';
import { IPC_PREFIX, NAVIGATE_CHANNEL, isNavigateRoute, type CrumbsBridge } from '../../shared/bridge';

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
  };
}
