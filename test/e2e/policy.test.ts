// A site policy through the real app in a real browser: `crumbs serve` (built) on a fresh data directory, driven
// by Playwright in Debian Chromium. Import a site's cookies, then its French policy page through the UI; the
// site page shows the table beside the jar, marks `_ga` as outliving its declaration and lists `tracker` as
// undeclared; a duration is edited in place, then the edit undone. Screenshots go to test-results/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Served } from './built';
import { openApp, SHOTS, type AppSession } from './app-session';
import { inDays, netscapeLine } from '../helpers/temp';

const SITE = 'example.fr';
let served: Served;
let page: Page;
let work: string;
let consoleErrors: string[] = [];
let app: AppSession;

// A French cookie-policy page as sites publish them: a table per category under its heading, links and
// markup inside cells.
const POLICY_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Politique de cookies – Exemple</title></head>
<body>
<h1>Politique de cookies</h1>
<p>Exemple SA utilise des cookies sur le site <a href="https://www.example.fr/">www.example.fr</a>.</p>
<h2>Cookies strictement nécessaires</h2>
<p>Ces cookies sont indispensables au fonctionnement du site.</p>
<table>
  <thead><tr><th>Nom du cookie</th><th>Fournisseur</th><th>Durée de conservation</th><th>Finalité</th></tr></thead>
  <tbody>
    <tr><td><code>sessionid</code></td><td>Exemple</td><td>2 semaines</td><td>Garde votre session ouverte.</td></tr>
  </tbody>
</table>
<h2>Cookies de mesure d'audience</h2>
<p>Ils nous permettent de compter les visites.</p>
<table>
  <thead><tr><th>Nom du cookie</th><th>Fournisseur</th><th>Durée de conservation</th><th>Finalité</th></tr></thead>
  <tbody>
    <tr><td>_ga</td><td><a href="https://policies.google.com/">Google</a></td><td>13 mois</td><td>Distingue les visiteurs.</td></tr>
    <tr><td>_ga_*</td><td>Google</td><td>13 mois</td><td>Conserve l’état de la session.</td></tr>
    <tr><td></td><td>Google</td><td>13 mois</td><td>Une ligne sans nom de cookie.</td></tr>
  </tbody>
