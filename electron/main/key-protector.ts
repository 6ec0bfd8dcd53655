// The app's KeyProtector: the jar's data key wrapped by Electron safeStorage (OS keychain / DPAPI /
// libsecret). Without a usable safeStorage the core falls back to a 0600 key file; on Linux's basic_text
// backend safeStorage protects nothing, and the protector says so through its kind.
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

/** Call after 'ready' (safeStorage and the Linux backend are only known then). Undefined = no protector. */
export async function createSafeStorageProtector(
  log: Logger = consoleLogger,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyProtector | undefined> {
  if (!(await encryptionAvailable())) {
    log.warn(
      'safeStorage encryption is unavailable: the data key will be kept in a 0600 key file in the data directory, ' +
        'not in the OS keychain.',
    );
    return undefined;
  }
  const kind =
    platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'
      ? 'basic_text'
      : 'safeStorage';
  if (kind === 'basic_text') {
    log.warn(
      'safeStorage uses the basic_text backend (no keyring found): the wrapped data key is not protected by the OS.',
    );
  }
  return {
    kind,
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
      try {
        text = (await safeStorage.decryptStringAsync(wrapped)).result;
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
      return key;
    },
  };
}
