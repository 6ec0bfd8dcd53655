// A stand-in for an unpacked Linux Electron 45 distribution, for electron-builder's `electronDist`: the real
// binary cannot be downloaded here, and packaging never runs it. What electron-builder 26 reads from the
// folder (node_modules/app-builder-lib/out/electron/ElectronFramework.js):
//   - the whole folder is copied into linux-unpacked (unpack → copyDir);
//   - `electron` is renamed to the executable name (beforeCopyExtraFiles);
//   - locales/*.pak are filtered by electronLanguages (removeUnusedLanguagesIfNeeded: readdir, so it must exist);
//   - LICENSE is kept as LICENSE.electron.txt (retainElectronLicenseFiles; optional).
// @electron/fuses then looks for its sentinel in the executable and flips the bytes after it, so the stand-in
// binary carries the sentinel and a fuse wire set to Electron 45's own defaults.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' SENTINEL (dist/constants.js): the wire starts right after it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's fuse wire as shipped, in FuseV1Options order: RunAsNode on, cookie encryption off, NODE_OPTIONS
 * on, --inspect on, asar integrity off, only-from-asar off, browser V8 snapshot off, file:// privileges on,
 * wasm trap handlers on. '1' = enabled, '0' = disabled (FuseState 49 / 48).
 */
export const ELECTRON_DEFAULT_WIRE = '101100011';

export const STAND_IN_LOCALES = ['en-US', 'fr', 'de'];

export function createStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('\x7fELF stand-in, not a real Electron\0'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), // wire version 1, then its length
    Buffer.from(ELECTRON_DEFAULT_WIRE),
    Buffer.from('\0'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), 'stand-in');
  for (const locale of STAND_IN_LOCALES) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale);
  writeFileSync(join(dir, 'LICENSE'), 'Electron is MIT licensed (stand-in).');
  writeFileSync(join(dir, 'version'), '45.5.0');
  return dir;
}
