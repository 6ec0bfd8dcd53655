// Policies, the catalog and the report through the contract, against the real core in a temp data dir.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core';
import { Report, SitePolicy } from '../../../shared/policy';
import { inDays, netscapeLine, tempDir } from '../../helpers/temp';

let core: Core;
let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir('crumbs-policy-'));
  core = await openCore({ dataDir: dir });
});
afterEach(async () => {
  await core.close();
  cleanup();
});

const FRENCH_PAGE = `<!doctype html><html lang="fr"><head><title>Politique cookies</title></head><body>
<h2>Cookies strictement nécessaires</h2><p>Indispensables au site.</p>
<table><tr><th>Nom du cookie</th><th>Fournisseur</th><th>Durée de conservation</th><th>Finalité</th></tr>
<tr><td>sessionid</td><td>Exemple</td><td>2 semaines</td><td>Session</td></tr></table>
<h2>Cookies de mesure d'audience</h2>
<table><tr><th>Nom du cookie</th><th>Fournisseur</th><th>Durée de conservation</th><th>Finalité</th></tr>
<tr><td>_ga</td><td>Google</td><td>13 mois</td><td>Mesure d'audience</td></tr>
<tr><td>_ga_*</td><td>Google</td><td>13 mois</td><td>Mesure d'audience</td></tr>
<tr><td></td><td>Google</td><td>1 an</td><td>ligne sans nom</td></tr></table></body></html>`;

async function importJar(lines: string[]): Promise<void> {
  await core.client['import.run']({
    files: [{ name: 'jar.txt', content: ['# Netscape HTTP Cookie File', ...lines].join('\n') }],
  });
}

