// `crumbs consent …` as a tester runs it: encode a profile's choices for a platform, save the storageState,
// write it into the jar, decode it back; the built command, a fresh data dir.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TCString } from '@iabtechlabtcf/core';
import { assertBuilt, crumbs, ROOT } from './built';
import { tempDir } from '../helpers/temp';

beforeAll(() => assertBuilt());
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('crumbs consent (built)', () => {
  it('lists the platforms, encodes a storageState, writes it and decodes the jar', () => {
    const t = tempDir('crumbs-cli-consent-');
    cleanups.push(t.cleanup);
    const run = (...args: string[]) => crumbs([...args, '--data-dir', t.dir]);

    const cmps = JSON.parse(run('consent', 'cmps', '--json').stdout) as { id: string; options: unknown[] }[];
    expect(cmps.map((c) => c.id)).toContain('klaro');
    expect(run('consent', 'cmps').stdout).toMatch(/^opendatasoft .*inferred/m);

    expect(run('profile', 'create', 'stats', '--allow', 'statistics', '--gpc', 'on').status).toBe(0);
    const out = join(t.dir, 'state.json');
    const options = JSON.stringify({ services: { matomo: 'statistics', youtube: 'marketing' } });
    const encoded = run(
      'consent',
      'encode',
      '--cmp',
      'klaro',
      '--url',
      'https://www.shop.example/',
      '--profile',
      'stats',
      '--options',
      options,
      '--out',
      out,
    );
    expect(encoded.status).toBe(0);
    expect(encoded.stderr).toMatch(/header Sec-GPC: 1/);
    const state = JSON.parse(readFileSync(out, 'utf8')) as {
      cookies: { name: string; value: string; domain: string }[];
      origins: unknown[];
    };
    const klaro = state.cookies.find((c) => c.name === 'klaro');
    expect(klaro?.domain).toBe('www.shop.example');
    expect(JSON.parse(decodeURIComponent(klaro!.value))).toEqual({ matomo: true, youtube: false });

    expect(
      run(
        'consent',
        'encode',
        '--cmp',
        'klaro',
        '--site',
        'shop.example',
        '--profile',
        'stats',
        '--options',
        options,
        '--write',
      ).status,
    ).toBe(0);
    const decoded = JSON.parse(
      run('consent', 'decode', '--site', 'shop.example', '--cmp', 'klaro', '--options', options, '--json')
        .stdout,
    );
    expect(decoded).toEqual([
      expect.objectContaining({
        site: 'shop.example',
        cmp: 'klaro',
        categories: { necessary: true, preferences: null, statistics: true, marketing: false, social: null },
        services: { matomo: true, youtube: false },
      }),
    ]);
    // From the file, without the site's services: Klaro's default list reads youtube as social, and the
    // decode says which configured services the state lacks.
    const fromFile = run('consent', 'decode', '--file', out).stdout;
    expect(fromFile).toMatch(/shop\.example \(klaro\): .*statistics accepted/);
    expect(fromFile).toMatch(/note: configured services missing: .*Klaro shows its notice again/);
  });

  it('encodes a TCF string against a vendor list given as a file, in cookies.txt', () => {
    const t = tempDir('crumbs-cli-tcf-');
    cleanups.push(t.cleanup);
    copyFileSync(join(ROOT, 'test/fixtures/consent/tcf/vendor-list.json'), join(t.dir, 'gvl.json'));
    const optionsFile = join(t.dir, 'tcf.json');
    writeFileSync(
      optionsFile,
      JSON.stringify({ vendorList: 'gvl.json', cmpId: 300, publisherCountryCode: 'DE' }),
    );
    const r = crumbs([
      'consent',
      'encode',
      '--cmp',
      'tcf',
      '--site',
      'news.example',
      '--profile',
      'accept-all',
      '--options-file',
      optionsFile,
      '--format',
      'netscape',
      '--data-dir',
      t.dir,
    ]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('\teuconsent-v2\t'));
    expect(line?.split('\t')[0]).toBe('.news.example');
    const tc = TCString.decode(line!.split('\t')[6]!);
    expect(tc.cmpId).toBe(300);
    expect(tc.publisherCountryCode).toBe('DE');
    expect(tc.purposeConsents.has(1)).toBe(true);
    expect(tc.vendorConsents.size).toBeGreaterThan(0);
    const bad = crumbs([
      'consent',
      'encode',
      '--cmp',
      'tcf',
      '--site',
      'x.example',
      '--options',
      '{"vendorList":"nope.json"}',
      '--data-dir',
      t.dir,
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/options\.vendorList: nope\.json is not a readable JSON vendor list/);
  });
});
