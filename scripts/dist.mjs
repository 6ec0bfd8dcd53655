#!/usr/bin/env node
// `npm run dist` (installers) and `npm run dist:dir` (the unpacked app), through electron-builder with
// build/electron-builder.config.ts. Usage: node scripts/dist.mjs [--dir] [--e2e] [--linux|--win|--mac]
//   --dir    the unpacked app only (dist/linux-unpacked, …): needs Electron, no packaging tools
//   --e2e    the e2e fuse variant (build/fuses.ts), into dist/e2e
// Electron comes from CRUMBS_ELECTRON_DIST (a local, unpacked Electron for this platform), else from
// node_modules/electron/dist when Electron's own install fetched it, else from a download. That download is
// tried first, on its own, so a machine without network hears why at once, not after electron-builder's
// retries. Exit status: electron-builder's; 1 when it cannot start; 2 for bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = { linux: 'linux', win32: 'win', darwin: 'mac' }[process.platform];
const ELECTRON_PLATFORM = { linux: 'linux', win: 'win32', mac: 'darwin' };
const EXECUTABLE = { linux: 'electron', win: 'electron.exe', mac: 'Electron.app' };

function fail(message, status = 1) {
  console.error(message);
  process.exit(status);
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => !['--dir', '--e2e', '--linux', '--win', '--mac'].includes(a));
if (unknown.length > 0)
  fail(`dist: unknown option ${unknown.join(' ')}. Options: --dir --e2e --linux|--win|--mac`, 2);
const platforms = ['linux', 'win', 'mac'].filter((p) => args.includes(`--${p}`));
if (platforms.length > 1) fail('dist: one platform at a time (--linux, --win or --mac).', 2);
const platform = platforms[0] ?? HOST;
const dirOnly = args.includes('--dir');
const variant = args.includes('--e2e') ? 'e2e' : 'release';
const electronVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;
const arches = platform === 'mac' ? ['arm64', 'x64'] : [process.arch];

const notBuilt = [
  'out/main/index.js',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/cli/crumbs.mjs',
].filter((f) => !existsSync(join(ROOT, f)));
if (notBuilt.length > 0)
  fail(`dist: the app is not built (${notBuilt.join(', ')} missing): run \`npm run build\`.`);

/** A local Electron for `platform`, as an absolute folder, or null. */
function localElectron() {
  const given = process.env.CRUMBS_ELECTRON_DIST;
  if (given) {
    const dir = resolve(given);
    if (!existsSync(join(dir, EXECUTABLE[platform]))) {
      fail(
        `dist: CRUMBS_ELECTRON_DIST=${given} has no ${EXECUTABLE[platform]}: it must be an unpacked Electron ${electronVersion} for ${platform}.`,
      );
    }
    return dir;
  }
  const installed = join(ROOT, 'node_modules/electron/dist');
  const recorded = join(ROOT, 'node_modules/electron/path.txt');
  return platform === HOST && existsSync(recorded) && statSync(installed).isDirectory() ? installed : null;
}

/** Downloads (or finds in the cache) the Electron zips electron-builder will want; the reason on failure. */
async function fetchElectron() {
  let downloadArtifact;
  try {
    ({ downloadArtifact } = await import('@electron/get'));
  } catch {
    return null; // electron's own downloader is absent: leave the download to electron-builder
  }
  for (const arch of arches) {
    try {
      await downloadArtifact({
        version: electronVersion,
        artifactName: 'electron',
        platform: ELECTRON_PLATFORM[platform],
        arch,
      });
    } catch (err) {
      return `Electron ${electronVersion} for ${ELECTRON_PLATFORM[platform]}-${arch} could not be downloaded (${err.cause?.code ?? err.message})`;
    }
  }
  return null;
}

const problems = [];
const local = localElectron();
if (local === null) {
  const why = await fetchElectron();
  if (why !== null) {
    const zip = `electron-v${electronVersion}-${ELECTRON_PLATFORM[HOST]}-${process.arch}`;
    problems.push(
      `${why}, and no local Electron was given.`,
      'electron-builder packs that binary into every package, and fetches its packaging tools (AppImage, fpm,',
      'NSIS, dmg) on first use as well: installers need a machine that reaches the network.',
      'Offline, build the unpacked app from a local Electron for this platform:',
      `  CRUMBS_ELECTRON_DIST=/path/to/${zip} npm run dist:dir`,
      `(an unzipped ${zip}.zip, or node_modules/electron/dist where Electron's own install worked).`,
    );
  }
}
// electron-builder refuses a deb without them (fpm's Homepage and Maintainer): say so now, not after the AppImage.
if (platform === 'linux' && !dirOnly) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const absent = [
    !pkg.homepage && '"homepage"',
    !pkg.author?.email && '"author": { "name", "email" }',
  ].filter(Boolean);
  if (absent.length > 0)
    problems.push(`The deb needs ${absent.join(' and ')} in package.json (its Homepage and Maintainer).`);
}
if (problems.length > 0)
  fail([`dist: cannot build ${dirOnly ? 'the app' : 'the installers'} here.`, ...problems].join('\n'));

const env = { ...process.env, CRUMBS_FUSES: variant };
if (local) env.CRUMBS_ELECTRON_DIST = local;
else delete env.CRUMBS_ELECTRON_DIST;
const builder = join(ROOT, 'node_modules/electron-builder/cli.js');
const builderArgs = [
  '--config',
  'build/electron-builder.config.ts',
  `--${platform}`,
  ...(dirOnly ? ['dir'] : []),
  '--publish',
  'never',
];
console.log(
  `dist: electron-builder ${builderArgs.join(' ')} (${variant} fuses${local ? `, Electron from ${local}` : ''})`,
);
const run = spawnSync(process.execPath, [builder, ...builderArgs], { cwd: ROOT, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
