// The packaging configuration as files: targets and identity per platform, icons that each platform's
// packager takes as they are (no download to convert them), the fuse settings, the deb scripts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { APP_ID, LINUX_EXECUTABLE, PRODUCT_NAME, createConfig } from '../../build/electron-builder.config';
import { FUSE_NAMES, fuseSettings, fuseTarget, toFuseConfig } from '../../build/fuses';
import settings from '../../build/fuses.json';
import { ROOT } from './pack';

const config = createConfig({ variant: 'release' });
const read = (path: string): Buffer => readFileSync(join(ROOT, path));

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('identity and targets', () => {
  it('names the app and builds AppImage + deb, NSIS and dmg', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.linux?.executableName).toBe(LINUX_EXECUTABLE);
  });

  it('flips fuses in one place only: its afterPack hook, not electron-builder’s electronFuses too', () => {
    expect(typeof config.afterPack).toBe('function');
    expect(config.electronFuses).toBeUndefined();
  });

  it('puts the e2e variant apart from release builds', () => {
    expect(createConfig({ variant: 'e2e' }).directories?.output).toBe('dist/e2e');
    expect(createConfig({ variant: 'e2e' }).artifactName).toContain('-e2e-');
    expect(config.directories?.output).toBe('dist');
  });
});

describe('icons, ready for each packager', () => {
  it('Linux: a folder of square PNGs named by size, up to 1024', () => {
    const names = readdirSync(join(ROOT, 'build/icons')).sort();
    const sizes = names.map((n) => Number(/^(\d+)x\1\.png$/.exec(n)?.[1]));
    expect(sizes.every((s) => s > 0)).toBe(true);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 128, 256, 512, 1024]));
    for (const name of names) {
      const size = Number(name.split('x')[0]);
      expect(pngSize(read(`build/icons/${name}`))).toEqual([size, size]);
    }
    expect(config.linux?.icon).toBe('build/icons');
  });

  it('Windows: an ICO with a 256 px entry (electron-builder’s minimum) down to 16 px', () => {
    const ico = read('build/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(config.win?.icon).toBe('build/icon.ico');
  });

  it('macOS: an ICNS whose entries are PNGs of the size their type says', () => {
    const icns = read('build/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const [w, h] = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
      expect(w).toBe(h);
      found[icns.toString('latin1', at, at + 4)] = w;
    }
    expect(found).toMatchObject({ icp4: 16, icp5: 32, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
    expect(config.mac?.icon).toBe('build/icon.icns');
  });
});

describe('macOS entitlements', () => {
  it('grant the hardened runtime JIT for V8 and nothing else', () => {
    const plist = read('build/mac/entitlements.plist').toString('utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/mac/entitlements.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/mac/entitlements.plist');
  });
});

describe('fuse settings', () => {
  it('decide every fuse this @electron/fuses knows, in build/fuses.json', () => {
    expect(Object.keys(settings.release).sort()).toEqual([...FUSE_NAMES].sort());
  });

  it('release: RunAsNode, NODE_OPTIONS, --inspect off; cookie encryption, asar-only and asar integrity on', () => {
    expect(fuseSettings('release')).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('e2e differs from release by --inspect only', () => {
    const release = fuseSettings('release');
    const e2e = fuseSettings('e2e');
    expect(FUSE_NAMES.filter((n) => release[n] !== e2e[n])).toEqual(['EnableNodeCliInspectArguments']);
  });

  it('become a strict @electron/fuses config indexed by wire position', () => {
    const fuseConfig = toFuseConfig(fuseSettings('release')) as unknown as Record<string, unknown>;
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true);
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('are flipped in the file each platform keeps them in', () => {
    const packager = { appInfo: { productFilename: 'Crumbs' }, executableName: LINUX_EXECUTABLE } as never;
    expect(fuseTarget({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe('/o/Crumbs.app');
    expect(fuseTarget({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe('/o/Crumbs.exe');
    expect(fuseTarget({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      `/o/${LINUX_EXECUTABLE}`,
    );
  });
});

describe('the deb scripts and the crumbs command', () => {
  const afterInstall = 'build/linux/after-install.tpl';
  const afterRemove = 'build/linux/after-remove.tpl';
  const templates = [afterInstall, afterRemove];

  it('are wired into the deb, and use only the macros electron-builder fills in', () => {
    expect(config.deb?.afterInstall).toBe(afterInstall);
    expect(config.deb?.afterRemove).toBe(afterRemove);
    for (const path of templates) {
      const macros = [
        ...read(path)
          .toString('utf8')
          .matchAll(/\$\{([a-zA-Z]+)\}/g),
      ].map((m) => m[1]);
      expect(new Set(macros)).toEqual(new Set(['sanitizedProductName', 'executable']));
    }
  });

  it('parse as shell scripts', () => {
    for (const [shell, path] of [
      ['bash', afterInstall],
      ['bash', afterRemove],
      ['sh', 'build/linux/crumbs'],
    ] as const) {
      const check = spawnSync(shell, ['-n', join(ROOT, path)], { encoding: 'utf8' });
      expect(check.stderr, path).toBe('');
      expect(check.status, path).toBe(0);
    }
  });

  it('link /usr/bin/crumbs to the command, which opens the desktop binary for `crumbs app`', () => {
    const install = read(afterInstall).toString('utf8');
    expect(install).toContain('CLI="$APP_DIR/resources/bin/crumbs"');
    expect(install).toMatch(/update-alternatives --install \/usr\/bin\/crumbs crumbs "\$CLI"/);
    expect(read('build/linux/crumbs').toString('utf8')).toContain(`exec "$appdir/${LINUX_EXECUTABLE}" "$@"`);
    expect(config.linux?.extraResources).toEqual([{ from: 'build/linux/crumbs', to: 'bin/crumbs' }]);
  });
});
