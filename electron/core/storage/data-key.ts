// The data key file (jar.key). Without a protector (plain Node) it holds the raw key and is 0600; with the
// app's safeStorage protector it holds the key wrapped by the OS keychain. Version 2 exists only while a
// key rotation is under way: it also holds the previous key, which the snapshot may still be sealed with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';
import { FILES } from './data-dir';
import { writeFileAtomic } from './atomic-write';
import { KEY_LEN } from './sealing';
import type { KeyProtector } from './key-protector';

const Protection = z.enum(['keyfile', 'safeStorage', 'basic_text']);
export type KeyProtection = z.infer<typeof Protection>;

const KeyFileV1 = z.object({
  version: z.literal(1),
  protection: Protection,
  key: z.string(),
  /** When the user agreed to store cookie values under a key the OS does not protect (ISO time). */
  unprotectedAllowedAt: z.string().optional(),
});
const KeyFileV2 = KeyFileV1.extend({ version: z.literal(2), previous: z.string() });
const KeyFile = z.discriminatedUnion('version', [KeyFileV1, KeyFileV2]);
const KEY_FILE_VERSION = 2;

export interface DataKey {
  key: Buffer;
  /** The key before an interrupted rotation: kept until the snapshot is durable under `key`. */
  previous?: Buffer;
  protection: KeyProtection;
  /** Set once the user agreed to store values under a key with no OS protection. */
  unprotectedAllowedAt?: string;
}

export const keyFilePath = (dataDir: string): string => join(dataDir, FILES.key);

/**
 * Loads the data key, creating it on first use (read-only: a missing key means an empty jar, unless a
 * snapshot exists), and wraps it again when the keychain asks or a better protection is at hand.
 */
export async function loadDataKey(
  dataDir: string,
  protector: KeyProtector | undefined,
  readOnly: boolean,
): Promise<DataKey | null> {
  const path = keyFilePath(dataDir);
  if (!existsSync(path)) {
    if (readOnly) {
      // An empty jar is right for a new directory, not for a snapshot whose key went missing.
      if (existsSync(join(dataDir, FILES.jar))) {
        throw new CrumbsError(
          'KEY_UNAVAILABLE',
          `${path} is missing, so the jar in ${dataDir} cannot be unsealed. Nothing was changed.`,
        );
      }
      return null;
    }
    const created: DataKey = { key: randomBytes(KEY_LEN), protection: protector?.kind ?? 'keyfile' };
    await writeDataKey(dataDir, protector, created);
    return created;
  }
  const file = readKeyFile(path);
  const loaded = await openKeys(path, dataDir, file, protector);
  const upgrade = protector !== undefined && better(protector.kind, file.protection);
  if (readOnly || (!loaded.stale && !upgrade)) return loaded.dataKey;
  // Wrap again: the keychain asked for it (its key rotated), or the app can now do better than a plain
  // key file or basic_text. The data key itself stays; an agreement to go unprotected no longer applies.
  const rewrapped: DataKey = { ...loaded.dataKey, protection: protector?.kind ?? loaded.dataKey.protection };
  if (upgrade) delete rewrapped.unprotectedAllowedAt;
  await writeDataKey(dataDir, protector, rewrapped);
  return rewrapped;
}

function readKeyFile(path: string): z.infer<typeof KeyFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CrumbsError('KEY_UNAVAILABLE', `${path} is not a valid Crumbs key file. Nothing was changed.`);
  }
  const version =
    typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > KEY_FILE_VERSION) {
    throw new CrumbsError(
      'KEY_UNAVAILABLE',
      `${path} was written by a newer version of Crumbs (key file version ${version}). Update Crumbs. Nothing was changed.`,
    );
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success)
    throw new CrumbsError('KEY_UNAVAILABLE', `${path} is not a valid Crumbs key file. Nothing was changed.`);
  return parsed.data;
}

async function openKeys(
  path: string,
  dataDir: string,
  file: z.infer<typeof KeyFile>,
  protector: KeyProtector | undefined,
): Promise<{ dataKey: DataKey; stale: boolean }> {
  if (file.protection !== 'keyfile' && !protector) {
    throw new CrumbsError(
      'KEY_UNAVAILABLE',
      `The jar in ${dataDir} is locked with the desktop app's system keychain, which the command line cannot use. ` +
        'Open it with the Crumbs app, or give the command line its own directory with --data-dir.',
    );
  }
  const open = async (stored: string): Promise<{ key: Buffer; stale: boolean }> => {
    const bytes = Buffer.from(stored, 'base64');
    if (file.protection === 'keyfile' || !protector) return { key: bytes, stale: false };
    return protector.unwrap(bytes).catch(() => {
      throw new CrumbsError(
        'KEY_UNAVAILABLE',
        `The system keychain refused to unlock the jar key in ${path}.`,
      );
    });
  };
  const current = await open(file.key);
  const previous = file.version === 2 ? await open(file.previous) : undefined;
  for (const k of [current, previous]) {
    if (k && k.key.length !== KEY_LEN)
      throw new CrumbsError('KEY_UNAVAILABLE', `${path} holds a key of the wrong size. Nothing was changed.`);
  }
  const dataKey: DataKey = { key: current.key, protection: file.protection };
  if (previous) dataKey.previous = previous.key;
  if (file.unprotectedAllowedAt !== undefined) dataKey.unprotectedAllowedAt = file.unprotectedAllowedAt;
  return { dataKey, stale: current.stale || (previous?.stale ?? false) };
}

/** Only a real keychain beats what there is; basic_text and a key file protect the same (nothing). */
const better = (next: KeyProtector['kind'], now: KeyProtection): boolean =>
  now === 'keyfile' || (now === 'basic_text' && next === 'safeStorage');

/**
 * Wraps the key(s) now (the only asynchronous step) and returns the write, to run when the caller chooses:
 * a rotation orders it with the snapshot's re-sealing, with no await between them for a save to slip into.
 */
export async function prepareKeyFile(
  dataDir: string,
  protector: KeyProtector | undefined,
  dataKey: DataKey,
): Promise<() => void> {
  const store = async (key: Buffer) => (protector ? await protector.wrap(key) : key).toString('base64');
  const key = await store(dataKey.key);
  const previous = dataKey.previous ? await store(dataKey.previous) : undefined;
  const record = {
    version: previous === undefined ? 1 : 2,
    // Says how the bytes below were stored, whatever the caller believed: the protector decides.
    protection: protector?.kind ?? 'keyfile',
    key,
    ...(previous === undefined ? {} : { previous }),
    ...(dataKey.unprotectedAllowedAt === undefined
      ? {}
      : { unprotectedAllowedAt: dataKey.unprotectedAllowedAt }),
  };
  const path = keyFilePath(dataDir);
  return () => writeFileAtomic(path, JSON.stringify(record), 0o600);
}

export async function writeDataKey(
  dataDir: string,
  protector: KeyProtector | undefined,
  dataKey: DataKey,
): Promise<void> {
  (await prepareKeyFile(dataDir, protector, dataKey))();
}
