import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, crumbs, serve } from './built';
import { allFiles, inDays, netscapeLine, tempDir } from '../helpers/temp';

beforeAll(() => assertBuilt());
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function dir(): string {
  const t = tempDir('crumbs-cli-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const goodFile = () =>
  [
    '# Netscape HTTP Cookie File',
    netscapeLine({
      domain: 'dashboard.paris',
      name: 'sessionid',
      value: 'cli-secret-1',
      expires: inDays(13),
      httpOnly: true,
      secure: true,
    }),
    netscapeLine({ domain: '.www.paris.fr', name: 'lang', value: 'fr', expires: 0 }),
    netscapeLine({ domain: 'old.example', name: 'gone', value: 'x', expires: 1000 }),
  ].join('\r\n');

describe('crumbs CLI (built)', () => {
  it('imports, lists as JSON, exports and deletes, with the documented shapes and exit codes', () => {
    const data = dir();
    const file = join(data, '..', `in-${Date.now()}.txt`);
    writeFileSync(file, goodFile());
    cleanups.push(() => rmSync(file, { force: true }));

    const imp = crumbs(['import', file, '--json', '--data-dir', data]);
    expect(imp.stderr).toBe('');
    expect(imp.status).toBe(0);
    const report = JSON.parse(imp.stdout);
    expect(report).toMatchObject({ imported: 2, updated: 0, skipped: 1, rejected: [] });

    const list = crumbs(['list', '--json', '--data-dir', data]);
    expect(list.status).toBe(0);
    const cookies = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(cookies).toHaveLength(2);
    const session = cookies.find((c) => c.name === 'sessionid');
    expect(session).toMatchObject({
      name: 'sessionid',
      value: 'cli-secret-1',
      domain: 'dashboard.paris',
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: null,
      hostOnly: true,
    });
    expect(session?.expires).toBeTypeOf('number');
    expect(cookies.find((c) => c.name === 'lang')).toMatchObject({
      expires: null,
      hostOnly: false,
      domain: 'www.paris.fr',
    });

    const human = crumbs(['list', '--data-dir', data]);
    expect(human.stdout).toContain('dashboard.paris (1 cookie)');
    expect(human.stdout).toMatch(/in 13 days/);
    expect(human.stdout).not.toContain('cli-secret-1');

    const site = crumbs(['list', '--site', 'www.paris.fr', '--json', '--data-dir', data]);
    expect(JSON.parse(site.stdout).map((c: { name: string }) => c.name)).toEqual(['lang']);

    const stdoutExport = crumbs(['export', '--site', 'dashboard.paris', '--data-dir', data]);
    expect(stdoutExport.status).toBe(0);
    expect(stdoutExport.stdout).toContain('#HttpOnly_dashboard.paris\tFALSE\t/\tTRUE\t');
    const out = join(data, 'export.json');
    const fileExport = crumbs(['export', '--format', 'json', '--out', out, '--data-dir', data]);
    expect(fileExport.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);

    const del = crumbs(['delete', '--site', 'paris.fr', '--name', 'lang', '--json', '--data-dir', data]);
    expect(JSON.parse(del.stdout)).toEqual({ site: 'paris.fr', removed: 1 });
    expect(JSON.parse(crumbs(['list', '--json', '--data-dir', data]).stdout)).toHaveLength(1);
  });

  it('rejects a file with problems with exit 2, line numbers and an unchanged jar; --skip-invalid imports the rest', () => {
    const data = dir();
    const file = join(data, 'bad.txt');
    writeFileSync(
      file,
      [
        netscapeLine({ domain: 'a.example', name: 'ok', value: '1', expires: inDays(3) }),
        'a.example\tFALSE\t/\tFALSE\tnot-a-number\tbroken\tx',
        netscapeLine({ domain: '.com', name: 'super', value: '1', expires: inDays(3) }),
      ].join('\n'),
    );
    const run = crumbs(['import', file, '--json', '--data-dir', data]);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.rejected.map((r: { where: string }) => r.where)).toEqual([
      'bad.txt line 2',
      'bad.txt line 3',
    ]);
    expect(JSON.parse(crumbs(['list', '--json', '--data-dir', data]).stdout)).toEqual([]);

    const human = crumbs(['import', file, '--data-dir', data]);
    expect(human.status).toBe(2);
    expect(human.stdout).toContain('bad.txt line 2');
    expect(human.stdout).toContain('--skip-invalid');

    const skip = crumbs(['import', file, '--skip-invalid', '--json', '--data-dir', data]);
    expect(skip.status).toBe(0);
    expect(
      JSON.parse(crumbs(['list', '--json', '--data-dir', data]).stdout).map((c: { name: string }) => c.name),
    ).toEqual(['ok']);
  });

  it('says what is wrong with bad usage and exits 2', () => {
    const data = dir();
    expect(crumbs(['import', '--data-dir', data]).status).toBe(2);
    const missing = crumbs(['import', join(data, 'nope.txt'), '--data-dir', data]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt');
    const format = crumbs(['export', '--format', 'xml', '--data-dir', data]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format must be one of netscape, json');
    expect(crumbs(['frobnicate']).status).toBe(2);
    expect(crumbs(['delete', '--data-dir', data]).stderr).toContain('--site');
  });

  it('takes the data directory from CRUMBS_DATA_DIR and keeps values sealed there', () => {
    const data = dir();
    const file = join(data, '..', `env-${Date.now()}.txt`);
    writeFileSync(
      file,
      netscapeLine({ domain: 'a.example', name: 'n', value: 'env-sealed-value', expires: inDays(3) }),
    );
    cleanups.push(() => rmSync(file, { force: true }));
    expect(crumbs(['import', file], { CRUMBS_DATA_DIR: data }).status).toBe(0);
    for (const f of allFiles(data)) expect(f.bytes.includes(Buffer.from('env-sealed-value'))).toBe(false);
    expect(JSON.parse(crumbs(['list', '--json'], { CRUMBS_DATA_DIR: data }).stdout)[0].value).toBe(
      'env-sealed-value',
    );
  });

  it('serve refuses a non-loopback host; a second writer is refused while serve holds the directory', async () => {
    const data = dir();
    const refused = crumbs(['serve', '--host', '0.0.0.0', '--data-dir', data]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/only listens on this computer/);

    const served = await serve(data);
    try {
      const file = join(data, '..', `lock-${Date.now()}.txt`);
      writeFileSync(file, netscapeLine({ domain: 'a.example', name: 'n', value: 'v', expires: inDays(3) }));
      cleanups.push(() => rmSync(file, { force: true }));
      const second = crumbs(['import', file, '--data-dir', data]);
      expect(second.status).toBe(2);
      expect(second.stderr).toContain('crumbs serve');
      // Reading is still allowed.
      expect(crumbs(['list', '--json', '--data-dir', data]).status).toBe(0);
    } finally {
      await served.stop();
    }
    expect(existsSync(join(data, 'crumbs.lock'))).toBe(false);
  });

  it('app explains that Electron is missing and points to browser mode', () => {
    const run = crumbs(['app'], { ELECTRON_OVERRIDE_DIST_PATH: join(dir(), 'no-electron-here') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run web');
  });

  it('formats lists every reader and writer with what it keeps and loses; browsers lists profiles of a home', () => {
    const formats = crumbs(['formats', '--json']);
    expect(formats.status).toBe(0);
    const parsed = JSON.parse(formats.stdout) as {
      import: { id: string; loses: string }[];
      export: { id: string }[];
    };
    expect(parsed.import.map((r) => r.id)).toEqual(
      expect.arrayContaining(['netscape', 'playwright', 'har', 'firefox', 'safari']),
    );
    expect(parsed.export.map((w) => w.id)).toEqual(
      expect.arrayContaining(['netscape', 'playwright', 'cdp', 'header', 'curl']),
    );
    expect(crumbs(['formats']).stdout).toContain('loses:');

    const home = dir();
    mkdirSync(join(home, '.config', 'chromium', 'Default'), { recursive: true });
    writeFileSync(join(home, '.config', 'chromium', 'Default', 'Cookies'), 'SQLite format 3\u0000');
    const browsers = crumbs(['browsers', '--json'], { HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
    expect(browsers.status).toBe(0);
    expect(JSON.parse(browsers.stdout)).toEqual([
      expect.objectContaining({
        browser: 'chromium',
        format: 'chromium',
        cookieFile: join(home, '.config', 'chromium', 'Default', 'Cookies'),
      }),
    ]);
  });

  it('imports Set-Cookie lines with --url, and exports a Cookie header for a URL with what it left out on stderr', () => {
    const data = dir();
    const file = join(data, '..', `sc-${Date.now()}.txt`);
    writeFileSync(file, 'Set-Cookie: sid=abc; Path=/; Secure; HttpOnly\nSet-Cookie: admin=1; Path=/admin\n');
    cleanups.push(() => rmSync(file, { force: true }));
    const noUrl = crumbs(['import', file, '--json', '--data-dir', data]);
    expect(noUrl.status).toBe(2);
    expect(JSON.stringify(JSON.parse(noUrl.stdout).rejected)).toContain('--url');
    expect(crumbs(['import', file, '--url', 'https://shop.example/', '--data-dir', data]).status).toBe(0);
    const header = crumbs([
      'export',
      '--format',
      'header',
      '--url',
      'https://shop.example/cart',
      '--data-dir',
      data,
    ]);
    expect(header.status).toBe(0);
    expect(header.stdout.trim()).toBe('Cookie: sid=abc');
    expect(header.stderr).toContain('admin');
  });
});
