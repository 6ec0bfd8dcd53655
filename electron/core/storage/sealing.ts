// Cookie values are credentials: the jar file is sealed with AES-256-GCM under a random 32-byte data key.
// Layout: MAGIC (8) | IV (12) | TAG (16) | ciphertext. The magic is authenticated as AAD, so a file from
// another format version cannot be mistaken for this one. Errors say what is wrong, not what happens next:
// the caller decides (a read-only open leaves the file alone; a writer sets it aside).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CrumbsError } from '../../../shared/errors';

const MAGIC = Buffer.from('CRUMBS\u0000\u0001', 'latin1');
const IV_LEN = 12;
const TAG_LEN = 16;
export const KEY_LEN = 32;

export function seal(key: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_LEN);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LEN });
  cipher.setAAD(MAGIC);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, blob: Buffer, what: string): Buffer {
  if (blob.length < MAGIC.length + IV_LEN + TAG_LEN || !blob.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new CrumbsError('JAR_CORRUPT', `${what} is not a Crumbs jar file (unknown header).`);
  }
  const iv = blob.subarray(MAGIC.length, MAGIC.length + IV_LEN);
  const tag = blob.subarray(MAGIC.length + IV_LEN, MAGIC.length + IV_LEN + TAG_LEN);
  const body = blob.subarray(MAGIC.length + IV_LEN + TAG_LEN);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LEN });
    decipher.setAAD(MAGIC);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CrumbsError(
      'JAR_CORRUPT',
      `${what} could not be unsealed: it was damaged, or sealed with another key (jar.key replaced or lost?).`,
    );
  }
}

/** Unseals with the first key that fits: the current data key, then the one before an unfinished rotation. */
export function unsealWithAny(keys: readonly Buffer[], blob: Buffer, what: string): Buffer {
  let failure: unknown = new CrumbsError('JAR_CORRUPT', `${what} has no key to unseal it with.`);
  for (const key of keys) {
    try {
      return unseal(key, blob, what);
    } catch (err) {
      failure = err;
    }
  }
  throw failure;
}
