// Electron fuses: switches compiled into the Electron binary, flipped once at packaging and read back.
// The values live in build/fuses.json so that scripts/audit-security.mjs (plain Node) reads the same ones.
//
// electron-builder's afterPack hook runs after the app is copied in and before signing: a fuse flip changes
// the binary, so it must happen before the signature is made (macOS and Windows), never after.
//
// Two variants:
//   release  what ships: RunAsNode, NODE_OPTIONS and --inspect off (no way to run the binary as a plain Node,
//            or to attach a debugger to a user's app), cookies encrypted at rest, the app loaded only from
//            app.asar, whose header hash is checked at start (macOS and Windows: Electron has no integrity
//            check on Linux), no extra file:// privileges (the renderer is served from app://).
//   e2e      release with EnableNodeCliInspectArguments on: Playwright's _electron starts the app with
//            --inspect=0 and drives the main process through that inspector. RunAsNode and NODE_OPTIONS stay
//            off (Playwright uses neither, and clears NODE_OPTIONS itself), and so does everything else, so
//            the end-to-end suite tests what ships. Built into dist/e2e, never published.
import { join } from 'node:path';
import { Arch, type AfterPackContext, type LinuxPackager } from 'electron-builder';
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses';
import settings from './fuses.json';

export type FuseVariant = 'release' | 'e2e';
export const FUSE_VARIANTS: readonly FuseVariant[] = ['release', 'e2e'];

export type FuseName = keyof typeof FuseV1Options;
export type FuseSettings = Record<FuseName, boolean>;

/** The fuse names @electron/fuses knows, in wire order. */
export const FUSE_NAMES = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k))) as FuseName[];

// Typed here so that a fuse missing from the JSON is a compile error, not a fuse left at Electron's default.
const release: FuseSettings = settings.release;
const e2eOverrides: Partial<FuseSettings> = settings.e2eOverrides;

export function fuseSettings(variant: FuseVariant): FuseSettings {
  return variant === 'release' ? { ...release } : { ...release, ...e2eOverrides };
}

export function isFuseVariant(value: unknown): value is FuseVariant {
  return typeof value === 'string' && (FUSE_VARIANTS as readonly string[]).includes(value);
}

/**
 * The @electron/fuses config. strictlyRequireAllFuses: an Electron upgrade that adds a fuse fails the
 * packaging until someone decides its value here, instead of shipping it at Electron's default unseen.
 */
export function toFuseConfig(values: FuseSettings, resetAdHocDarwinSignature = false): FuseV1Config {
  const wire = Object.fromEntries(FUSE_NAMES.map((name) => [FuseV1Options[name], values[name]]));
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature,
    ...(wire as Record<FuseV1Options, boolean>),
  };
}

/** The file @electron/fuses edits: the .app bundle (it finds the framework inside), the .exe, or the ELF. */
export function fuseTarget(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>,
): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${product}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${product}.exe`);
  return join(appOutDir, (packager as LinuxPackager).executableName);
}

export type FuseReading = Partial<Record<FuseName, boolean | 'removed'>>;

/** What the binary's fuse wire says now, by name; fuses this @electron/fuses does not know are left out. */
export async function readFuses(binary: string): Promise<FuseReading> {
  const wire = await getCurrentFuseWire(binary);
  const reading: FuseReading = {};
  FUSE_NAMES.forEach((name) => {
    const state = wire[FuseV1Options[name]];
    if (state === undefined) return;
    reading[name] = state === FuseState.REMOVED ? 'removed' : state === FuseState.ENABLE;
  });
  return reading;
}

/** The names whose value in the binary differs from the wanted one (a removed fuse counts as a difference). */
export function fuseMismatches(wanted: FuseSettings, reading: FuseReading): FuseName[] {
  return FUSE_NAMES.filter((name) => reading[name] !== wanted[name]);
}

/** The afterPack hook for one variant: flips the fuses, then reads them back and fails the build on a mismatch. */
export function fusesAfterPack(variant: FuseVariant): (context: AfterPackContext) => Promise<void> {
  return async (context) => {
    const binary = fuseTarget(context);
    const wanted = fuseSettings(variant);
    // Flipping bytes breaks the ad-hoc signature every arm64 macOS binary must carry; unsigned local builds
    // would not start without a fresh one (a real signature, made after this hook, replaces it).
    const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
    const resetAdHoc = isMac && (context.arch === Arch.arm64 || context.arch === Arch.universal);
    await flipFuses(binary, toFuseConfig(wanted, resetAdHoc));
    const wrong = fuseMismatches(wanted, await readFuses(binary));
    if (wrong.length > 0) {
      throw new Error(`Fuses not set as configured in ${binary}: ${wrong.join(', ')}.`);
    }
  };
}
