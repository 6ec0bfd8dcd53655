// `crumbs policy | catalog | report` as a user runs them: the built command, real files, a fresh data dir.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, crumbs } from './built';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

beforeAll(() => assertBuilt());
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function dir(): string {
  const t = tempDir('crumbs-cli-policy-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const MARKDOWN = `# Cookie policy of shop.example

## Analytics cookies

| Cookie name | Provider | Expiry | Purpose |
|---|---|---|---|
| _ga | Google | 2 years | Distinguishes visitors |
| _ga_* | Google | Up to 2 years | Keeps the session state |
| | Google | 1 day | a row without a name |

## Strictly necessary cookies

| Cookie | Supplier | Duration | Function |
|---|---|---|---|
| cart | Shop | Session | Keeps the basket |
`;

describe('crumbs policy, catalog and report (built)', () => {
  it('imports a policy (dry run first), shows it as JSON, exports it, and reports against the jar', () => {
    const data = dir();
    const policy = join(data, '..', `policy-${process.pid}-${Date.now()}.md`);
    writeFileSync(policy, MARKDOWN);
    cleanups.push(() => rmSync(policy, { force: true }));

    const dry = crumbs([
      'policy',
      'import',
      policy,
      '--site',
      'shop.example',
      '--dry-run',
      '--data-dir',
      data,
    ]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/markdown.*2 cookie tables, 3 declared cookies for shop\.example/);
    expect(dry.stdout).toMatch(/not read: .*row.*: /);
    expect(dry.stdout).toContain('Dry run: nothing changed.');
    expect(crumbs(['policy', 'show', 'shop.example', '--data-dir', data]).status).toBe(2);

    expect(crumbs(['policy', 'import', policy, '--site', 'shop.example', '--data-dir', data]).status).toBe(0);
    const shown = crumbs(['policy', 'show', 'shop.example', '--json', '--data-dir', data]);
    expect(shown.status).toBe(0);
    const entries = JSON.parse(shown.stdout).entries as Record<string, unknown>[];
    expect(entries.map((e) => [e.supplier, e.name, e.type, e.category, e.function])).toEqual([
      ['Google', '_ga', 'cookie', 'statistics', 'Distinguishes visitors'],
      ['Google', '_ga_*', 'cookie', 'statistics', 'Keeps the session state'],
      ['Shop', 'cart', 'cookie', 'necessary', 'Keeps the basket'],
    ]);
    expect(entries[0]!.duration).toMatchObject({ raw: '2 years', kind: 'fixed', seconds: 2 * 31_556_952 });
    expect(entries[2]!.duration).toMatchObject({ raw: 'Session', kind: 'session', seconds: null });
    const text = crumbs(['policy', 'show', 'shop.example', '--data-dir', data]).stdout;
    expect(text).toMatch(/Analytics cookies:\n\s+_ga\s+\[not stored\]\s+Google\s+2 years/);

    const out = join(data, 'policy.html');
    expect(
      crumbs(['policy', 'export', 'shop.example', '--format', 'html', '--out', out, '--data-dir', data])
        .status,
    ).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('_ga_*');

    const jar = join(data, 'jar.txt');
    writeFileSync(
      jar,
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({ domain: '.shop.example', name: '_ga', value: 'g', expires: inDays(399) }),
        netscapeLine({ domain: 'shop.example', name: 'promo', value: 'p', expires: inDays(30) }),
      ].join('\n'),
    );
    expect(crumbs(['import', jar, '--data-dir', data]).status).toBe(0);
    const after = crumbs(['policy', 'show', 'shop.example', '--data-dir', data]).stdout;
    expect(after).toMatch(/\n\s+_ga\s+\[stored\]/);
    expect(after).toMatch(/\n\s+_ga_\*\s+\[not stored\]/);
    const report = crumbs(['report', 'shop.example', '--json', '--data-dir', data]);
    expect(report.status).toBe(0);
    const findings = JSON.parse(report.stdout).findings as {
      site: string;
      cookie: string | null;
      kind: string;
      severity: string;
      message: string;
    }[];
    expect(findings.map((f) => `${f.kind} ${f.cookie}`)).toEqual(
      expect.arrayContaining(['undeclared promo', 'tracking-over-13-months _ga', 'not-seen cart']),
    );
    for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
    const csv = crumbs(['report', '--format', 'csv', '--data-dir', data]);
    expect(csv.stdout.split(/\r?\n/)[0]).toBe('Severity,Site,Cookie,Kind,Message,Declared,Actual');
    const summary = crumbs(['report', 'shop.example', '--data-dir', data]).stdout;
    expect(summary).toMatch(/^\d+ findings \(.*high.*\):/);
  });

  it('loads an Open Cookie Database and says what it could not read; bad input exits 2', () => {
    const data = dir();
    const ocd = join(data, 'ocd.csv');
    writeFileSync(
      ocd,
      'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n' +
        'x1,Basket Co,Functional,bk_,,Basket,30 days,Basket Co,,1\n' +
        'x2,Basket Co,Functional,,,No name,30 days,Basket Co,,0\n',
    );
    const loaded = crumbs(['catalog', 'import', ocd, '--json', '--data-dir', data]);
    expect(loaded.status).toBe(0);
    const result = JSON.parse(loaded.stdout);
    expect(result).toMatchObject({
      entries: 1,
      applied: true,
      info: { loaded: { file: 'ocd.csv', entries: 1 } },
    });
    expect(result.problems[0].where).toBe('ocd.csv line 3');
    expect(crumbs(['catalog', 'show', '--data-dir', data]).stdout).toMatch(/1 from ocd\.csv/);

    const empty = join(data, 'empty.html');
    writeFileSync(empty, '<p>No tables here.</p>');
    const bad = crumbs(['policy', 'import', empty, '--site', 'x.example', '--data-dir', data]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no cookie table found/);
    expect(crumbs(['policy', 'frobnicate', '--data-dir', data]).status).toBe(2);
    expect(crumbs(['report', '--format', 'pdf', '--data-dir', data]).stderr).toMatch(
      /--format must be one of json, csv, html/,
    );
  });
});
