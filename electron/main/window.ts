// The main window. Its webPreferences are the app's security baseline: change them only with a test.
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import type { NavigateRoute } from '../../shared/bridge';
import { consoleLogger, type Logger } from './log';

export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Opens straight on a route (the menu asked for one while no window was open). */
  route?: NavigateRoute;
  log?: Logger;
}

export function createMainWindow({
  preloadPath,
  route,
  log = consoleLogger,
}: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Crumbs',
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    show: false,
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(route === undefined ? APP_ENTRY_URL : APP_ENTRY_URL + route)
    .catch((err: unknown) => log.error('The Crumbs window could not load its page.', err));
  return window;
}

/** Brings an existing window to the front (second instance, dock click). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
