// The packaged app, built for real: electron-builder with build/electron-builder.config.ts, the Linux `dir`
// target, a stand-in Electron (test/build/stand-in-electron.ts). Proves what app.asar holds, what stays
// beside it for the `crumbs` command, that the command runs from the package, and that the afterPack hook
// flipped the fuses of each variant (read back from the binary).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { LINUX_EXECUTABLE } from '../../build/electron-builder.config';
import { fuseSettings, readFuses } from '../../build/fuses';
import { tempDir } from '../helpers/temp';
import { packageOf, productionClosure, readManifest } from './dependencies';
import { ROOT, assertBuilt, packLinuxDir } from './pack';
import { ELECTRON_DEFAULT_WIRE } from './stand-in-electron';

const work = tempDir('crumbs-pack-');
let release: string;
let e2e: string;
let asarPath: string;
let entries: string[];

beforeAll(async () => {
  assertBuilt();
  release = await packLinuxDir('release', join(work.dir, 'release'));
  e2e = await packLinuxDir('e2e', join(work.dir, 'e2e'));
  asarPath = join(release, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((p) =>
    p
      .replace(/^[\\/]/, '')
      .split(sep)
      .join('/'),
  );
}, 90_000);

afterAll(() => work.cleanup());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join('/'));
}

describe('app.asar', () => {
  it('holds the built app, package.json and production node_modules, nothing else at its top', () => {
    const top = new Set(entries.map((p) => p.split('/')[0]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const outDirs = new Set(entries.filter((p) => p.startsWith('out/')).map((p) => p.split('/')[1]));
    expect([...outDirs].sort()).toEqual(['cli', 'main', 'preload', 'renderer']);
  });

  it('has every built file except source maps', () => {
    const built = ['main', 'preload', 'renderer', 'cli'].flatMap((d) =>
      filesUnder(join(ROOT, 'out', d)).map((f) => `out/${d}/${f}`),
    );
    const wanted = built.filter((f) => !f.endsWith('.map'));
    expect(wanted.filter((f) => !entries.includes(f))).toEqual([]);
    expect(built.some((f) => f.endsWith('.map'))).toBe(true); // the build has maps: the exclusion did the work
  });

  it('has no source maps, TypeScript sources or test folders, even inside dependencies', () => {
    expect(entries.filter((p) => /\.(map|ts|mts|cts|tsx)$/.test(p))).toEqual([]);
    expect(entries.filter((p) => /(^|\/)(test|tests|__tests__)(\/|$)/.test(p))).toEqual([]);
  });

  it('carries every production dependency and no development-only one', () => {
    const shipped = new Set(entries.map(packageOf).filter((n): n is string => n !== null));
    const closure = productionClosure(ROOT);
    const { dependencies = {}, devDependencies = {} } = readManifest(ROOT);
    expect(Object.keys(dependencies).filter((d) => !shipped.has(d))).toEqual([]);
    expect([...shipped].filter((n) => !closure.has(n))).toEqual([]);
    const devOnly = Object.keys(devDependencies).filter((d) => !closure.has(d));
    expect(devOnly).toContain('electron');
    expect(devOnly.filter((d) => shipped.has(d))).toEqual([]);
  });

  it('keeps only the sql.js build Crumbs loads', () => {
    const sqlDist = entries.filter((p) => p.startsWith('node_modules/sql.js/dist/'));
    expect(sqlDist.sort()).toEqual([
      'node_modules/sql.js/dist/sql-wasm.js',
      'node_modules/sql.js/dist/sql-wasm.wasm',
    ]);
  });

  it('ships a package.json without scripts or development dependencies, starting out/main', () => {
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.scripts).toBeUndefined();
  });
});

describe('the Linux package layout', () => {
  it('keeps main and preload inside the asar, and the CLI, renderer and dependencies unpacked beside it', () => {
    const unpacked = (f: string): boolean => Boolean(statFile(asarPath, f).unpacked);
    expect(unpacked('out/main/index.js')).toBe(false);
    expect(unpacked('out/preload/index.js')).toBe(false);
    expect(unpacked('out/cli/crumbs.mjs')).toBe(true);
    expect(unpacked('out/renderer/index.html')).toBe(true);
    expect(unpacked('node_modules/zod/package.json')).toBe(true);
    const beside = filesUnder(join(release, 'resources', 'app.asar.unpacked'));
    expect(beside.filter((f) => f.startsWith('out/main/') || f.startsWith('out/preload/'))).toEqual([]);
    expect(beside.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('renames the executable, keeps the English and French locales only, and installs the command', () => {
    expect(existsSync(join(release, LINUX_EXECUTABLE))).toBe(true);
    expect(existsSync(join(release, 'electron'))).toBe(false);
    expect(readdirSync(join(release, 'locales')).sort()).toEqual(['en-US.pak', 'fr.pak']);
    const command = join(release, 'resources', 'bin', 'crumbs');
    expect(statSync(command).mode & 0o111).toBe(0o111);
  });
});

describe('the packaged `crumbs` command', () => {
  const command = (): string => join(release, 'resources', 'bin', 'crumbs');

  it('imports a Firefox database and lists it, with the system Node and the packaged dependencies only', () => {
    const dataDir = join(work.dir, 'cli-data');
    const env = { ...process.env, CRUMBS_NODE: process.execPath, CRUMBS_DATA_DIR: dataDir };
    const fixture = join(ROOT, 'test/fixtures/formats/browser-db/firefox-wal/cookies.sqlite');
    // sql.js (WebAssembly), conf and tough-cookie all load from app.asar.unpacked/node_modules here.
    execFileSync(command(), ['import', '--format', 'firefox', fixture], { env, cwd: work.dir });
    const listed = JSON.parse(execFileSync(command(), ['list', '--json'], { env, encoding: 'utf8' })) as {
      name: string;
      domain: string;
    }[];
    expect(listed.map((c) => `${c.name}@${c.domain}`).sort()).toEqual(['a@a.example', 'b@b.example']);
  });

  it('says what it needs, and exits 127, when no Node.js is found', () => {
    const run = spawnSync(command(), ['list'], {
      env: { ...process.env, CRUMBS_NODE: join(work.dir, 'no-node-here') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(127);
    expect(run.stderr).toContain('needs Node.js 20.19 or newer');
    expect(run.stderr).toContain('crumbs app');
  });

  it('refuses a Node.js older than 20.19, naming the one it found', () => {
    // A real executable that answers --version the way an old Node does: the wrapper only asks that.
    const oldNode = join(work.dir, 'node18');
    writeFileSync(oldNode, '#!/bin/sh\necho v18.19.1\n', { mode: 0o755 });
    const run = spawnSync(command(), ['list'], {
      env: { ...process.env, CRUMBS_NODE: oldNode },
      encoding: 'utf8',
    });
    expect(run.status).toBe(127);
    expect(run.stderr).toContain(`${oldNode} is v18.19.1`);
  });
});

describe('fuses flipped by the afterPack hook, read back from the binary', () => {
  it('starts from Electron’s defaults in the stand-in (so a pass below means the hook flipped them)', () => {
    expect(ELECTRON_DEFAULT_WIRE[0]).toBe('1'); // RunAsNode on, as Electron ships it
  });

  it('release: everything the security checklist asks for', async () => {
    const fuses = await readFuses(join(release, LINUX_EXECUTABLE));
    expect(fuses).toEqual(fuseSettings('release'));
    expect(fuses).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('e2e: the release fuses with --inspect allowed, for Playwright, and nothing else changed', async () => {
    const fuses = await readFuses(join(e2e, LINUX_EXECUTABLE));
    expect(fuses).toEqual({ ...fuseSettings('release'), EnableNodeCliInspectArguments: true });
    expect(relative(work.dir, e2e)).not.toBe(relative(work.dir, release));
  });
});
