// One browser-mode session for an e2e file: `crumbs serve` (built) on a fresh data directory, Chromium on it,
// and every console error or page error collected (a CSP violation or a failed request shows up there: the
// app must run clean under its own policy).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { assertBuilt, CHROMIUM, CHROMIUM_ARGS, ROOT, serve, type Served } from './built';
import { tempDir } from '../helpers/temp';

/** Where screenshots go, for a person to look at. */
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export interface AppSession {
  browser: Browser;
  page: Page;
  served: Served;
  /** A scratch folder beside the data directory, for files the test writes. */
  work: string;
  dataDir: string;
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openApp(prefix: string, context: BrowserContextOptions = {}): Promise<AppSession> {
  assertBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const t = tempDir(prefix);
  const dataDir = join(t.dir, 'data');
  const served = await serve(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', ...context })
  ).newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  return {
    browser,
    page,
    served,
    work: t.dir,
    dataDir,
    consoleErrors,
    async close() {
      await browser.close();
      await served.stop();
      t.cleanup();
    },
  };
}
