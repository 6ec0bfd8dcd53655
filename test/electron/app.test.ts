// The desktop app itself, driven by Playwright's _electron: the window opens on the example site, an import
// goes through IPC, IPC from any other window is refused, and navigation away from app:// is blocked.
// It runs wherever an Electron binary is found (test/electron/find-app.ts). Where none is, the suite is
// reported as skipped, with the reason in its name and printed once: a skip here is not a pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import type { CrumbsBridge } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';
import { ROOT, findElectronApp } from './find-app';
import { assertBuilt } from '../build/pack';

const found = await findElectronApp();
const skip = 'skip' in found ? found.skip : null;
if (skip !== null) console.warn(`[test/electron] The Electron suite did NOT run: ${skip}`);

type WithBridge = { crumbs: CrumbsBridge };
const APP_PAGE = /^app:\/\/crumbs\//;

describe.skipIf(skip !== null)(`Crumbs in Electron${skip === null ? '' : ` (NOT RUN: ${skip})`}`, () => {
  const work = tempDir('crumbs-electron-');
  let app: ElectronApplication;
  let page: Page;

  const invoke = (method: string, input: unknown): Promise<Envelope> =>
    page.evaluate(([m, i]) => (window as unknown as WithBridge).crumbs.invoke(m as never, i), [
      method,
      input,
    ] as const);
  const windowCount = (): Promise<number> =>
    app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

  beforeAll(async () => {
    if (!('target' in found)) return;
    const { target } = found;
    if (!target.packaged) assertBuilt();
    const dataArgs = ['--data-dir', join(work.dir, 'data')];
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({
      executablePath: target.executablePath,
      args: target.packaged ? dataArgs : [ROOT, ...dataArgs],
      env: env as Record<string, string>,
      timeout: 60_000,
    });
    page = await app.firstWindow();
  });

  afterAll(async () => {
    await app?.close();
    work.cleanup();
  });

  it('opens one window, on app://crumbs, showing the dashboard.paris example', async () => {
    await page.waitForURL(APP_PAGE);
    const row = page.getByTestId('site-row').filter({ hasText: 'dashboard.paris' });
    await row.waitFor();
    expect(await row.getByTestId('site-example-badge').count()).toBe(1);
    expect(await windowCount()).toBe(1);
  });

  it('imports a cookies.txt through IPC, and shows the new site after a reload', async () => {
    const content =
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({ domain: '.example.org', name: 'theme', value: 'dark', expires: inDays(30) }),
      ].join('\n') + '\n';
    const result = await invoke('import.run', { files: [{ name: 'cookies.txt', content }] });
    expect(result).toMatchObject({ ok: true, value: { imported: 1, applied: true } });
    const sites = await invoke('sites.list', {});
    expect(sites.ok && (sites.value as { site: string }[]).map((s) => s.site)).toContain('example.org');
    await page.reload();
    await page.getByTestId('site-row').filter({ hasText: 'example.org' }).waitFor();
  });

  it('refuses IPC from another window, even one showing the app’s own page with its preload', async () => {
    const forged = await app.evaluate(async ({ BrowserWindow, app: electronApp }) => {
      // The app's own preload (main/index.ts: out/preload beside out/main, in the asar or this checkout).
      const preload = `${electronApp.getAppPath()}/out/preload/index.js`;
      const other = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true },
      });
      try {
        await other.loadURL('app://crumbs/index.html');
        return (await other.webContents.executeJavaScript(
          "window.crumbs.invoke('sites.list', {})",
        )) as unknown;
      } finally {
        other.destroy();
      }
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke('sites.list', {})).toMatchObject({ ok: true }); // the real window still may
  });

  it('blocks navigation away from app://crumbs and every new window', async () => {
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(750);
    expect(page.url()).toBe(before);
    // app:// rather than https: a denied http(s) window.open goes to the OS browser, which a test must not open.
    expect(await page.evaluate(() => window.open('app://crumbs/index.html') === null)).toBe(true);
    expect(await windowCount()).toBe(1);
  });
});
