import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  resetElectronMock,
  safeStorage,
  session,
} from '../mocks/electron';
import type { Core, OpenCoreOptions } from '../../electron/core';
import {
  CHROMIUM_PROFILE_DIR,
  CORE_OWNER,
  startApp,
  type RunningApp,
  type StartOptions,
} from '../../electron/main/lifecycle';
import type { Logger } from '../../electron/main/log';
import { METHODS, type Envelope } from '../../shared/contract';
import { CrumbsError } from '../../shared/errors';
import { createFakeApi, createFakeCore, type FakeCore } from './fake-api';
import type { EventHub } from '../../shared/events';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };
let running: RunningApp | null = null;

interface Harness {
  opened: OpenCoreOptions[];
  core: FakeCore | null;
  signals: EventEmitter;
  start(overrides?: Partial<StartOptions>): Promise<RunningApp | null>;
}

function harness(openCore?: (o: OpenCoreOptions) => Promise<Core>): Harness {
  const h: Harness = {
    opened: [],
    core: null,
    signals: new EventEmitter(),
    async start(overrides = {}) {
      running = await startApp({
        openCore: async (options) => {
          h.opened.push(options);
          if (openCore) return openCore(options);
          h.core = createFakeCore(options.dataDir, createFakeApi().api);
          return h.core;
        },
        preloadPath: '/app/out/preload/index.js',
        rendererDir: '/app/out/renderer',
        argv: ['electron', '.'],
        env: {},
        platform: 'linux',
        log: quiet,
        signals: h.signals,
        ...overrides,
      });
      return running;
    },
  };
  return h;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => resetElectronMock());
afterEach(() => {
  running?.dispose();
  running = null;
});

describe('start-up', () => {
  it('quits without opening the core when the single-instance lock is held elsewhere', async () => {
    app.singleInstanceLock = false;
    const h = harness();
    expect(await h.start()).toBeNull();
    expect(app.quitRequests).toBe(1);
    expect(app.quitted).toBe(true);
    expect(h.opened).toEqual([]);
    expect(BrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('shows the LOCKED message and quits, never proceeding, when the data dir is held', async () => {
    const message = 'The data directory /d is in use by crumbs serve (process 4242, since 2025-01-01).';
    const h = harness(async () => {
      throw new CrumbsError('LOCKED', message, { pid: 4242 });
    });
    expect(await h.start({ argv: ['electron', '.', '--data-dir', '/d'] })).toBeNull();
    expect(dialog.errorBoxes).toEqual([{ title: expect.any(String), content: message }]);
    expect(app.quitted).toBe(true);
    expect(BrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handlers.size).toBe(0);
    expect(Menu.applicationMenu).toBeNull();
  });

  it('any other failure to open the core also stops, with no stack in the dialog', async () => {
    const h = harness(async () => {
      throw new Error('EACCES: permission denied, open /d/jar.sealed');
    });
    expect(await h.start()).toBeNull();
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0]?.content).not.toContain('EACCES');
    expect(app.quitted).toBe(true);
    expect(BrowserWindow.instances).toEqual([]);
  });

  it('registers the app scheme before ready and opens the core on the --data-dir with the owner and protector', async () => {
    safeStorage.backend = 'basic_text';
    const h = harness();
    const started = await h.start({ argv: ['electron', '.', '--data-dir=/tmp/crumbs-d'] });
    expect(protocol.privilegedBeforeReady).toBe(true);
    expect(h.opened).toHaveLength(1);
    expect(h.opened[0]).toMatchObject({ dataDir: '/tmp/crumbs-d', owner: CORE_OWNER });
    expect(h.opened[0]?.keyProtector?.kind).toBe('basic_text');
    expect(started?.dataDir).toBe('/tmp/crumbs-d');
    expect(app.setPathCalls).toEqual([{ name: 'userData', path: `/tmp/crumbs-d/${CHROMIUM_PROFILE_DIR}` }]);
  });

  it('uses CRUMBS_DATA_DIR, else userData; no protector when safeStorage is unavailable', async () => {
    safeStorage.available = false;
    const h = harness();
    await h.start({ env: { CRUMBS_DATA_DIR: '/env/dir' } });
    expect(h.opened[0]?.dataDir).toBe('/env/dir');
    expect(h.opened[0]?.keyProtector).toBeUndefined();
    running?.dispose();
    resetElectronMock();
    const h2 = harness();
    await h2.start();
    expect(h2.opened[0]?.dataDir).toBe('/mock/userData');
    expect(app.setPathCalls).toEqual([]);
  });

  it('then installs permissions, protocol, IPC, menu and one hardened window that the IPC trusts', async () => {
    const h = harness();
    const started = await h.start();
    expect(session.defaultSession.permissionCheckHandler).not.toBeNull();
    // Downloads the user saves (exports: credentials) are made readable by the user only.
    expect(session.defaultSession.listeners.get('will-download')).toHaveLength(1);
    expect(protocol.handlers.has('app')).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHODS.map((m) => `crumbs:${m}`).sort());
    expect(Menu.applicationMenu).not.toBeNull();
    expect(BrowserWindow.instances).toHaveLength(1);
    const window = BrowserWindow.instances[0]!;
    expect(started?.mainWindow()).toBe(window);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    // hardened by the web-contents-created hook
    expect(window.webContents.windowOpenHandler).not.toBeNull();

    const answer = (await ipcMain.invoke(
      'crumbs:app.info',
      { sender: window.webContents, frameUrl: window.loadedUrls[0]! },
      {},
    )) as Envelope;
    expect(answer.ok).toBe(true);
    const stranger = new BrowserWindow({});
    const refused = (await ipcMain.invoke(
      'crumbs:app.info',
      { sender: stranger.webContents, frameUrl: 'app://crumbs/index.html' },
      {},
    )) as Envelope;
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
  });
});

