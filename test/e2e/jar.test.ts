// The Jar view in a real browser against the real core (`crumbs serve`, built, fresh data directory): a
// generated cookies.txt of 2,000 cookies imported through the UI, then filtered, a range picked with Shift,
// deleted and brought back with Undo, one cookie's value and expiry edited. Screenshots land in
// test-results/screenshots for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp, SHOTS, type AppSession } from './app-session';
import { inDays, netscapeLine } from '../helpers/temp';

const COOKIES = 2000;
const SITES = 200;
let app: AppSession;
let page: Page;

/** 2,000 cookies over 200 sites; every tenth site's cookies are named "cart_…", the others "pref_…". */
const specs = Array.from({ length: COOKIES }, (_, i) => {
  const site = i % SITES;
  return {
    domain: i % 3 === 0 ? `.shop${site}-jar.com` : `www.shop${site}-jar.com`,
    name: `${site % 10 === 0 ? 'cart' : 'pref'}_${String(i).padStart(4, '0')}`,
    value: `value-${i}`,
    expires: i % 9 === 0 ? 0 : inDays(1 + (i % 300)),
    secure: i % 2 === 0,
    httpOnly: i % 7 === 0,
  };
});
const carts = specs.filter((s) => s.name.startsWith('cart_'));
const httpOnlyCarts = carts.filter((s) => s.httpOnly);

const count = () => page.getByTestId('jar-count').innerText();
const rows = () => page.getByTestId('jar-row');
const rowNamed = (name: string) => page.locator(`[data-testid="jar-row"][data-name="${name}"]`);

/** Imports a file the way a user does: the Import page, the check, then Import. */
async function importThroughUi(file: string): Promise<void> {
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.getByTestId('import-summary').waitFor();
  await page.getByTestId('import-apply').click();
  await expect.poll(() => page.getByTestId('import-result').count()).toBe(1);
}

