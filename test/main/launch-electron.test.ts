import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeMissingElectron,
  ensureElectronBinary,
  findElectronBinary,
  launchElectron,
} from '../../electron/cli/launch-electron';

let root: string;

function installElectronPackage(options: { pathTxt?: string; binary?: string; script?: string } = {}): void {
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  if (options.pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    const file = join(pkg, 'dist', options.binary);
    writeFileSync(file, options.script ?? '#!/bin/sh\nexit 0\n');
    chmodSync(file, 0o755);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'crumbs-launch-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectronBinary', () => {
  it('finds the binary path.txt names inside node_modules/electron/dist', () => {
    installElectronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(root, {}, 'linux')).toEqual({
      path: join(root, 'node_modules', 'electron', 'dist', 'electron'),
    });
  });

  it('says why when the package is absent, never downloaded, or its binary is gone', () => {
    const absent = findElectronBinary(root, {}, 'linux');
    expect('missing' in absent && absent.missing).toMatch(/not installed/);

    installElectronPackage();
    const neverDownloaded = findElectronBinary(root, {}, 'linux');
    expect('missing' in neverDownloaded && neverDownloaded.missing).toMatch(
      /no Electron binary in node_modules\/electron\/dist: it could not be downloaded/,
    );

    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    const gone = findElectronBinary(root, {}, 'linux');
    expect('missing' in gone && gone.missing).toMatch(/no Electron binary in node_modules\/electron\/dist/);
  });

  it('refuses a path.txt that leaves dist', () => {
    installElectronPackage({ pathTxt: '../package.json' });
    const found = findElectronBinary(root, {}, 'linux');
    expect('missing' in found && found.missing).toMatch(/outside/);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, with path.txt or the platform default name', () => {
    const override = join(root, 'local-electron');
    mkdirSync(override);
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux')).toEqual({
      path: join(override, 'electron'),
    });
    const win = findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'win32');
    expect('missing' in win && win.missing).toMatch(/ELECTRON_OVERRIDE_DIST_PATH.*electron\.exe/);
  });

  it('matches this checkout: electron 45 is installed without its binary', () => {
    const found = findElectronBinary(join(__dirname, '..', '..'), {});
    // Either a real binary exists here, or the reason names dist; never a throw or a download.
    if ('path' in found) expect(found.path).toMatch(/electron/);
    else expect(found.missing).toMatch(/dist|not installed/);
  });

  it('the printed hint points to browser mode', () => {
    expect(describeMissingElectron('x.')).toMatch(/npm run web/);
  });
});

describe('launchElectron', () => {
  it.skipIf(process.platform === 'win32')(
    'runs the binary with the project root as app path and forwards its exit code',
    async () => {
      const argsFile = join(root, 'args.txt');
      installElectronPackage({
        pathTxt: 'electron',
        binary: 'electron',
        script: `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nprintf '%s' "\${ELECTRON_RUN_AS_NODE:-unset}" >> '${argsFile}'\nexit 7\n`,
      });
      process.env.ELECTRON_RUN_AS_NODE = '1';
      try {
        expect(await launchElectron(root, ['--data-dir', '/tmp/d'])).toBe(7);
      } finally {
        delete process.env.ELECTRON_RUN_AS_NODE;
      }
      expect(readFileSync(argsFile, 'utf8')).toBe(`${root}\n--data-dir\n/tmp/d\nunset`);
    },
  );

  it('rejects with the explanation when there is no binary', async () => {
    await expect(launchElectron(root, [])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/npm run web/),
    });
  });
});

describe('ensureElectronBinary', () => {
  it("runs electron's own installer once when the binary is missing, then finds what it fetched", () => {
    installElectronPackage();
    // Stands in for electron/install.js: writes what the real one leaves behind after a download.
    writeFileSync(
      join(root, 'node_modules', 'electron', 'install.js'),
      `const fs = require('fs'); const path = require('path');
       fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\nexit 0\\n', { mode: 0o755 });
       fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`,
    );
    const said: string[] = [];
    const found = ensureElectronBinary(root, {}, (line) => said.push(line));
    expect(found).toEqual({ path: join(root, 'node_modules', 'electron', 'dist', 'electron') });
    expect(said).toEqual(['Fetching the Electron binary (first start only)…']);
  });

  it('says the download was tried when the installer fails, and does not try with an override', () => {
    installElectronPackage();
    writeFileSync(join(root, 'node_modules', 'electron', 'install.js'), 'process.exit(1)');
    const found = ensureElectronBinary(root, {});
    expect('missing' in found && found.missing).toMatch(/download was tried and failed/);
    const said: string[] = [];
    const overridden = ensureElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'none') }, (l) =>
      said.push(l),
    );
    expect('missing' in overridden).toBe(true);
    expect(said).toEqual([]);
  });
});
