// The real app in a real browser: `crumbs serve` (built) on a fresh data directory, driven by Playwright in
// Debian Chromium. Screenshots land in test-results/screenshots for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Served } from './built';
import { openApp, SHOTS, type AppSession } from './app-session';
import { inDays, netscapeLine } from '../helpers/temp';

let served: Served;
let page: Page;
let dataDir: string;
let consoleErrors: string[] = [];
let app: AppSession;

beforeAll(async () => {
  app = await openApp('crumbs-e2e-', { viewport: { width: 1280, height: 860 } });
  ({ page, served } = app);
  dataDir = app.dataDir;
  consoleErrors = app.consoleErrors;
});

afterAll(async () => {
  await app?.close();
});

describe('Crumbs in browser mode', () => {
  it('opens on the sites list with the dashboard.paris example, and its policy table shows the four cookies', async () => {
    await page.goto(served.url);
    // The token leaves the address bar once read.
    await expect.poll(() => page.url()).not.toContain('token=');
    const row = page.getByTestId('site-row').filter({ hasText: 'dashboard.paris' });
    await row.waitFor();
    await expect.poll(() => row.getByTestId('site-example-badge').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'sites-list.png'), fullPage: true });

    await row.getByTestId('site-link').click();
    const site = page.getByTestId('site-page');
    await site.waitFor();
    expect(await site.getAttribute('data-site')).toBe('dashboard.paris');
    const rows = page.getByTestId('policy-row');
    await expect.poll(() => rows.count()).toBe(4);
    const texts = await rows.allInnerTexts();
    expect(texts.map((t) => t.split('\t')[1]?.trim())).toEqual([
      'sessionid',
      'csrftoken',
      'cookies_preferences',
      'django_language',
    ]);
    expect(texts[0]).toContain('Opendatasoft');
    expect(texts[0]).toContain('2 weeks by default');
    expect(await page.getByTestId('policy').innerText()).toContain('Strictly necessary cookies');
    await page.screenshot({ path: join(SHOTS, 'site-page-example.png'), fullPage: true });
  });

  it('imports a cookies.txt through the UI after showing the dry-run report', async () => {
    const file = join(dataDir, '..', 'dashboard-paris.cookies.txt');
    writeFileSync(
      file,
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({
          domain: 'dashboard.paris',
          name: 'sessionid',
          value: 'e2e-session-5c1d',
          expires: inDays(13),
          httpOnly: true,
          secure: true,
        }),
        netscapeLine({
          domain: 'dashboard.paris',
          name: 'csrftoken',
          value: 'e2e-csrf-77aa',
          expires: inDays(300),
          secure: true,
        }),
        netscapeLine({ domain: 'dashboard.paris', name: 'django_language', value: 'fr', expires: 0 }),
        netscapeLine({ domain: '.example.org', name: 'theme', value: 'dark', expires: inDays(30) }),
      ].join('\n') + '\n',
    );
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await page.getByTestId('import-file-row').getAttribute('data-format')).toBe('netscape');
    await page.screenshot({ path: join(SHOTS, 'import-dry-run.png'), fullPage: true });
    await page.getByTestId('import-apply').click();
    await expect
      .poll(async () => (await summary.innerText()).toLowerCase())
      .toMatch(/4\s+imported|imported\D*4/);
  });

  it('shows the site with its stored cookies, masked until revealed', async () => {
    await page.getByTestId('nav-sites').click();
    await page
      .getByTestId('site-row')
      .filter({ hasText: 'dashboard.paris' })
      .getByTestId('site-link')
      .click();
    const cookieRows = page.getByTestId('cookie-row');
    await expect.poll(() => cookieRows.count()).toBe(3);
    const session = page.locator('[data-testid="cookie-row"][data-name="sessionid"]');
    expect(await session.getByTestId('cookie-value').innerText()).not.toContain('e2e-session-5c1d');
    expect(await session.getByTestId('cookie-expires-relative').innerText()).toMatch(/in 13 days/);
    await session.getByTestId('cookie-reveal').click();
    await expect.poll(() => session.getByTestId('cookie-value').innerText()).toContain('e2e-session-5c1d');
    await page.screenshot({ path: join(SHOTS, 'site-page-cookies.png'), fullPage: true });
  });

  it('deletes a cookie, and after a reload it stays deleted', async () => {
    const csrf = page.locator('[data-testid="cookie-row"][data-name="csrftoken"]');
    await csrf.getByTestId('cookie-delete').click();
    const confirm = page.getByTestId('confirm-dialog-confirm');
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await expect.poll(() => csrf.count()).toBe(0);
    await page.reload();
    await page.getByTestId('site-page').waitFor();
    await expect.poll(() => page.getByTestId('cookie-row').count()).toBe(2);
    expect(await page.locator('[data-testid="cookie-row"][data-name="csrftoken"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'site-page-after-delete.png'), fullPage: true });
  });

  it('imports a Playwright storageState with localStorage, shows it on the site page, and reports what cookies.txt cannot carry', async () => {
    const file = join(dataDir, '..', 'shop.storage-state.json');
    writeFileSync(
      file,
      JSON.stringify({
        cookies: [
          {
            name: 'OptanonConsent',
            value: 'groups=C0001%3A1%2CC0002%3A0',
            domain: '.shop.example',
            path: '/',
            expires: inDays(200),
            httpOnly: false,
            secure: true,
            sameSite: 'Lax',
          },
        ],
        origins: [
          {
            origin: 'https://www.shop.example',
            localStorage: [{ name: 'uc_settings', value: '{"consent":"denied"}' }],
          },
        ],
      }),
    );
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-file-row').getAttribute('data-format')).toBe('playwright');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('import-result').count()).toBe(1);

    await page.getByTestId('nav-sites').click();
    await page.getByTestId('site-row').filter({ hasText: 'shop.example' }).getByTestId('site-link').click();
    const row = page.locator('[data-testid="storage-row"][data-name="uc_settings"]');
    await row.waitFor();
    expect(await row.getAttribute('data-origin')).toBe('https://www.shop.example');
    expect(await row.getByTestId('storage-value').innerText()).not.toContain('denied');
    await row.getByTestId('storage-reveal').click();
    await expect.poll(() => row.getByTestId('storage-value').innerText()).toContain('"consent":"denied"');
    await page.screenshot({ path: join(SHOTS, 'site-page-storage.png'), fullPage: true });

    await page.getByTestId('nav-export').click();
    await page.getByTestId('export-format-netscape').check();
    await page.getByTestId('export-scope').selectOption('shop.example');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-download').click();
    await download;
    const lost = page.getByTestId('export-lost-row');
    await expect.poll(() => lost.count()).toBe(2);
    const texts = (await lost.allInnerTexts()).join('\n');
    expect(texts).toContain('SameSite=lax not carried');
    expect(texts).toContain('cannot hold localStorage');
    await page.screenshot({ path: join(SHOTS, 'export-lost.png'), fullPage: true });
  });

  it('ran without a console error or a CSP violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
