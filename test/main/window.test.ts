import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { BrowserWindow, resetElectronMock } from '../mocks/electron';
import { createMainWindow, hardenedWebPreferences, revealWindow } from '../../electron/main/window';

beforeEach(() => resetElectronMock());

describe('main window', () => {
  it('is created with exactly the hardened webPreferences and the given preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.js' });
    const [window] = BrowserWindow.instances;
    expect(window?.options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.js',
    });
    expect(hardenedWebPreferences('/p.js')).toStrictEqual({
      ...hardenedWebPreferences('/x.js'),
      preload: '/p.js',
    });
  });

  it('is titled Crumbs, hidden until ready-to-show, and loads the app:// entry', () => {
    const window = createMainWindow({ preloadPath: '/p.js' }) as unknown as BrowserWindow;
    expect(window.options.title).toBe('Crumbs');
    expect(window.options.show).toBe(false);
    expect(window.loadedUrls).toEqual(['app://crumbs/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('opens straight on a route when asked', () => {
    const window = createMainWindow({ preloadPath: '/p.js', route: '#/import' }) as unknown as BrowserWindow;
    expect(window.loadedUrls).toEqual(['app://crumbs/index.html#/import']);
  });

  it('reveals a minimised window', () => {
    const window = createMainWindow({ preloadPath: '/p.js' }) as unknown as BrowserWindow;
    window.minimized = true;
    revealWindow(window as never);
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focusCount).toBe(1);
  });
});
