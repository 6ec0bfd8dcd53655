// `crumbs profile …` and `crumbs apply` as a user runs them: the built command, a fresh data dir.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, crumbs } from './built';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

beforeAll(() => assertBuilt());
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('crumbs profile and apply (built)', () => {
  it('creates and adjusts profiles, applies one with a dry run first, and exports/imports them', () => {
    const t = tempDir('crumbs-cli-profiles-');
    cleanups.push(t.cleanup);
    const data = ['--data-dir', t.dir];
    const run = (...args: string[]) => crumbs([...args, ...data]);

    expect(run('profile', 'list').stdout).toMatch(
      /necessary-only \[built in\][\s\S]*accept-all \(active\) \[built in\]/,
    );
    expect(run('profile', 'create', 'stats', '--allow', 'statistics').status).toBe(0);
    expect(
      run('profile', 'set', 'stats', '--site', 'news.example', '--allow', 'marketing', '--keep', 'keepme,_k*')
        .status,
    ).toBe(0);
    const shown = JSON.parse(run('profile', 'show', 'stats', '--json').stdout);
    expect(shown).toMatchObject({
      name: 'stats',
      categories: { necessary: true, preferences: false, statistics: true, marketing: false, social: false },
      sites: { 'news.example': { categories: { marketing: true }, keep: ['keepme', '_k*'] } },
    });
    const bad = run('profile', 'set', 'stats', '--deny', 'necessary');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot be refused/);
    expect(run('profile', 'create', 'x', '--allow', 'ads').stderr).toMatch(/"ads" is not a category/);
    expect(run('profile', 'use', 'stats').stdout).toMatch(/stats is now the active profile/);

    const jar = join(t.dir, 'jar.txt');
    writeFileSync(
      jar,
      [
        '# Netscape HTTP Cookie File',
        netscapeLine({ domain: '.shop.example', name: '_fbp', value: 'f', expires: inDays(60) }),
        netscapeLine({ domain: '.shop.example', name: '_ga', value: 'g', expires: inDays(60) }),
        netscapeLine({ domain: '.news.example', name: '_fbp', value: 'n', expires: inDays(60) }),
      ].join('\n'),
    );
    expect(run('import', jar).status).toBe(0);
    const dry = run('apply', '--dry-run');
    expect(dry.stdout).toMatch(/^Would remove 1 cookie and 0 localStorage entries \(profile stats\)/);
    expect(dry.stdout).toMatch(/shop\.example\s+_fbp/);
    const done = JSON.parse(run('apply', '--json').stdout);
    expect(done.removed.cookies.map((c: { name: string; site: string }) => `${c.site} ${c.name}`)).toEqual([
      'shop.example _fbp',
    ]);
    const left = JSON.parse(run('list', '--json').stdout).map(
      (c: { site: string; name: string }) => `${c.site} ${c.name}`,
    );
    expect(left.sort()).toEqual(['news.example _fbp', 'shop.example _ga']);

    const file = join(t.dir, 'profiles.out.json');
    expect(run('profile', 'export', '--out', file).status).toBe(0);
    expect(run('profile', 'delete', 'stats').status).toBe(0);
    const imported = run('profile', 'import', file);
    expect(imported.stdout).toMatch(/Imported stats/);
    expect(run('profile', 'show', 'nothing').status).toBe(2);
  });
});
