// The app's start-up and quit against the real core in a temp data dir: the lock a `crumbs serve` holds,
// the safeStorage-wrapped key, and the flush that releases the lock.
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { BrowserWindow, app, dialog, ipcMain, resetElectronMock } from '../mocks/electron';
import { openCore, type Core } from '../../electron/core';
import { createSafeStorageProtector } from '../../electron/main/key-protector';
import { startApp, type RunningApp } from '../../electron/main/lifecycle';
import type { Logger } from '../../electron/main/log';
import { contract, type Envelope } from '../../shared/contract';

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };
let dataDir: string;
let running: RunningApp | null = null;
let other: Core | null = null;

const start = async (): Promise<RunningApp | null> =>
  (running = await startApp({
    openCore,
    preloadPath: '/app/out/preload/index.js',
    rendererDir: '/app/out/renderer',
    argv: ['electron', '.', '--data-dir', dataDir],
    env: {},
    platform: 'linux',
    log: quiet,
    signals: new EventEmitter(),
  }));

beforeEach(() => {
  resetElectronMock();
  dataDir = mkdtempSync(join(tmpdir(), 'crumbs-app-'));
});

afterEach(async () => {
  running?.dispose();
  running = null;
  await other?.close();
  other = null;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('desktop app on the real core', () => {
  it('refuses to start while `crumbs serve` holds the data directory, naming it', async () => {
    other = await openCore({ dataDir, owner: 'crumbs serve' });
    expect(await start()).toBeNull();
    expect(dialog.errorBoxes).toHaveLength(1);
    expect(dialog.errorBoxes[0]?.content).toContain('crumbs serve');
    expect(app.quitted).toBe(true);
    expect(BrowserWindow.instances).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers the window over IPC, seals the key with safeStorage, and releases the lock on quit', async () => {
    const started = await start();
    expect(started).not.toBeNull();
    expect(started?.core.keyProtection).toBe('safeStorage');
    const window = BrowserWindow.instances[0]!;
    const answer = (await ipcMain.invoke(
      'crumbs:app.info',
      { sender: window.webContents, frameUrl: window.loadedUrls[0]! },
      {},
    )) as Envelope;
    expect(answer.ok).toBe(true);
    const info = contract['app.info'].output.parse(answer.ok ? answer.value : null);
    expect(info).toMatchObject({ dataDir, keyProtection: 'safeStorage', cookieCount: 0 });

    // While the app runs, a second writer is refused by the real lock.
    await expect(openCore({ dataDir, owner: 'crumbs serve' })).rejects.toMatchObject({ code: 'LOCKED' });

    app.quit();
    await vi.waitFor(() => expect(app.quitted).toBe(true));
    expect(readdirSync(dataDir)).not.toContain('crumbs.lock');
    expect(existsSync(join(dataDir, 'jar.key'))).toBe(true);
    // The sealed key needs the keychain: plain Node is refused, the app's protector opens it again.
    await expect(openCore({ dataDir })).rejects.toMatchObject({ code: 'KEY_UNAVAILABLE' });
    other = await openCore({ dataDir, keyProtector: await createSafeStorageProtector(quiet, 'linux') });
    expect(other.keyProtection).toBe('safeStorage');
  });
});