beforeAll(async () => {
  app = await openApp('crumbs-e2e-jar-', { permissions: ['clipboard-read', 'clipboard-write'] });
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('the Jar view in browser mode', () => {
  it('imports 2,000 cookies and shows them in one table with a bounded number of rows', async () => {
    const file = join(app.work, 'many.cookies.txt');
    writeFileSync(file, ['# Netscape HTTP Cookie File', ...specs.map(netscapeLine)].join('\n') + '\n');
    await page.goto(app.served.url);
    await expect.poll(() => page.url()).not.toContain('token=');
    await importThroughUi(file);

    await page.getByTestId('nav-jar').click();
    await rows().first().waitFor();
    await expect.poll(count).toBe('2,000 of 2,000 cookies');
    const shown = await rows().count();
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(60);
    // Fixed row height: the virtualizer places rows by arithmetic.
    const heights = await rows().evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([34]));
    await page.screenshot({ path: join(SHOTS, 'jar-view.png'), fullPage: true });

    // Far down the table: the rows there are read when they come into view.
    await page.getByTestId('jar-scroll').evaluate((el) => (el.scrollTop = 34 * 1500));
    await page.locator('[data-testid="jar-row"][data-index="1500"]').waitFor();
    expect(await rows().count()).toBeLessThan(60);
    await page.getByTestId('jar-scroll').evaluate((el) => (el.scrollTop = 0));
  });

  it('filters by words and flags, then selects a range with Shift and deletes it, and Undo brings it back', async () => {
    await page.getByTestId('jar-filter-text').fill('cart');
    await expect.poll(count).toBe(`${carts.length} of 2,000 cookies`);
    await page.getByTestId('jar-filter-httponly').selectOption('yes');
    await expect.poll(count).toBe(`${httpOnlyCarts.length} of 2,000 cookies`);
    expect(await rows().first().getAttribute('data-name')).toMatch(/^cart_/);

    await page.getByTestId('jar-sort-name').click();
    // cart_0000 also comes first by site: wait for the rows of the new order, not just the first one.
    const firstNames = async () =>
      (await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''))).slice(0, 6);
    const byName = httpOnlyCarts
      .map((s) => s.name)
      .sort()
      .slice(0, 6);
    await expect.poll(firstNames).toEqual(byName);
    await page.locator('.jar-table:not(.stale)').waitFor();
    const names = await firstNames();
    await rowNamed(names[1]!).click();
    await rowNamed(names[4]!).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByTestId('jar-selection-count').innerText()).toBe('4 selected');
    const selected = await page
      .locator('[data-testid="jar-row"][aria-selected="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(selected).toEqual(names.slice(1, 5));
    await page.screenshot({ path: join(SHOTS, 'jar-filtered-selected.png'), fullPage: true });

    await page.keyboard.press('Delete');
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Delete 4 cookies?');
    await page.screenshot({ path: join(SHOTS, 'jar-confirm-delete.png') });
    await page.getByTestId('confirm-dialog-confirm').click();
    await expect.poll(count).toBe(`${httpOnlyCarts.length - 4} of 1,996 cookies`);
    expect(await rowNamed(names[2]!).count()).toBe(0);
    const toast = page.getByTestId('toast').filter({ hasText: 'Deleted 4 cookies.' });
    await toast.getByTestId('toast-action').click();
    await expect.poll(count).toBe(`${httpOnlyCarts.length} of 2,000 cookies`);
    await expect.poll(() => rowNamed(names[2]!).count()).toBe(1);
  });

  it('edits a cookie’s value and expiry, and the table and the details show the new ones', async () => {
    await page.getByTestId('jar-clear-filters').click();
    await page.getByTestId('jar-filter-text').fill('pref_0005');
    await expect.poll(count).toBe('1 of 2,000 cookies');
    const row = rowNamed('pref_0005');
    expect(await row.getByTestId('jar-row-expires').innerText()).toBe('in 6 days');
    await row.dblclick();
    const dialog = page.getByTestId('jar-edit-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('jar-edit-value').inputValue()).toBe('value-5');
    expect(await dialog.getByTestId('jar-edit-value').getAttribute('type')).toBe('password');

    await dialog.getByTestId('jar-edit-path').fill('shop');
    await expect
      .poll(() => dialog.getByTestId('jar-edit-problems-path').innerText())
      .toBe('The path must start with "/".');
    await dialog.getByTestId('jar-edit-path').fill('/');
    await dialog.getByTestId('jar-edit-show-value').click();
    await dialog.getByTestId('jar-edit-value').fill('edited-in-e2e');
    const later = new Date(Date.now() + 45 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await dialog
      .getByTestId('jar-edit-expires')
      .fill(
        `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T${pad(later.getHours())}:${pad(later.getMinutes())}`,
      );
    await page.screenshot({ path: join(SHOTS, 'jar-edit-dialog.png') });
    await dialog.getByTestId('jar-edit-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('jar-row-expires').innerText()).toBe('in 45 days');

    await row.click();
    const details = page.getByTestId('jar-details');
    expect(await details.getByTestId('jar-value').innerText()).not.toContain('edited-in-e2e');
    await details.getByTestId('jar-reveal').click();
    await expect.poll(() => details.getByTestId('jar-value').innerText()).toBe('edited-in-e2e');
    await page.screenshot({ path: join(SHOTS, 'jar-after-edit.png'), fullPage: true });

    // The edit is undoable like a deletion.
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Saved cookie pref_0005.' })
      .getByTestId('toast-action')
      .click();
    await expect.poll(() => row.getByTestId('jar-row-expires').innerText()).toBe('in 6 days');
    // The value shown was the edited one: once the jar changed it is masked again.
    await expect.poll(() => details.getByTestId('jar-value').innerText()).not.toContain('edited-in-e2e');
  });

  it('refuses what the core refuses, with its reason', async () => {
    const errorsBefore = app.consoleErrors.length;
    await page.getByTestId('jar-new').click();
    const dialog = page.getByTestId('jar-edit-dialog');
    await dialog.getByTestId('jar-edit-name').fill('tracker');
    await dialog.getByTestId('jar-edit-domain').fill('com');
    await dialog.getByTestId('jar-edit-subdomains').check();
    await dialog.getByTestId('jar-edit-save').click();
    const error = dialog.getByTestId('error-message');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('VALIDATION');
    expect(await error.innerText()).toContain('public suffix');
    await page.screenshot({ path: join(SHOTS, 'jar-edit-refused.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The browser logs the refused request itself; that one is expected, nothing else.
    expect(app.consoleErrors.splice(errorsBefore)).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('lists 600 localStorage entries a screenful at a time, deletes two with the Delete key, and Undo brings them back', async () => {
    const file = join(app.work, 'state.json');
    const origins = Array.from({ length: 30 }, (_, o) => ({
      origin: `https://www.shop${o}-jar.com`,
      localStorage: Array.from({ length: 20 }, (_, k) => ({
        name: `key_${o}_${k}`,
        value: `stored ${o}/${k}`,
      })),
    }));
    writeFileSync(file, JSON.stringify({ cookies: [], origins }));
    await importThroughUi(file);
    await page.getByTestId('nav-jar').click();
    await page.getByTestId('jar-tab-storage').click();
    const storageRows = page.getByTestId('jar-storage-row');
    await storageRows.first().waitFor();
    const storageCount = () => page.getByTestId('jar-storage-count').innerText();
    await expect.poll(storageCount).toBe('600 of 600 entries');
    expect(await storageRows.count()).toBeLessThan(60);
    const heights = await storageRows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([34]));

    await page.getByTestId('jar-storage-filter').fill('key_7_1');
    // key_7_1 and key_7_10 … key_7_19.
    await expect.poll(storageCount).toBe('11 of 600 entries');
    await storageRows.nth(0).getByTestId('jar-storage-select').check();
    await storageRows.nth(1).getByTestId('jar-storage-select').check();
    const picked = await storageRows.evaluateAll((els) =>
      els.slice(0, 2).map((e) => e.getAttribute('data-name')),
    );
    await storageRows.nth(1).getByTestId('jar-storage-reveal').click();
    await expect
      .poll(() => storageRows.nth(1).getByTestId('jar-storage-value').innerText())
      .toMatch(/^stored 7\//);
    await page.screenshot({ path: join(SHOTS, 'jar-storage.png'), fullPage: true });
    await storageRows.nth(1).getByTestId('jar-storage-select').press('Delete');
    await expect.poll(storageCount).toBe('9 of 598 entries');
    for (const name of picked)
      expect(await page.locator(`[data-testid="jar-storage-row"][data-name="${name}"]`).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(storageCount).toBe('11 of 600 entries');
    await page.getByTestId('jar-storage-filter').fill('');
    await page.getByTestId('jar-tab-cookies').click();
  });

  it('has no serious or critical axe violation in the table, the edit dialog and the localStorage tab, light and dark', async () => {
    const blocking: string[] = [];
    const audit = async (label: string) => {
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
        blocking.push(`${label}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    };
    for (const theme of ['light', 'dark'] as const) {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId(`theme-choice-${theme}`).check();
      await page.getByTestId('nav-jar').click();
      await rows().first().waitFor();
      await rows().nth(1).click();
      await rows()
        .nth(3)
        .click({ modifiers: ['Shift'] });
      await audit(`table (${theme})`);
      await page.screenshot({ path: join(SHOTS, `jar-view-${theme}.png`), fullPage: true });
      await page.keyboard.press('Enter');
      await page.getByTestId('jar-edit-dialog').waitFor();
      await page.getByTestId('jar-edit-path').fill('no-slash');
      await audit(`edit dialog (${theme})`);
      await page.screenshot({ path: join(SHOTS, `jar-edit-problems-${theme}.png`) });
      await page.keyboard.press('Escape');
      await page.getByTestId('jar-tab-storage').click();
      await page.getByTestId('jar-storage-row').first().waitFor();
      await page.getByTestId('jar-storage-select').first().check();
      await audit(`localStorage (${theme})`);
      await page.screenshot({ path: join(SHOTS, `jar-storage-${theme}.png`) });
      await page.getByTestId('jar-tab-cookies').click();
    }
    expect(blocking).toEqual([]);
  });

  it('ran without a console error or a CSP violation', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
