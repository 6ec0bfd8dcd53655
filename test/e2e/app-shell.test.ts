// The whole app in a real browser against the real core (`crumbs serve`, built): every view one step from
// the navigation, the sites list with its pictures, theme and language, a file dropped on the window,
// the keyboard shortcuts, and data files set aside. Screenshots of each view in light and dark land in
// test-results/screenshots for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve, type Served } from './built';
import { openApp, SHOTS, type AppSession } from './app-session';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';
import en from '../../renderer/i18n/en.json';

let app: AppSession;
let page: Page;
let served: Served;

/** The page has its data: no loading line left (the event stream stays open, so the network never idles). */
async function settle() {
  await page.waitForFunction(() => document.querySelector('.busy') === null);
  await page.waitForTimeout(200);
}

/** Seeds the jar through the HTTP API, as the UI would (no Origin header: a local tool, like the CLI). */
async function seedJar(target: Served, lines: string[]): Promise<void> {
  const content = ['# Netscape HTTP Cookie File', ...lines].join('\n') + '\n';
  const response = await fetch(`${target.origin}/api/import.run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${target.token}` },
    body: JSON.stringify({ files: [{ name: 'seed.txt', content }] }),
  });
  if (!response.ok) throw new Error(`seeding failed: ${response.status} ${await response.text()}`);
}

const SEED = [
  netscapeLine({
    domain: 'dashboard.paris',
    name: 'sessionid',
    value: 'e2e-s',
    expires: inDays(13),
    httpOnly: true,
  }),
  netscapeLine({ domain: 'dashboard.paris', name: 'csrftoken', value: 'e2e-c', expires: inDays(364) }),
  netscapeLine({ domain: '.dashboard.paris', name: '_ga', value: 'GA1.1.1', expires: inDays(730) }),
  netscapeLine({ domain: '.news.example', name: '_ga', value: 'GA1.1.2', expires: inDays(2) }),
  netscapeLine({ domain: '.news.example', name: 'theme', value: 'dark', expires: inDays(2) }),
  netscapeLine({ domain: 'shop.example', name: 'cart', value: '42', expires: inDays(6) }),
  netscapeLine({ domain: 'shop.example', name: 'lang', value: 'fr', expires: inDays(90) }),
  netscapeLine({ domain: 'video.example', name: 'vid', value: 'v', expires: inDays(21) }),
];

const VIEWS = [
  { nav: 'sites', heading: en.sites.title, title: 'Sites · Crumbs' },
  { nav: 'jar', heading: en.jar.title, title: 'Jar · Crumbs' },
  { nav: 'profiles', heading: en.profiles.title, title: 'Profiles · Crumbs' },
  { nav: 'report', heading: en.report.title, title: 'Report · Crumbs' },
  { nav: 'import', heading: en.import.title, title: 'Import · Crumbs' },
  { nav: 'export', heading: en.export.title, title: 'Export · Crumbs' },
  { nav: 'settings', heading: en.settings.title, title: 'Settings · Crumbs' },
] as const;

const h1 = () => page.locator('main h1').first();
const shoot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** Visits every view from the navigation, checks it and photographs it. */
async function visitAll(theme: 'light' | 'dark') {
  for (const view of VIEWS) {
    await page.getByTestId(`nav-${view.nav}`).click();
    // The window title also says the active profile and the jar's size, as the status line does.
    await expect.poll(() => page.title()).toBe(`${view.title} — accept-all, ${SEED.length} cookies`);
    await expect.poll(() => h1().innerText()).toBe(view.heading);
    expect(await page.getByTestId(`nav-${view.nav}`).getAttribute('aria-current')).toBe('page');
    // Each page settles (its data shown) before the picture.
    await settle();
    await shoot(`app-${view.nav}-${theme}`);
  }
  await page.getByTestId('nav-sites').click();
  await page.getByTestId('site-row').filter({ hasText: 'dashboard.paris' }).getByTestId('site-link').click();
  await page.getByTestId('site-page').waitFor();
  await settle();
  await shoot(`app-site-${theme}`);
}

