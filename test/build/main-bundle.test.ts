// The built main process (out/main/index.js, CommonJS, as Electron loads it from the asar) started for real in
// Node, with only `require('electron')` answered by the hand-written mock: proves what the source-level main
// tests cannot — that the bundle loads (its ESM-only dependencies bundled, the rest resolved from
// node_modules), finds its preload, renderer and parse worker beside it, opens the core from the data
// directory given on the command line, serves the built renderer on app:// with the CSP, answers the window
// over IPC and refuses a forged sender, and on quit flushes the jar and releases the lock.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Module, { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// For the sources this test imports itself (the CSP, the key protector); the bundle gets the same mock below.
vi.mock('electron', () => import('../mocks/electron'));

import * as electron from '../mocks/electron';
import { BrowserWindow, app, ipcMain, protocol, resetElectronMock } from '../mocks/electron';
import { openCore } from '../../electron/core';
import { CONTENT_SECURITY_POLICY } from '../../shared/web';
import { contract, type Envelope } from '../../shared/contract';
import { tempDir } from '../helpers/temp';
import { ROOT, assertBuilt } from './pack';

const MAIN = join(ROOT, 'out', 'main', 'index.js');
const MOCK_ID = 'crumbs-test-electron-mock';
const data = tempDir('crumbs-main-bundle-');
const require = createRequire(import.meta.url);
type Resolve = (request: string, ...rest: unknown[]) => string;
const modules = Module as unknown as { _resolveFilename: Resolve };
const originalResolve = modules._resolveFilename;
const originalArgv = process.argv;
const signalsBefore = { SIGINT: 0, SIGTERM: 0 };

beforeAll(async () => {
  assertBuilt();
  resetElectronMock();
  // The bundle's require('electron') gets the mock; every other require resolves as in the packaged app.
  modules._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? MOCK_ID : originalResolve.call(this, request, ...rest);
  };
  const mockModule = new Module(MOCK_ID);
  mockModule.exports = electron;
  mockModule.loaded = true;
  require.cache[MOCK_ID] = mockModule;
  process.argv = ['electron', '.', '--data-dir', data.dir];
  signalsBefore.SIGINT = process.listenerCount('SIGINT');
  signalsBefore.SIGTERM = process.listenerCount('SIGTERM');
  require(MAIN);
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1), { timeout: 15_000 });
}, 30_000);

afterAll(() => {
  modules._resolveFilename = originalResolve;
  delete require.cache[MOCK_ID];
  delete require.cache[MAIN];
  process.argv = originalArgv;
  // The app listens for SIGINT/SIGTERM to quit through the flush; this worker must not keep those.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(signal).slice(signalsBefore[signal]))
      process.removeListener(signal, listener);
  data.cleanup();
});

describe('the built main process, started in Node with a mock electron', () => {
  it('opens one hardened window on app:// with the preload built beside it', () => {
    const window = BrowserWindow.instances[0]!;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(join(ROOT, 'out', 'preload', 'index.js'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(window.loadedUrls[0]).toMatch(/^app:\/\/crumbs\//);
    // The parse worker the bundle points the core at is there too.
    expect(existsSync(join(ROOT, 'out', 'main', 'parse-worker.js'))).toBe(true);
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(signalsBefore.SIGTERM);
  });

  it('serves the built renderer on app:// with the CSP, and nothing outside it', async () => {
    const handler = protocol.handlers.get('app')!;
    const page = await handler(new Request('app://crumbs/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe(readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8'));
    const script = readdirSync(join(ROOT, 'out', 'renderer', 'assets')).find((f) => f.endsWith('.js'))!;
    expect((await handler(new Request(`app://crumbs/assets/${script}`))).status).toBe(200);
    expect((await handler(new Request('app://crumbs/../../package.json'))).status).toBe(404);
  });

  it('answers the window over IPC from the core it opened, and refuses a forged sender', async () => {
    const window = BrowserWindow.instances[0]!;
    const answer = (await ipcMain.invoke(
      'crumbs:app.info',
      { sender: window.webContents, frameUrl: window.loadedUrls[0]! },
      {},
    )) as Envelope;
    expect(answer.ok).toBe(true);
    const info = contract['app.info'].output.parse(answer.ok ? answer.value : null);
    expect(info).toMatchObject({ dataDir: data.dir, keyProtection: 'safeStorage', cookieCount: 0 });
    const imported = (await ipcMain.invoke(
      'crumbs:import.run',
      { sender: window.webContents, frameUrl: window.loadedUrls[0]! },
      { files: [{ name: 'c.txt', content: '.example.org\tTRUE\t/\tTRUE\t0\tsid\tabc\n' }] },
    )) as Envelope;
    expect(imported).toMatchObject({ ok: true, value: { imported: 1 } });

    const forged = (await ipcMain.invoke(
      'crumbs:app.info',
      { sender: window.webContents, frameUrl: 'https://evil.example/' },
      {},
    )) as Envelope;
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('flushes the jar and releases the data directory on quit', async () => {
    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(true), { timeout: 10_000 });
    expect(readdirSync(data.dir)).not.toContain('crumbs.lock');
    // The cookie imported over IPC was written: the app's sealed key opens it again.
    const { createSafeStorageProtector } = await import('../../electron/main/key-protector');
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    const core = await openCore({
      dataDir: data.dir,
      keyProtector: await createSafeStorageProtector(quiet, 'linux'),
    });
    try {
      expect(core.cookies().map((c) => c.name)).toEqual(['sid']);
    } finally {
      await core.close();
    }
  });
});