describe('policy.import', () => {
  it('previews in a dry run, then saves what is sound and reports the row that is not', async () => {
    const file = { name: 'politique.html', content: FRENCH_PAGE };
    const dry = await core.client['policy.import']({ file, site: 'example.fr', dryRun: true });
    expect(dry.applied).toBe(false);
    expect(dry.format).toBe('html');
    expect(dry.policy.entries.map((e) => [e.name, e.match, e.category, e.duration.seconds])).toEqual([
      ['sessionid', 'exact', 'necessary', 14 * 86_400],
      ['_ga', 'exact', 'statistics', 13 * 2_629_746],
      ['_ga_', 'prefix', 'statistics', 13 * 2_629_746],
    ]);
    expect(dry.problems).toHaveLength(1);
    expect(dry.problems[0]!.where).toMatch(/politique\.html.*row/);
    expect((await core.client['sites.get']({ site: 'example.fr' })).policy).toBeNull();

    const done = await core.client['policy.import']({ file, site: 'example.fr' });
    expect(done.applied).toBe(true);
    const stored = (await core.client['sites.get']({ site: 'example.fr' })).policy;
    expect(stored?.source).toMatchObject({ kind: 'imported', file: 'politique.html' });
    expect(stored?.language).toMatch(/^fr/);
    expect(SitePolicy.parse(stored)).toEqual(stored);
  });

  it('refuses a file without a cookie table, and one that names no site, with a clear error', async () => {
    await expect(
      core.client['policy.import']({
        file: { name: 'hours.html', content: '<table><tr><th>Day</th></tr></table>' },
        site: 'x.fr',
      }),
    ).rejects.toMatchObject({
      code: 'IMPORT_UNREADABLE',
      message: expect.stringContaining('no cookie table'),
    });
    await expect(
      core.client['policy.import']({ file: { name: 'p.html', content: FRENCH_PAGE } }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('--site') });
  });

  it('keeps the policies in a 0600 document the next process reads', async () => {
    await core.client['policy.import']({
      file: { name: 'p.html', content: FRENCH_PAGE },
      site: 'example.fr',
    });
    await core.close();
    const path = join(dir, 'policies.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: 1 });
    core = await openCore({ dataDir: dir });
    const again = await core.client['sites.get']({ site: 'example.fr' });
    expect(again.policy?.entries).toHaveLength(3);
  });
});

describe('policy.save, policy.delete and undo', () => {
  it('edits in place and undoes the edit exactly', async () => {
    const before = (await core.client['sites.get']({ site: 'dashboard.paris' })).policy!;
    const saved = await core.client['policy.save']({
      site: 'dashboard.paris',
      entries: [
        ...before.entries.map((e) => ({ ...e, name: e.name, duration: e.duration.raw })),
        {
          supplier: 'Google',
          name: '_ga_*',
          type: 'cookie',
          duration: 'Up to 13 months',
          function: 'Stats',
          category: 'statistics',
        },
      ],
    });
    expect(saved.policy.source.kind).toBe('edited');
    expect(saved.policy.entries.at(-1)).toMatchObject({
      name: '_ga_',
      match: 'prefix',
      duration: { kind: 'maximum' },
    });
    await core.client['jar.undo']({ undoId: saved.undoId! });
    expect((await core.client['sites.get']({ site: 'dashboard.paris' })).policy).toEqual(before);
  });

  it('keeps a /…/ name that does not compile as an exact name, not a pattern', async () => {
    await expect(
      core.client['policy.save']({
        site: 'x.fr',
        entries: [
          { supplier: '', name: '/(/', type: 'cookie', duration: '', function: '', category: 'necessary' },
        ],
      }),
    ).resolves.toMatchObject({ policy: { entries: [{ name: '/(/', match: 'exact' }] } });
  });

  it('removes the built-in example and brings it back with undo', async () => {
    const removed = await core.client['policy.delete']({ site: 'dashboard.paris' });
    expect(removed.removed).toBe(1);
    expect((await core.client['sites.get']({ site: 'dashboard.paris' })).policy).toBeNull();
    expect((await core.client['sites.list']({})).map((s) => s.site)).not.toContain('dashboard.paris');
    await core.client['jar.undo']({ undoId: removed.undoId! });
    expect((await core.client['sites.get']({ site: 'dashboard.paris' })).policy?.source.kind).toBe('builtin');
    expect(await core.client['policy.delete']({ site: 'nothing.example' })).toEqual({
      removed: 0,
      undoId: null,
    });
  });
});

describe('policy.export', () => {
  it('writes JSON that imports back to the same entries, CSV, and an escaped HTML page', async () => {
    const policy = (await core.client['sites.get']({ site: 'dashboard.paris' })).policy!;
    const json = await core.client['policy.export']({ site: 'dashboard.paris', format: 'json' });
    expect(json.fileName).toBe('dashboard.paris-cookie-policy.json');
    const back = await core.client['policy.import']({
      file: { name: json.fileName, content: json.content },
      site: 'copy.example',
      dryRun: true,
    });
    expect(back.policy.entries).toEqual(policy.entries);
    const csv = await core.client['policy.export']({ site: 'dashboard.paris', format: 'csv' });
    expect(csv.content.split(/\r?\n/)[0]).toMatch(/^Supplier,Name,Type,Duration,Function,Category/);
    const html = await core.client['policy.export']({
      site: 'dashboard.paris',
      format: 'html',
      language: 'fr',
    });
    expect(html.content).toContain('lang="fr"');
    expect(html.content).toContain('csrftoken');
    expect(html.content).not.toMatch(/<script/i);
    await expect(
      core.client['policy.export']({ site: 'none.example', format: 'json' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('classification, findings and the report', () => {
  it('classifies by the policy, then the catalog; the site page carries its findings', async () => {
    await importJar([
      netscapeLine({ domain: 'dashboard.paris', name: 'sessionid', value: 's', expires: inDays(365) }),
      netscapeLine({ domain: 'dashboard.paris', name: 'csrftoken', value: 'c', expires: inDays(300) }),
      netscapeLine({ domain: '.dashboard.paris', name: '_ga', value: 'g', expires: inDays(399) }),
      netscapeLine({ domain: 'dashboard.paris', name: 'mystery', value: 'm', expires: inDays(3) }),
    ]);
    const detail = await core.client['sites.get']({ site: 'dashboard.paris' });
    const byName = Object.fromEntries(detail.cookies.map((c) => [c.name, c.classification]));
    expect(byName['sessionid']).toMatchObject({ by: 'policy', category: 'necessary', matched: 'sessionid' });
    expect(byName['_ga']).toMatchObject({ by: 'catalog', category: 'statistics' });
    expect(byName['mystery']).toMatchObject({ by: 'unclassified', category: 'unclassified' });
    const kinds = detail.findings.map((f) => `${f.kind}:${f.cookie ?? ''}`).sort();
    expect(kinds).toEqual(
      expect.arrayContaining(['outlives-declared:sessionid', 'undeclared:_ga', 'undeclared:mystery']),
    );
    expect(kinds).not.toContain('outlives-declared:csrftoken');
  });

  it('reports the whole jar and one site, and exports JSON (schema-valid), CSV and HTML', async () => {
    await importJar([
      netscapeLine({ domain: '.dashboard.paris', name: '_ga', value: 'g', expires: inDays(399) }),
      netscapeLine({ domain: '.other.example', name: '_fbp', value: 'f', expires: inDays(90) }),
    ]);
    const all = await core.client['report.run']({});
    expect(all.sites).toEqual(expect.arrayContaining(['dashboard.paris', 'other.example']));
    expect(
      all.findings.some((f) => f.site === 'dashboard.paris' && f.kind === 'tracking-over-13-months'),
    ).toBe(true);
    const one = await core.client['report.run']({ site: 'other.example' });
    expect(one.sites).toEqual(['other.example']);
    const json = await core.client['report.export']({ format: 'json' });
    expect(Report.parse(JSON.parse(json.content)).findings).toHaveLength(all.findings.length);
    const csv = await core.client['report.export']({ site: 'dashboard.paris', format: 'csv' });
    expect(csv.content.split(/\r?\n/)[0]).toBe('Severity,Site,Cookie,Kind,Message,Declared,Actual');
    const html = await core.client['report.export']({ format: 'html', language: 'fr' });
    expect(html.content).toMatch(/^<!doctype html>/i);
  });

  it('loads an Open Cookie Database that classifies what the built-in catalog does not know', async () => {
    await importJar([
      netscapeLine({ domain: 'shop.example', name: 'zz_basket', value: 'b', expires: inDays(3) }),
    ]);
    const header =
      'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
    const content = [
      header,
      'a1,ZZ Shop,Functional,zz_basket,,Keeps the basket,30 days,ZZ,,0',
      'a2,ZZ,Weird,zz_x,,,1 day,ZZ,,0',
    ].join('\n');
    const dry = await core.client['catalog.import']({ file: { name: 'ocd.csv', content }, dryRun: true });
    // The unknown category is kept as unclassified, and said.
    expect(dry).toMatchObject({ entries: 2, applied: false, info: { loaded: null } });
    expect(dry.problems[0]?.where).toMatch(/ocd\.csv line 3/);
    const before = await core.client['sites.get']({ site: 'shop.example' });
    expect(before.cookies[0]!.classification.by).toBe('unclassified');
    const done = await core.client['catalog.import']({ file: { name: 'ocd.csv', content } });
    expect(done.info.loaded).toMatchObject({ file: 'ocd.csv', entries: 2 });
    expect(done.info.total).toBe(done.info.builtin + 2);
    const after = await core.client['sites.get']({ site: 'shop.example' });
    expect(after.cookies[0]!.classification).toMatchObject({
      by: 'catalog',
      category: 'necessary',
      supplier: 'ZZ Shop',
    });
  });
});