describe('running', () => {
  it('a second instance restores and focuses the window', async () => {
    await harness().start();
    const window = BrowserWindow.instances[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it("forwards the core's events to its own window only, and not to a closed one", async () => {
    const h = harness();
    await h.start();
    const window = BrowserWindow.instances[0]!;
    const hub = h.core!.events as EventHub;
    const payload = { phase: 'checking' as const, file: 'a.txt', done: 5000, total: 9000 };
    hub.emit('import.progress', payload);
    expect(window.webContents.sent).toEqual([
      { channel: 'crumbs:event', args: [{ name: 'import.progress', payload }] },
    ]);
    window.close();
    expect(() => hub.emit('import.progress', payload)).not.toThrow();
    expect(window.webContents.sent).toHaveLength(1);
  });

  it('the menu navigates the open window, or opens one on the route', async () => {
    await harness().start();
    const window = BrowserWindow.instances[0]!;
    const file = (
      Menu.applicationMenu?.template as { label?: string; submenu?: { id?: string; click?: () => void }[] }[]
    ).find((item) => item.label === '&File')!;
    const click = (id: string) => file.submenu!.find((i) => i.id === id)!.click!();
    click('import');
    expect(window.webContents.sent).toEqual([{ channel: 'crumbs:navigate', args: ['#/import'] }]);
    window.close();
    click('export');
    expect(BrowserWindow.instances).toHaveLength(2);
    expect(BrowserWindow.instances[1]?.loadedUrls).toEqual(['app://crumbs/index.html#/export']);
  });

  it('closing the last window quits on Linux, not on macOS', async () => {
    await harness().start();
    app.emit('window-all-closed');
    expect(app.quitRequests).toBe(1);
    await settle(); // let that quit's flush finish before the mock is replaced
    expect(app.quitted).toBe(true);
    running?.dispose();
    resetElectronMock();
    await harness().start({ platform: 'darwin' });
    app.emit('window-all-closed');
    expect(app.quitRequests).toBe(0);
  });
});

describe('quitting', () => {
  it('waits for core.close() once, then quits', async () => {
    let finish: () => void = () => {};
    const closing = new Promise<void>((resolve) => (finish = resolve));
    const h = harness(async (options) => {
      h.core = createFakeCore(options.dataDir, createFakeApi().api, () => closing);
      return h.core;
    });
    await h.start();
    app.quit();
    expect(app.quitted).toBe(false);
    expect(h.core?.closeCalls).toBe(1);
    app.quit();
    await settle();
    expect(h.core?.closeCalls).toBe(1);
    expect(app.quitted).toBe(false);
    finish();
    await settle();
    expect(app.quitted).toBe(true);
    expect(h.core?.closeCalls).toBe(1);
  });

  it('still quits when close fails', async () => {
    const h = harness(async (options) => {
      h.core = createFakeCore(options.dataDir, createFakeApi().api, async () => {
        throw new Error('disk full');
      });
      return h.core;
    });
    await h.start();
    app.quit();
    await settle();
    expect(app.quitted).toBe(true);
  });

  it('SIGINT quits through the same flush; a second one while closing exits', async () => {
    const h = harness(async (options) => {
      h.core = createFakeCore(options.dataDir, createFakeApi().api, () => new Promise<void>(() => {}));
      return h.core;
    });
    await h.start();
    h.signals.emit('SIGINT');
    expect(h.core?.closeCalls).toBe(1);
    expect(app.exitCode).toBeNull();
    h.signals.emit('SIGTERM');
    expect(app.exitCode).toBe(1);
  });
});
