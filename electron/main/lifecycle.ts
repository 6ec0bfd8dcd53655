// The app's life: single instance, data directory, core, protocol, IPC, menu, window, flush on quit.
// Everything before the first await runs before 'ready', which the scheme and userData calls require.
import { join } from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { toErrorPayload } from '../../shared/errors';
import type { Core, OpenCoreOptions } from '../core';
import { EVENT_CHANNEL, NAVIGATE_CHANNEL, type NavigateRoute } from '../../shared/bridge';
import { resolveDataDir, type DataDirChoice } from './data-dir';
import { registerIpcHandlers } from './ipc';
import { createSafeStorageProtector } from './key-protector';
import { consoleLogger, type Logger } from './log';
import { installMenu } from './menu';
import { installPrivateDownloads } from './private-downloads';
import { installAppProtocol, registerAppScheme } from './protocol';
import { installFlushOnQuit, type SignalSource } from './quit';
import { installSecurityHandlers, installSessionSecurity } from './security';
import { createMainWindow, revealWindow } from './window';
import { warmUp } from '../core/warm-up';

export const CORE_OWNER = 'Crumbs desktop app';
/** With an explicit data dir, Chromium's profile (and the single-instance lock) lives beside the data. */
export const CHROMIUM_PROFILE_DIR = 'chromium-profile';

export interface StartOptions {
  openCore(options: OpenCoreOptions): Promise<Core>;
  preloadPath: string;
  rendererDir: string;
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  log?: Logger;
  /** SIGINT/SIGTERM quit through the flush; defaults to the process. */
  signals?: SignalSource;
}

export interface RunningApp {
  core: Core;
  dataDir: string;
  mainWindow(): BrowserWindow | null;
  /** Removes the signal listeners (tests; the process ends otherwise). */
  dispose(): void;
}

export async function startApp(options: StartOptions): Promise<RunningApp | null> {
  const log = options.log ?? consoleLogger;
  const platform = options.platform ?? process.platform;

  const refuse = (err: unknown): null => {
    const error = toErrorPayload(err);
    if (error.code === 'INTERNAL') log.error('Crumbs could not start.', err);
    const title = error.code === 'LOCKED' ? 'Crumbs’s data is in use' : 'Crumbs could not start';
    dialog.showErrorBox(title, error.message);
    app.quit();
    return null;
  };

  registerAppScheme();
  let choice: DataDirChoice;
  try {
    choice = resolveDataDir(options.argv ?? process.argv, options.env ?? process.env, () =>
      app.getPath('userData'),
    );
  } catch (err) {
    return refuse(err);
  }
  if (choice.source !== 'default') app.setPath('userData', join(choice.dataDir, CHROMIUM_PROFILE_DIR));
  if (!app.requestSingleInstanceLock()) {
    log.info('Another Crumbs window is already open for this data directory; handing over to it.');
    app.quit();
    return null;
  }

  let core: Core | null = null;
  let window: BrowserWindow | null = null;
  const openWindow = (route?: NavigateRoute): BrowserWindow => {
    const created = createMainWindow({ preloadPath: options.preloadPath, route, log });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    return created;
  };
  const navigate = (route: NavigateRoute): void => {
    if (window === null) {
      openWindow(route);
      return;
    }
    revealWindow(window);
    window.webContents.send(NAVIGATE_CHANNEL, route);
  };

  app.on('second-instance', () => {
    if (core === null) return; // still starting: the window is on its way
    if (window === null) openWindow();
    else revealWindow(window);
  });
  installSecurityHandlers(log);

  await app.whenReady();
  installSessionSecurity();
  // Exports the user saves from the window are credentials too: readable by the user only.
  installPrivateDownloads(session.defaultSession, log, platform);
  const keyProtector = await createSafeStorageProtector(log, platform);
  try {
    core = await options.openCore({
      dataDir: choice.dataDir,
      keyProtector,
      owner: CORE_OWNER,
      // The app asks before storing values under a key the OS does not protect (the UI shows the question).
      basicTextConsent: 'ask',
      onSaveError: (err) =>
        log.error('Saving the jar failed; the changes stay in memory and will be retried.', err),
    });
  } catch (err) {
    return refuse(err);
  }
  const dispose = installFlushOnQuit(core, log, options.signals ?? process);
  installAppProtocol(options.rendererDir);
  registerIpcHandlers(core.api, () => window?.webContents, log);
  // The core's events go to the app's own window only, never to another webContents.
  core.events.subscribe((message) => {
    if (window !== null && !window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, message);
  });
  installMenu({ isPackaged: app.isPackaged, platform, navigate });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  openWindow();
  void warmUp(core);
  log.info(`Data directory (${choice.source}): ${choice.dataDir}`);
  return { core, dataDir: choice.dataDir, mainWindow: () => window, dispose };
}
