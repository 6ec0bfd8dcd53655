// The compliance report in a real browser against the real core: `crumbs serve` (built) on a fresh data
// directory, a cookies.txt for the built-in example site imported through the UI, the findings and the picture,
// the CSV export, then an Open Cookie Database file that classifies a cookie no catalog knew.
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
let work: string;
let consoleErrors: string[] = [];
let app: AppSession;

beforeAll(async () => {
  app = await openApp('crumbs-e2e-report-', { acceptDownloads: true });
  ({ page, served } = app);
  work = app.work;
  consoleErrors = app.consoleErrors;
});

afterAll(async () => {
  await app?.close();
});

const row = (cookie: string, kind: string) =>
  page.locator(`[data-testid="finding-row"][data-cookie="${cookie}"][data-kind="${kind}"]`);
const kindsOf = async (cookie: string) =>
  (
    await page
      .locator(`[data-testid="finding-row"][data-cookie="${cookie}"]`)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))
  ).sort();

describe('the compliance report in browser mode', () => {
  it('imports a cookies.txt for the example site through the UI', async () => {
    const file = join(work, 'dashboard-paris.cookies.txt');
    writeFileSync(
      file,
      [
        '# Netscape HTTP Cookie File',
        // Declared "2 weeks by default", set for a year.
        netscapeLine({
          domain: SITE,
          name: 'sessionid',
          value: 'e2e-s',
          expires: inDays(365),
          httpOnly: true,
        }),
        // Declared "Up to 12 months": 52 weeks is within.
        netscapeLine({ domain: SITE, name: 'csrftoken', value: 'e2e-c', expires: inDays(364) }),
        // Not declared; Google Analytics (statistics) in the built-in catalog; 2 years.
        netscapeLine({ domain: `.${SITE}`, name: '_ga', value: 'GA1.1.1', expires: inDays(730) }),
        // Not declared and unknown to the built-in catalog; 2 years.
        netscapeLine({ domain: SITE, name: 'paris_audience', value: 'pa-1', expires: inDays(730) }),
      ].join('\n') + '\n',
    );
    await page.goto(served.url);
    await expect.poll(() => page.url()).not.toContain('token=');
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-result').waitFor();
  });

  it('shows the findings by severity with their explanation, and the lifetimes as bars', async () => {
    await page.getByTestId('nav-report').click();
    await page.getByRole('heading', { level: 1, name: 'Compliance report' }).waitFor();
    await row('sessionid', 'outlives-declared').waitFor();
    expect(page.url()).toMatch(/#\/report$/);

    const session = row('sessionid', 'outlives-declared');
    expect(await session.getAttribute('data-severity')).toBe('high');
    expect(await session.getByTestId('finding-explanation').innerText()).toBe(
      'Cookie “sessionid” lives 1 year, longer than declared (2 weeks by default), more than twice as long.',
    );
    expect(await session.getByTestId('evidence-declared').innerText()).toContain('2 weeks by default');
    expect(await session.getByTestId('evidence-actual').innerText()).toContain('1 year');
    expect(await row('_ga', 'undeclared').getByTestId('finding-explanation').innerText()).toBe(
      `The cookie policy of ${SITE} does not declare cookie “_ga”, classified as statistics.`,
    );
    const tracker = row('_ga', 'tracking-over-13-months');
    expect(await tracker.getAttribute('data-severity')).toBe('high');
    expect(await tracker.getByTestId('finding-explanation').innerText()).toContain(
      'beyond the 13 months CNIL allows for trackers',
    );
    expect(await kindsOf('csrftoken')).toEqual([]);
    expect(await kindsOf('paris_audience')).toEqual(['undeclared']);

    const high = page.locator('[data-testid="severity-count"][data-severity="high"]');
    expect(await high.getAttribute('data-count')).toBe('2');

    const bars = page.getByTestId('lifetime-chart');
    const sessionBar = bars.locator('[data-testid="lifetime-row"][data-cookie="sessionid"]');
    expect(await sessionBar.getAttribute('data-over')).toBe('true');
    // The red overflow starts at the declared mark and is drawn wider than the part within it.
    const mark = await sessionBar.getByTestId('bar-declared').boundingBox();
    const over = await sessionBar.getByTestId('bar-over').boundingBox();
    expect(mark && over).toBeTruthy();
    expect(Math.abs(over!.x - (mark!.x + mark!.width / 2))).toBeLessThan(3);
    expect(over!.width).toBeGreaterThan(100);
    const gaBar = bars.locator('[data-testid="lifetime-row"][data-cookie="_ga"]');
    const cnil = await gaBar.getByTestId('bar-cnil').boundingBox();
    const real = await gaBar.getByTestId('bar-real').boundingBox();
    expect(real!.x + real!.width).toBeGreaterThan(cnil!.x + 20);

    await page.screenshot({ path: join(SHOTS, 'report-view.png'), fullPage: true });
    await bars.screenshot({ path: join(SHOTS, 'report-bars.png') });
  });

  it('exports the report as CSV', async () => {
    await page.getByTestId('report-export-format').selectOption('csv');
    const download = page.waitForEvent('download');
    await page.getByTestId('report-export-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('crumbs-cookie-report.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Severity,Site,Cookie,Kind,Message,Declared,Actual');
    expect(lines.some((l) => l.startsWith(`high,${SITE},sessionid,outlives-declared,`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`high,${SITE},_ga,tracking-over-13-months,`))).toBe(true);
    expect(csv).not.toContain('e2e-s');
    expect(await page.getByTestId('report-export-result').innerText()).toBe(
      'Saved crumbs-cookie-report.csv.',
    );
  });

  it('narrows the report to one site from the scope menu', async () => {
    await page.getByTestId('report-scope').selectOption(SITE);
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/report/${SITE.replace('.', '\\.')}$`));
    await page.getByTestId('report-site-link').waitFor();
    await row('sessionid', 'outlives-declared').waitFor();
    expect(await page.getByTestId('report-meta').innerText()).toContain('1 site checked.');
  });

  it('loads an Open Cookie Database file after a dry run, and the report classifies the cookie anew', async () => {
    const file = join(work, 'ocd-small.csv');
    writeFileSync(
      file,
      [
        'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match',
        'e2e-1,Paris Audience,Marketing,paris_audience,dashboard.paris,Counts visits for advertising,2 years,Paris Audience,https://example.org/privacy,0',
        'e2e-2,Paris Audience,Analytics,,dashboard.paris,A row that names no cookie,1 year,Paris Audience,,0',
      ].join('\n') + '\n',
    );
    const panel = page.getByTestId('catalog-panel');
    expect(await panel.getByTestId('catalog-loaded').innerText()).toBe('Not loaded');
    await panel.getByTestId('catalog-file-input').setInputFiles(file);
    const preview = panel.getByTestId('catalog-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('catalog-read').innerText()).toBe('ocd-small.csv: 1 entry read.');
    const problems = preview.getByTestId('catalog-problem-row');
    expect(await problems.count()).toBe(1);
    expect(await problems.first().innerText()).toContain('ocd-small.csv line 3');
    // The dry run changed nothing yet.
    expect(await kindsOf('paris_audience')).toEqual(['undeclared']);
    await preview.screenshot({ path: join(SHOTS, 'report-catalog-dry-run.png') });

    await preview.getByTestId('catalog-apply').click();
    await panel.getByTestId('catalog-done').waitFor();
    await expect
      .poll(() => panel.getByTestId('catalog-loaded').innerText())
      .toMatch(/^ocd-small\.csv, loaded .+ \(1 entry\)$/);
    await expect.poll(() => kindsOf('paris_audience')).toEqual(['tracking-over-13-months', 'undeclared']);
    expect(await row('paris_audience', 'undeclared').getByTestId('finding-explanation').innerText()).toBe(
      `The cookie policy of ${SITE} does not declare cookie “paris_audience”, classified as marketing.`,
    );
    await page.screenshot({ path: join(SHOTS, 'report-after-catalog.png'), fullPage: true });
  });

  it('speaks French', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Rapport de conformité' }).waitFor();
    expect(await row('sessionid', 'outlives-declared').getByTestId('finding-explanation').innerText()).toBe(
      'Le cookie « sessionid » dure 1 an, plus que la durée déclarée (2 semaines par défaut), plus du double.',
    );
    await page.screenshot({ path: join(SHOTS, 'report-view-fr.png'), fullPage: true });
    await page.getByLabel('Langue').selectOption('en');
  });

  it('ran without a console error or a CSP violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
