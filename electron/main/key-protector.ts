// The app's KeyProtector: the jar's data key wrapped by Electron safeStorage (OS keychain / DPAPI /
// libsecret), through its asynchronous API only — the synchronous one is deprecated in Electron 45, and
// only the asynchronous one reports a keychain key rotation (shouldReEncrypt), which the core acts on by
// wrapping the data key again. Without a usable safeStorage the core falls back to a 0600 key file; on
// Linux's basic_text backend safeStorage protects nothing, and the protector says so through its kind.
import { safeStorage } from 'electron';
import { CrumbsError } from '../../shared/errors';
import type { KeyProtector } from '../core/storage/key-protector';
import { consoleLogger, type Logger } from './log';

async function encryptionAvailable(): Promise<boolean> {
  try {
    return await safeStorage.isAsyncEncryptionAvailable();
  } catch {
    return false;
  }
}

/** Linux only, after 'ready' ('unknown' before): the backend safeStorage chose. */
function linuxBackend(platform: NodeJS.Platform): string | null {
  if (platform !== 'linux') return null;
  try {
    return safeStorage.getSelectedStorageBackend();
  } catch {
    return null;
  }
}

/** Call after 'ready' (safeStorage and the Linux backend are only known then). Undefined = no protector. */
export async function createSafeStorageProtector(
  log: Logger = consoleLogger,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyProtector | undefined> {
  const backend = linuxBackend(platform);
  // Asked first: whether or not safeStorage offers to encrypt with basic_text, the user must hear of it.
  if (backend === 'basic_text') {
    log.warn(
      'safeStorage uses the basic_text backend (no keyring found): the data key is not protected by the OS. ' +
        'Cookie values are stored only once the user agrees.',
    );
  }
  if (!(await encryptionAvailable())) {
    log.warn(
      'safeStorage encryption is unavailable: the data key will be kept in a 0600 key file in the data directory, ' +
        'not in the OS keychain.',
    );
    return undefined;
  }
  return {
    kind: backend === 'basic_text' ? 'basic_text' : 'safeStorage',
    async wrap(key) {
      try {
        return await safeStorage.encryptStringAsync(key.toString('base64'));
      } catch (err) {
        throw new CrumbsError('KEY_UNAVAILABLE', 'The system keychain could not seal the data key.', {
          cause: err instanceof Error ? err.message : 'unknown',
        });
      }
    },
    async unwrap(wrapped) {
      let text: string;
      let stale: boolean;
      try {
        const decrypted = await safeStorage.decryptStringAsync(wrapped);
        text = decrypted.result;
        stale = decrypted.shouldReEncrypt;
      } catch {
        throw new CrumbsError('KEY_UNAVAILABLE', 'The system keychain could not unlock the data key.');
      }
      const key = Buffer.from(text, 'base64');
      // Buffer.from ignores junk; a key that does not round-trip was not written by wrap().
      if (key.length === 0 || key.toString('base64') !== text) {
        throw new CrumbsError(
          'KEY_UNAVAILABLE',
          'The keychain returned something that is not a Crumbs data key.',
        );
      }
      if (stale) log.info('The system keychain rotated its key: the data key is wrapped again.');
      return { key, stale };
    },
  };
}
