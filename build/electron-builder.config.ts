// electron-builder configuration: `electron-builder --config build/electron-builder.config.ts` (jiti loads
// it), or createConfig() from code (scripts/dist.mjs passes the file, test/build passes the object).
//
// Environment (read by the default export only):
//   CRUMBS_ELECTRON_DIST  a local, unpacked Electron 45 for this platform; without it electron-builder
//                         downloads Electron (which offline machines cannot)
//   CRUMBS_FUSES          release (default) or e2e: the fuse variant, see build/fuses.ts
//   CRUMBS_DIST_OUT       another output folder than dist (dist/e2e)
import type { Configuration } from 'electron-builder';
import { fusesAfterPack, isFuseVariant, type FuseVariant } from './fuses';

export const APP_ID = 'app.crumbs.desktop';
export const PRODUCT_NAME = 'Crumbs';
/** The desktop binary on Linux; `crumbs` itself is the command line (build/linux/crumbs). */
export const LINUX_EXECUTABLE = 'crumbs-desktop';

/**
 * What app.asar holds: the built app (main, preload, renderer, the CLI) and package.json; electron-builder
 * adds the production dependencies. Source maps, TypeScript sources and tests shipped inside dependencies
 * are dropped, and sql.js keeps only the build Crumbs loads (its other builds are ~29 MB).
 */
export const APP_FILES = [
  'out/main/**',
  'out/preload/**',
  'out/renderer/**',
  'out/cli/**',
  'package.json',
  '!**/*.map',
  '!**/*.{ts,mts,cts,tsx}',
  '!**/node_modules/**/{test,tests,__tests__}/**',
  '!**/node_modules/**/*.md',
  '!**/node_modules/sql.js/dist/{sql-asm*,*debug*,sql-wasm-browser*,sql-wasm-inline*,worker.*,*.zip}',
  '!**/node_modules/sql.js/{.devcontainer/**,logo.svg,eslint.config.cjs,.jsdoc.config.json,.nojekyll}',
];

/**
 * Linux only: the `crumbs` command runs out/cli with the system's Node, which cannot read inside an asar,
 * so the CLI, the renderer it serves in browser mode and the dependencies it imports stay beside it, in
 * app.asar.unpacked. Linux loses nothing by it: Electron checks asar integrity on macOS and Windows only,
 * where everything stays packed.
 */
export const LINUX_ASAR_UNPACK = ['out/cli/**', 'out/renderer/**', 'node_modules/**'];

export interface CrumbsBuildOptions {
  variant: FuseVariant;
  /** A local unpacked Electron (absolute, or relative to the project). */
  electronDist?: string;
  /** Where the packages go; defaults to dist (release) or dist/e2e. */
  outputDir?: string;
}

/** A fresh object each call: electron-builder normalises `files` and its kin in place. */
export function createConfig({ variant, electronDist, outputDir }: CrumbsBuildOptions): Configuration {
  const e2e = variant === 'e2e';
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Copyright © the Crumbs authors',
    directories: { output: outputDir ?? (e2e ? 'dist/e2e' : 'dist'), buildResources: 'build' },
    files: [...APP_FILES],
    asar: true,
    // No native modules (SQLite is sql.js, WebAssembly): nothing to rebuild, and no headers to download.
    npmRebuild: false,
    // The UI speaks English and French; Chromium's other ~50 locale packs would only add size.
    electronLanguages: ['en-US', 'fr'],
    afterPack: fusesAfterPack(variant),
    ...(electronDist ? { electronDist } : {}),
    ...(e2e ? { artifactName: '${productName}-${version}-e2e-${arch}.${ext}' } : {}),
    publish: null,

    linux: {
      target: ['AppImage', 'deb'],
      executableName: LINUX_EXECUTABLE,
      icon: 'build/icons',
      category: 'Utility',
      synopsis: 'Cookie jar and consent manager',
      description:
        'Keeps your cookies in a local encrypted jar, shows each site’s cookie policy next to the cookies it sets, and exports consent states for test automation.',
      desktop: { entry: { Name: PRODUCT_NAME, Keywords: 'cookies;consent;privacy;GDPR;' } },
      asarUnpack: [...LINUX_ASAR_UNPACK],
      extraResources: [{ from: 'build/linux/crumbs', to: 'bin/crumbs' }],
    },
    deb: {
      afterInstall: 'build/linux/after-install.tpl',
      afterRemove: 'build/linux/after-remove.tpl',
      // The command line needs a Node.js 20.19+; the desktop app does not, so it is only recommended.
      recommends: ['libappindicator3-1', 'nodejs (>= 20.19)'],
    },

    win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icon.ico' },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerIcon: 'build/icon.ico',
      uninstallerIcon: 'build/icon.ico',
      deleteAppDataOnUninstall: false, // the user's jar is theirs: uninstalling never deletes it
    },

    mac: {
      target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
      icon: 'build/icon.icns',
      category: 'public.app-category.developer-tools',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'build/mac/entitlements.plist',
      entitlementsInherit: 'build/mac/entitlements.plist',
      darkModeSupport: true,
    },
    dmg: { title: '${productName} ${version}' },
  };
}

function fromEnvironment(env: NodeJS.ProcessEnv): CrumbsBuildOptions {
  const variant = env.CRUMBS_FUSES ?? 'release';
  if (!isFuseVariant(variant)) throw new Error(`CRUMBS_FUSES must be release or e2e, not ${variant}.`);
  return {
    variant,
    electronDist: env.CRUMBS_ELECTRON_DIST || undefined,
    outputDir: env.CRUMBS_DIST_OUT || undefined,
  };
}

export default createConfig(fromEnvironment(process.env));
