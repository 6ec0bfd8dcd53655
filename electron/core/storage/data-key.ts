// The data key file (jar.key). Without a protector (plain Node) it holds the raw key and is 0600; with the
// app's safeStorage protector it holds the key wrapped by the OS keychain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CrumbsError } from '../../../shared/errors';
import { FILES } from './data-dir';
import { writeFileAtomic } from './atomic-write';
import { KEY_LEN } from './sealing';
import type { KeyProtector } from './key-protector';

const KeyFile = z.object({
  version: z.literal(1),
  protection: z.enum(['keyfile', 'safeStorage', 'basic_text']),
  key: z.string(),
});
export type KeyProtection = z.infer<typeof KeyFile>['protection'];

export interface DataKey {
  key: Buffer;
  protection: KeyProtection;
}

/** Loads the data key, creating it on first use (unless read-only, where a missing key means an empty jar). */
export async function loadDataKey(
  dataDir: string,
  protector: KeyProtector | undefined,
  readOnly: boolean,
): Promise<DataKey | null> {
  const path = join(dataDir, FILES.key);
  if (!existsSync(path)) {
    if (readOnly) return null;
    const key = randomBytes(KEY_LEN);
    const protection = await writeKey(path, key, protector);
    return { key, protection };
  }
  let file: z.infer<typeof KeyFile>;
  try {
    file = KeyFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    throw new CrumbsError('KEY_UNAVAILABLE', `${path} is not a valid Crumbs key file. Nothing was changed.`);
  }
  const stored = Buffer.from(file.key, 'base64');
  if (file.protection === 'keyfile') {
    if (stored.length !== KEY_LEN)
      throw new CrumbsError('KEY_UNAVAILABLE', `${path} holds a key of the wrong size.`);
    // The desktop app can do better than a plain file: wrap the key now that a keychain is available.
    if (protector && !readOnly) return { key: stored, protection: await writeKey(path, stored, protector) };
    return { key: stored, protection: 'keyfile' };
  }
  if (!protector) {
    throw new CrumbsError(
      'KEY_UNAVAILABLE',
      `The jar in ${dataDir} is locked with the desktop app's system keychain, which the command line cannot use. ` +
        'Open it with the Crumbs app, or give the command line its own directory with --data-dir.',
    );
  }
  const key = await protector.unwrap(stored).catch(() => {
    throw new CrumbsError('KEY_UNAVAILABLE', `The system keychain refused to unlock the jar key in ${path}.`);
  });
  if (key.length !== KEY_LEN)
    throw new CrumbsError('KEY_UNAVAILABLE', `${path} unwrapped to a key of the wrong size.`);
  return { key, protection: file.protection };
}

async function writeKey(
  path: string,
  key: Buffer,
  protector: KeyProtector | undefined,
): Promise<KeyProtection> {
  const protection: KeyProtection = protector ? protector.kind : 'keyfile';
  const stored = protector ? await protector.wrap(key) : key;
  writeFileAtomic(path, JSON.stringify({ version: 1, protection, key: stored.toString('base64') }), 0o600);
  return protection;
}
