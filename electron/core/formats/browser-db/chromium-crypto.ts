// Chromium's cookie encryption, as far as another program can undo it (FORMATS.md §1):
//   v10 on Linux: AES-128-CBC, key = PBKDF2-SHA1("peanuts", "saltysalt", 1 iteration, 16 bytes), IV = 16 spaces;
//   v11 on Linux: the same with the secret kept in the desktop keyring ("Chrome Safe Storage");
//   v10 on macOS: the same with the Keychain password and 1003 iterations;
//   v10 on Windows (AES-GCM, DPAPI-protected key), bare DPAPI blobs and v20 (app-bound, Chrome 127+):
//   only the browser itself can decrypt them.
// Chromium 130+ (cookie database version 24) puts SHA-256(host_key) before the value. A wrong key
// gives garbage that now and then has valid padding, so a result is only accepted when it is text a
// cookie can hold (and starts with the host hash where one is due): ciphertext never becomes a value.
import { reasonFor, type Reason } from '../../../../shared/problem-codes';
import { Buffer } from 'node:buffer';
import { createDecipheriv, createHash, pbkdf2Sync } from 'node:crypto';

const SALT = 'saltysalt';
const IV = Buffer.alloc(16, 0x20);
const LINUX_PASSWORD = 'peanuts';
const MAC_ITERATIONS = 1003;
/** Chromium's cookie database version from which values start with SHA-256(host_key). */
export const HASH_PREFIX_VERSION = 24;
const DPAPI_HEADER = Buffer.from([0x01, 0x00, 0x00, 0x00, 0xd0, 0x8c, 0x9d, 0xdf]);

export type Decryption = { value: string } | Reason;

interface KeyChoice {
  password: string;
  iterations: number;
}

function isCookieText(text: string): boolean {
  // Chromium refuses control characters in cookie values (tab aside), so a value holding one is garbage.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return false;
  }
  return true;
}

export class ChromiumDecryptor {
  private readonly keys = new Map<string, Buffer>();
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly metaVersion: number | null,
    private readonly keyringSecret: string | undefined,
  ) {}

  private key(choice: KeyChoice): Buffer {
    const id = `${choice.iterations}:${choice.password}`;
    let key = this.keys.get(id);
    if (!key) {
      key = pbkdf2Sync(choice.password, SALT, choice.iterations, 16, 'sha1');
      this.keys.set(id, key);
    }
    return key;
  }

  private plaintext(decrypted: Buffer, hostKey: string): string | null {
    let body = decrypted;
    const hash = createHash('sha256').update(hostKey, 'utf8').digest();
    const prefixed = body.length >= 32 && body.subarray(0, 32).equals(hash);
    if (this.metaVersion !== null && this.metaVersion >= HASH_PREFIX_VERSION && !prefixed) return null;
    // Older or unknown versions: strip a matching prefix anyway (a database without a meta table).
    if (prefixed) body = body.subarray(32);
    try {
      const text = this.utf8.decode(body);
      return isCookieText(text) ? text : null;
    } catch {
      return null;
    }
  }

  private tryKeys(ciphertext: Buffer, hostKey: string, choices: KeyChoice[]): string | null {
    if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;
    for (const choice of choices) {
      try {
        const decipher = createDecipheriv('aes-128-cbc', this.key(choice), IV);
        const decrypted = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
        const text = this.plaintext(decrypted, hostKey);
        if (text !== null) return text;
      } catch {
        // Bad padding: not this key.
      }
    }
    return null;
  }

  /** Decrypts one encrypted_value; the reason completes "cookie X of host ..." when it cannot. */
  decrypt(encrypted: Uint8Array, hostKey: string): Decryption {
    const blob = Buffer.from(encrypted.buffer, encrypted.byteOffset, encrypted.byteLength);
    const prefix = blob.subarray(0, 3).toString('latin1');
    const ciphertext = blob.subarray(3);
    const secret = this.keyringSecret;
    if (prefix === 'v10') {
      const choices: KeyChoice[] = [
        { password: LINUX_PASSWORD, iterations: 1 },
        // Chromium falls back to an empty password when it finds no keyring.
        { password: '', iterations: 1 },
      ];
      if (secret !== undefined) {
        choices.push({ password: secret, iterations: MAC_ITERATIONS }, { password: secret, iterations: 1 });
      }
      const value = this.tryKeys(ciphertext, hostKey, choices);
      if (value !== null) return { value };
      return reasonFor('DECRYPT_V10_UNKNOWN_KEY');
    }
    if (prefix === 'v11') {
      if (secret === undefined) {
        return reasonFor('DECRYPT_V11_NO_SECRET');
      }
      const value = this.tryKeys(ciphertext, hostKey, [{ password: secret, iterations: 1 }]);
      if (value !== null) return { value };
      return reasonFor('DECRYPT_V11_WRONG_SECRET');
    }
    if (prefix === 'v20') return reasonFor('DECRYPT_V20');
    if (blob.subarray(0, DPAPI_HEADER.length).equals(DPAPI_HEADER)) {
      return reasonFor('DECRYPT_DPAPI');
    }
    return reasonFor('DECRYPT_UNKNOWN_PREFIX');
  }
}