beforeAll(async () => {
  app = await openApp('crumbs-e2e-shell-');
  ({ page, served } = app);
  await seedJar(served, SEED);
  await page.goto(served.url);
  await page.getByTestId('site-row').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the whole app in browser mode', () => {
  it('opens on the sites list: categories, findings, last seen, expiries on a time line', async () => {
    const rows = page.getByTestId('site-row');
    await expect.poll(() => rows.count()).toBe(4);
    const paris = rows.filter({ hasText: 'dashboard.paris' });
    const chips = await paris
      .getByTestId('category-chip')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(chips).toContain('necessary');
    expect(chips).toContain('statistics');
    const badge = paris.getByTestId('findings-badge');
    expect(Number(await badge.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(await badge.getAttribute('href')).toBe('#/report/dashboard.paris');
    expect(await paris.getByTestId('site-last-seen').innerText()).toMatch(/now|second|minute/);

    const timeline = page.getByTestId('expiry-timeline');
    await expect
      .poll(() => timeline.getByTestId('expiry-total').innerText())
      .toBe('5 cookies expire in the next 30 days.');
    const counts = await timeline
      .getByTestId('timeline-day')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(counts[2]).toBe(2);

    // Sorting by cookies: the most first.
    await page.getByTestId('sort-cookies').click();
    const names = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(names[0]).toBe('dashboard.paris');
    expect(await page.locator('th[aria-sort]').innerText()).toContain('Cookies stored');
    await page.getByTestId('sort-name').click();

    const status = page.getByTestId('status-line');
    await expect.poll(() => page.getByTestId('status-cookie-count').innerText()).toBe('8 cookies in the jar');
    expect(await status.getByTestId('status-profile').getAttribute('data-name')).toBe('accept-all');
  });

  it('reaches every view from the navigation, in the light theme', async () => {
    await visitAll('light');
  });

  it('switches to the dark theme in Settings, remembers it across a reload, and shows every view in it', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('theme-choice-dark').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(246, 247, 249)');
    await page.reload();
    await page.getByTestId('settings-page').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByTestId('theme-choice-dark').isChecked()).toBe(true);
    await visitAll('dark');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('theme-choice-light').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('follows the system when asked to', async () => {
    await page.getByTestId('theme-choice-system').check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('switches the language to French and back: navigation, status line, dates', async () => {
    await page.getByTestId('language-choice-fr').check();
    await expect.poll(() => h1().innerText()).toBe('Réglages');
    expect(await page.getByTestId('nav-jar').innerText()).toBe('Bocal');
    expect(await page.getByTestId('status-cookie-count').innerText()).toBe('8 cookies dans le bocal');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByTestId('nav-sites').click();
    await expect
      .poll(() => page.getByTestId('expiry-total').innerText())
      .toBe('5 cookies expirent dans les 30 prochains jours.');
    await shoot('app-sites-fr');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-choice-en').check();
    await expect.poll(() => h1().innerText()).toBe('Settings');
  });

  it('shows the data location and how values are protected here', async () => {
    expect(await page.getByTestId('settings-data-dir').innerText()).toBe(app.dataDir);
    // Plain Node (crumbs serve) keeps the key in a 0600 file: its documented protection, nothing to agree to.
    expect(await page.getByTestId('protection-kind').getAttribute('data-protection')).toBe('keyfile');
    expect(await page.getByTestId('protection-question').count()).toBe(0);
    await page.getByTestId('rotate-key').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await expect
      .poll(() => page.getByTestId('toast').first().innerText())
      .toContain('The data key was rotated.');
    // The values are still there, under the new key.
    await page.goto(`${served.origin}/#/site/dashboard.paris`);
    const session = page.locator('[data-testid="cookie-row"][data-name="sessionid"]');
    await session.getByTestId('cookie-reveal').click();
    await expect.poll(() => session.getByTestId('cookie-value').innerText()).toContain('e2e-s');
  });

  it('imports files dropped anywhere on the window, after the dry run', async () => {
    await page.getByTestId('nav-sites').click();
    await page.getByTestId('site-row').first().waitFor();
    const text =
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({ domain: 'dropped.example', name: 'd', value: '1', expires: inDays(40) }),
      ].join('\n') + '\n';
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.cookies.txt', { type: 'text/plain' }));
      return data;
    }, text);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.getByTestId('drop-overlay').waitFor();
    await shoot('app-drop-overlay');
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/import');
    expect(await page.getByTestId('import-chosen').innerText()).toContain('dropped.cookies.txt');
    await page.getByTestId('import-dry-run-report').waitFor();
    expect(await page.getByTestId('import-file-row').getAttribute('data-format')).toBe('netscape');
    await page.getByTestId('import-apply').click();
    await expect.poll(() => page.getByTestId('status-cookie-count').innerText()).toBe('9 cookies in the jar');
  });

  it('keyboard: / searches, J/K walk the sites, ? lists the shortcuts, Ctrl+Z undoes a deletion', async () => {
    await page.getByTestId('nav-sites').click();
    await page.getByTestId('site-row').first().waitFor();
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'sites-search',
    );
    await page.keyboard.type('example');
    await expect.poll(() => page.getByTestId('site-row').count()).toBe(4);
    await page.getByTestId('site-link').first().click();
    await page.getByTestId('site-page').waitFor();
    expect(await page.getByTestId('site-page').getAttribute('data-site')).toBe('dropped.example');
    await page.keyboard.press('j');
    await expect.poll(() => page.getByTestId('site-page').getAttribute('data-site')).toBe('news.example');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByTestId('site-page').getAttribute('data-site')).toBe('shop.example');
    await page.keyboard.press('k');
    await expect.poll(() => page.getByTestId('site-page').getAttribute('data-site')).toBe('news.example');

    await page.keyboard.press('?');
    const sheet = page.getByTestId('help-sheet');
    await sheet.waitFor();
    expect(await sheet.getByTestId('shortcut-row').count()).toBe(7);
    await shoot('app-help-sheet');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);

    const rows = page.getByTestId('cookie-row');
    await expect.poll(() => rows.count()).toBe(2);
    await page.locator('[data-testid="cookie-row"][data-name="theme"]').getByTestId('cookie-delete').click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.getByTestId('status-cookie-count').innerText()).toBe('9 cookies in the jar');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByText('Nothing to undo.').count()).toBe(1);
  });

  it('keyboard: / and Ctrl+F reach the Jar’s search too', async () => {
    await page.getByTestId('nav-jar').click();
    await expect.poll(() => h1().innerText()).toBe(en.jar.title);
    await page.locator('main h1').first().click();
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-shortcut')))
      .toBe('search');
    await page.locator('main h1').first().click();
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('search');
  });

  it('ran without a console error or CSP violation', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('data files set aside', () => {
  it('are shown once at start, with where the file is kept and what was kept', async () => {
    const t = tempDir('crumbs-e2e-notices-');
    const dataDir = join(t.dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'profiles.json'), '{ "this is": not json', { mode: 0o600 });
    const other = await serve(dataDir);
    const tab = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await tab.goto(other.url);
      const banner = tab.getByTestId('notices-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain('A data file could not be read and was set aside');
      const movedTo = await banner.getByTestId('notice-moved-to').innerText();
      expect(movedTo).toMatch(/profiles\.unreadable-.+\.json$/);
      expect(await banner.innerText()).toContain(`the whole file, at ${movedTo}`);
      await tab.screenshot({ path: join(SHOTS, 'app-notices.png'), fullPage: true });
      await banner.getByTestId('notices-dismiss').click();
      await expect.poll(() => banner.count()).toBe(0);
      await tab.reload();
      await tab.getByTestId('site-row').first().waitFor();
      expect(await tab.getByTestId('notices-banner').count()).toBe(0);
    } finally {
      await tab.close();
      await other.stop();
      t.cleanup();
    }
  });
});