</table>
</body>
</html>
`;

const rowOf = (name: string) => page.locator(`[data-testid="policy-row"][data-cookie="${name}"]`);

beforeAll(async () => {
  app = await openApp('crumbs-e2e-policy-');
  ({ page, served } = app);
  work = app.work;
  consoleErrors = app.consoleErrors;
});

afterAll(async () => {
  await app?.close();
});

describe('a site policy in browser mode', () => {
  it('imports the cookies of example.fr', async () => {
    const file = join(work, 'example.fr.cookies.txt');
    writeFileSync(
      file,
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({ domain: '.example.fr', name: '_ga', value: 'GA1.2.111.222', expires: inDays(730) }),
        netscapeLine({ domain: '.example.fr', name: '_ga_ABC', value: 'GS1.1.333', expires: inDays(365) }),
        netscapeLine({ domain: 'www.example.fr', name: 'tracker', value: 'trk-9', expires: inDays(30) }),
      ].join('\n') + '\n',
    );
    await page.goto(served.url);
    await page.getByTestId('nav-import').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-result').waitFor();
  });

  it('imports the French policy page from the site page after a dry run', async () => {
    await page.getByTestId('nav-sites').click();
    await page.getByTestId('site-row').filter({ hasText: SITE }).getByTestId('site-link').click();
    const empty = page.getByTestId('no-policy');
    await empty.waitFor();
    await empty.getByTestId('policy-import-open').click();

    const panel = page.getByTestId('policy-import');
    expect(await panel.getByTestId('policy-import-site').inputValue()).toBe(SITE);
    const file = join(work, 'politique-cookies.html');
    writeFileSync(file, POLICY_PAGE);
    await panel.getByTestId('policy-import-file').setInputFiles(file);
    const preview = page.getByTestId('policy-import-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('policy-import-detected').getAttribute('data-format')).toBe('html');
    expect(await preview.getByTestId('policy-import-target').innerText()).toContain(SITE);
    expect(await preview.getByTestId('policy-import-counts').innerText()).toBe('2 tables · 3 rows');
    const entries = await preview.getByTestId('policy-import-entry').allInnerTexts();
    expect(entries).toHaveLength(3);
    expect(entries.join('\n')).toContain('13 months');
    // The row without a name is not imported, and the dry run says where and why.
    const problems = await preview.getByTestId('policy-import-problem').allInnerTexts();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/table 2 row 4/); // the header is row 1
    await page.screenshot({ path: join(SHOTS, 'policy-import-dry-run.png'), fullPage: true });

    await panel.getByTestId('policy-import-apply').click();
    await page.getByTestId('policy').waitFor();
    expect(await page.getByTestId('toast').first().innerText()).toContain(
      `Imported the cookie policy of ${SITE}`,
    );
  });

  it('shows the table beside the jar: _ga outlives its declaration, tracker is undeclared', async () => {
    const policy = page.getByTestId('policy');
    expect(await policy.innerText()).toContain('Cookies strictement nécessaires');
    expect(await policy.innerText()).toContain("Cookies de mesure d'audience");
    await expect.poll(() => page.getByTestId('policy-row').count()).toBe(3);
    // Canonical order: necessary first.
    expect(
      await page.getByTestId('policy-row').evaluateAll((rows) => rows.map((r) => r.dataset.cookie)),
    ).toEqual(['sessionid', '_ga', '_ga_*']);
    expect(await rowOf('sessionid').getAttribute('data-stored')).toBe('false');
    expect(await rowOf('_ga').getByTestId('policy-duration').innerText()).toBe('13 months');
    expect(await rowOf('_ga').getByTestId('policy-duration-raw').innerText()).toBe('13 mois');
    expect(await rowOf('_ga').getByTestId('policy-stored').innerText()).toMatch(/Stored[\s\S]*2 years left/);

    const marks = rowOf('_ga').getByTestId('policy-disagreement');
    expect(await marks.evaluateAll((m) => m.map((e) => e.dataset.kind))).toContain('outlives-declared');
    expect(await rowOf('_ga').locator('[data-kind="outlives-declared"]').innerText()).toMatch(
      /Lives longer than declared[\s\S]*longer than declared \(13 months\)/,
    );
    expect(await rowOf('_ga_*').getAttribute('data-disagrees')).toBeNull();
    expect(await rowOf('_ga_*').getAttribute('data-count')).toBe('1');

    const tracker = page.locator('[data-testid="undeclared-row"][data-name="tracker"]');
    expect(await tracker.getAttribute('data-type')).toBe('cookie');
    expect(await tracker.getByTestId('undeclared-reason').innerText()).toBe('unknown');
    await page.screenshot({ path: join(SHOTS, 'policy-site-page.png'), fullPage: true });
  });

  it('edits a row’s duration in place, sees it change, and undoes it', async () => {
    await page.getByTestId('policy-edit').click();
    const editor = page.getByTestId('policy-editor');
    await editor.waitFor();
    const gaRow = editor.getByTestId('edit-row').filter({ has: page.locator('input[value="_ga"]') });
    const duration = gaRow.getByTestId('edit-duration');
    expect(await duration.inputValue()).toBe('13 mois');
    await duration.fill('3 ans');
    expect(await gaRow.getByTestId('edit-duration-preview').innerText()).toBe('Reads as: 3 years');
    await page.screenshot({ path: join(SHOTS, 'policy-edit-mode.png'), fullPage: true });
    await editor.getByTestId('edit-save').click();

    await expect.poll(() => rowOf('_ga').getByTestId('policy-duration').innerText()).toBe('3 years');
    expect(await rowOf('_ga').locator('[data-kind="outlives-declared"]').count()).toBe(0);
    await page
      .getByTestId('toast')
      .filter({ hasText: 'Saved the cookie policy' })
      .getByTestId('toast-action')
      .click();
    await expect.poll(() => rowOf('_ga').getByTestId('policy-duration').innerText()).toBe('13 months');
    expect(await rowOf('_ga').locator('[data-kind="outlives-declared"]').count()).toBe(1);

    // The undone edit is what the core keeps: a reload shows the imported duration.
    await page.reload();
    await page.getByTestId('policy').waitFor();
    await expect.poll(() => rowOf('_ga').getByTestId('policy-duration-raw').innerText()).toBe('13 mois');
  });

  it('reads in French, and the Import page offers the policy import too', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect.poll(() => rowOf('_ga').getByTestId('policy-duration').innerText()).toBe('13 mois');
    expect(await rowOf('_ga').locator('[data-kind="outlives-declared"]').innerText()).toMatch(
      /Vit plus longtemps que déclaré[\s\S]*Vit 2 ans, plus longtemps que déclaré \(13 mois\)/,
    );
    expect(await rowOf('sessionid').getByTestId('policy-duration').innerText()).toBe('2 semaines');
    await page.screenshot({ path: join(SHOTS, 'policy-site-page-fr.png'), fullPage: true });
    await page.getByTestId('nav-import').click();
    expect(await page.getByTestId('policy-import').getByRole('heading').first().innerText()).toBe(
      'Importer une politique de cookies',
    );
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  });

  it('ran without a console error or a CSP violation', () => {
    expect(consoleErrors).toEqual([]);
  });
});
