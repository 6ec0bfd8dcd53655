// Packs the built app (out/) with the project's real electron-builder configuration into the Linux `dir`
// target, on a stand-in Electron: the same code path as `npm run dist:dir`, offline, in a few seconds.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Platform, build } from 'electron-builder';
import { createConfig } from '../../build/electron-builder.config';
import type { FuseVariant } from '../../build/fuses';
import { createStandInElectron } from './stand-in-electron';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm run build` writes and packaging takes. */
export const BUILT_ENTRIES = [
  'out/main/index.js',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/cli/crumbs.mjs',
];

export function assertBuilt(): void {
  const missing = BUILT_ENTRIES.filter((entry) => !existsSync(join(ROOT, entry)));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (${missing.join(', ')} missing): run \`npm run build\` first (npm test does).`,
    );
  }
}

/** Builds the `dir` target into workDir/dist and returns linux-unpacked (or linux-<arch>-unpacked). */
export async function packLinuxDir(variant: FuseVariant, workDir: string): Promise<string> {
  const electronDist = createStandInElectron(join(workDir, 'electron-dist'));
  const output = join(workDir, 'dist');
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    config: createConfig({ variant, electronDist, outputDir: output }),
    publish: 'never',
  });
  const unpacked = readdirSync(output).filter((name) => /^linux(-[a-z0-9]+)?-unpacked$/.test(name));
  if (unpacked.length !== 1)
    throw new Error(`Expected one linux-unpacked folder in ${output}, found: ${unpacked.join(', ')}`);
  return join(output, unpacked[0]!);
}
