// Consent profiles and simulated consent states in a real browser against the real core (`crumbs serve`, built,
// fresh data directory): a profile made with switches and made active, applied to an imported cookies.txt with a
// preview and undone, then on the example site a platform's state simulated for necessary-only, copied, saved,
// written into the jar and read back by the consent section. The app must stay free of console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Served } from './built';
import { openApp, SHOTS, type AppSession } from './app-session';
import { inDays, netscapeLine } from '../helpers/temp';

const SITE = 'dashboard.paris';
let served: Served;
let page: Page;
let app: AppSession;
/** The platform simulated: Klaro when its adapter is there, else TCF (always there). */
let cmp: { id: string; cookie: string };

beforeAll(async () => {
  app = await openApp('crumbs-e2e-profiles-', {
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  ({ page, served } = app);
});

afterAll(async () => {
  await app?.close();
});

const statusProfile = () => page.getByTestId('status-profile').innerText();
const cookieCount = () => page.getByTestId('status-cookie-count').innerText();

describe('consent profiles in browser mode', () => {
  it('creates "stats only" by toggling switches and makes it the active profile', async () => {
    await page.goto(served.url);
    await expect.poll(() => page.url()).not.toContain('token=');
    await page.getByTestId('nav-profiles').click();
    await page.getByRole('heading', { level: 1, name: 'Consent profiles' }).waitFor();
    await expect.poll(statusProfile).toBe('Consent profile: accept-all');
    const items = page.getByTestId('profile-item');
    await expect.poll(() => items.count()).toBe(2);

    await page.getByTestId('profile-new').click();
    await page.getByLabel('Name').fill('stats only');
    const necessary = page.getByRole('switch', { name: 'Strictly necessary' });
    expect(await necessary.getAttribute('aria-checked')).toBe('true');
    expect(await necessary.isDisabled()).toBe(true);
    const statistics = page.getByRole('switch', { name: 'Statistics' });
    expect(await statistics.getAttribute('aria-checked')).toBe('false');
    await statistics.click();
    expect(await statistics.getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.url()).toMatch(/#\/profiles\/stats%20only$/);
    await page.getByTestId('profile-detail').waitFor();

    await page.getByTestId('profile-use-this').click();
    await expect.poll(statusProfile).toBe('Consent profile: stats only');
    const mine = page.locator('[data-testid="profile-item"][data-name="stats only"]');
    await mine.getByTestId('profile-active-badge').waitFor();
    expect(await mine.innerText()).toContain('Allows statistics');
    await page.screenshot({ path: join(SHOTS, 'profiles-view.png'), fullPage: true });
  });

  it('applies it to an imported cookies.txt after a preview, then Undo puts the removed cookie back', async () => {
    const file = join(app.work, 'tracked.cookies.txt');
    writeFileSync(
      file,
      [
        '# Netscape HTTP Cookie File',
        // Google Analytics (statistics) and the Meta pixel (marketing) in the built-in catalog.
        netscapeLine({ domain: `.${SITE}`, name: '_ga', value: 'GA1.1.1', expires: inDays(300) }),
        netscapeLine({ domain: `.${SITE}`, name: '_fbp', value: 'fb.1.2.3', expires: inDays(80) }),
      ].join('\n') + '\n',
    );
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-result').waitFor();
    await expect.poll(cookieCount).toBe('2 cookies in the jar');

    await page.getByTestId('status-profile-link').click();
    const panel = page.getByTestId('apply-panel');
    await panel.waitFor();
    await panel.getByTestId('apply-preview').click();
    const summary = panel.getByTestId('apply-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toBe(
      'Applying stats only would remove 1 cookie and 0 localStorage entries, on 1 site.',
    );
    const rows = panel.getByTestId('apply-removed-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-site')).toBe(SITE);
    expect(await rows.first().getAttribute('data-category')).toBe('marketing');
    expect(await rows.first().innerText()).toContain('_fbp');
    expect(await panel.getByTestId('apply-kept-allowed').getAttribute('data-count')).toBe('1');
    await panel.screenshot({ path: join(SHOTS, 'profiles-apply-preview.png') });
    // The preview changed nothing.
    expect(await cookieCount()).toBe('2 cookies in the jar');

    await panel.getByTestId('apply-run').click();
    await expect.poll(cookieCount).toBe('1 cookie in the jar');
    const toast = page.getByTestId('toast').filter({ hasText: 'Applied stats only' });
    await toast.getByTestId('toast-action').click();
    await expect.poll(cookieCount).toBe('2 cookies in the jar');
    await page.goto(`${served.origin}/#/site/${SITE}`);
    await page.locator('[data-testid="cookie-row"][data-name="_fbp"]').waitFor();
  });

  it('simulates a platform for necessary-only on the example site: preview, copy, download', async () => {
    const section = page.getByTestId('consent-section');
    await section.waitFor();
    expect(await section.getByTestId('consent-none').innerText()).toBe(
      "No consent platform's record for this site in the jar.",
    );
    const simulate = section.getByTestId('simulate');
    const profile = simulate.getByTestId('simulate-profile');
    await expect.poll(() => profile.inputValue()).toBe('stats only');
    await profile.selectOption('necessary-only');
    const platforms = await simulate
      .getByTestId('simulate-cmp')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    cmp = platforms.includes('klaro')
      ? { id: 'klaro', cookie: 'klaro' }
      : { id: 'tcf', cookie: 'euconsent-v2' };
    await simulate.getByTestId('simulate-cmp').selectOption(cmp.id);
    expect(await simulate.getByTestId('simulate-options').inputValue()).toBe('{}');
    expect(await simulate.getByTestId('simulate-option-doc').count()).toBeGreaterThan(2);
    await simulate.getByTestId('simulate-preview').click();

    const result = simulate.getByTestId('simulate-result');
    await result.waitFor();
    const cookieRow = result.locator(`[data-testid="simulate-cookie"][data-name="${cmp.cookie}"]`);
    await cookieRow.waitFor();
    expect(await cookieRow.innerText()).toContain(SITE);
    // necessary-only asks for Global Privacy Control: the header and the script are spelled out.
    expect(await result.getByTestId('simulate-header').innerText()).toBe('Sec-GPC: 1');
    await section.screenshot({ path: join(SHOTS, 'site-consent-simulate.png') });

    await result.getByTestId('simulate-copy').click();
    await result.getByText('Copied', { exact: true }).first().waitFor();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
      cookies: { name: string; domain: string }[];
      origins: unknown[];
    };
    expect(copied.cookies.map((c) => c.name)).toEqual([cmp.cookie]);
    expect(copied.cookies[0]!.domain.replace(/^\./, '')).toBe(SITE);
    expect(Array.isArray(copied.origins)).toBe(true);

    await result.getByTestId('simulate-format').selectOption('netscape');
    await expect.poll(() => result.getByTestId('simulate-format').inputValue()).toBe('netscape');
    await simulate.getByTestId('simulate-result').waitFor();
    const download = page.waitForEvent('download');
    await simulate.getByTestId('simulate-download').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`${SITE}-${cmp.id}-necessary-only.cookies.txt`);
    const text = readFileSync((await saved.path())!, 'utf8');
    expect(text).toContain(`\t${cmp.cookie}\t`);
  });

  it('writes the state into the jar, and the consent section reads it back', async () => {
    const simulate = page.getByTestId('simulate');
    await simulate.getByTestId('simulate-write').click();
    const report = simulate.getByTestId('simulate-write-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('1 new and 0 updated cookies');

    const reading = page.locator(`[data-testid="consent-reading"][data-cmp="${cmp.id}"]`);
    await reading.waitFor();
    expect(await reading.getAttribute('data-statistics')).toBe('false');
    expect(await reading.getAttribute('data-marketing')).toBe('false');
    const sentence = await reading.getByTestId('consent-reading-text').innerText();
    expect(sentence).toMatch(/statistics.* refused/);
    expect(sentence).toMatch(/expires in \d+ (months|years)/);
    await page.locator(`[data-testid="cookie-row"][data-name="${cmp.cookie}"]`).waitFor();
    await page.getByTestId('consent-section').screenshot({ path: join(SHOTS, 'site-consent-written.png') });
    expect(app.consoleErrors).toEqual([]);
  });
});
