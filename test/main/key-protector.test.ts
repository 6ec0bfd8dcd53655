import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { resetElectronMock, safeStorage } from '../mocks/electron';
import { createSafeStorageProtector } from '../../electron/main/key-protector';
import type { Logger } from '../../electron/main/log';
import { CrumbsError } from '../../shared/errors';

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
}

beforeEach(() => resetElectronMock());

describe('safeStorage key protector', () => {
  it('wraps and unwraps a data key; the wrapped bytes are not the key', async () => {
    const protector = await createSafeStorageProtector(recordingLog(), 'linux');
    expect(protector?.kind).toBe('safeStorage');
    const key = randomBytes(32);
    const wrapped = await protector!.wrap(key);
    expect(wrapped.includes(key)).toBe(false);
    expect(wrapped.toString('utf8')).not.toContain(key.toString('base64'));
    expect((await protector!.unwrap(wrapped)).key.equals(key)).toBe(true);
  });

  it('reports basic_text on Linux without a keyring, and says so in the log', async () => {
    safeStorage.backend = 'basic_text';
    const log = recordingLog();
    const protector = await createSafeStorageProtector(log, 'linux');
    expect(protector?.kind).toBe('basic_text');
    expect(log.lines.join('\n')).toMatch(/basic_text/);
    const key = randomBytes(32);
    expect((await protector!.unwrap(await protector!.wrap(key))).key.equals(key)).toBe(true);
  });

  it('reports basic_text even where safeStorage offers no encryption at all', async () => {
    safeStorage.backend = 'basic_text';
    safeStorage.available = false;
    const log = recordingLog();
    expect(await createSafeStorageProtector(log, 'linux')).toBeUndefined();
    expect(log.lines.join('\n')).toMatch(/basic_text/);
  });

  it('uses only the asynchronous safeStorage API', async () => {
    const protector = await createSafeStorageProtector(recordingLog(), 'linux');
    await protector!.unwrap(await protector!.wrap(randomBytes(32)));
    expect(safeStorage.calls).toEqual({ encrypt: 1, decrypt: 1 });
    // The mock has no synchronous methods: a call to one would have thrown a TypeError above.
    expect('encryptString' in safeStorage).toBe(false);
  });

  it('passes on a keychain key rotation (shouldReEncrypt) as a stale wrapping', async () => {
    const protector = await createSafeStorageProtector(recordingLog(), 'linux');
    const key = randomBytes(32);
    const wrapped = await protector!.wrap(key);
    expect((await protector!.unwrap(wrapped)).stale).toBe(false);
    safeStorage.shouldReEncrypt = true;
    const again = await protector!.unwrap(wrapped);
    expect(again.stale).toBe(true);
    expect(again.key.equals(key)).toBe(true);
  });

  it('ignores the Linux backend name on other platforms', async () => {
    safeStorage.backend = 'basic_text';
    expect((await createSafeStorageProtector(recordingLog(), 'darwin'))?.kind).toBe('safeStorage');
  });

  it('gives no protector when encryption is unavailable, and logs the 0600 fallback', async () => {
    safeStorage.available = false;
    const log = recordingLog();
    expect(await createSafeStorageProtector(log, 'linux')).toBeUndefined();
    expect(log.lines.join('\n')).toMatch(/unavailable.*0600 key file/s);
  });

  it('never logs key material', async () => {
    const log = recordingLog();
    const protector = await createSafeStorageProtector(log, 'linux');
    const key = randomBytes(32);
    await protector!.unwrap(await protector!.wrap(key));
    expect(log.lines.join('\n')).not.toContain(key.toString('base64'));
  });

  it('turns keychain failures and foreign plaintext into KEY_UNAVAILABLE', async () => {
    const protector = await createSafeStorageProtector(recordingLog(), 'linux');
    const wrapped = await protector!.wrap(randomBytes(32));
    await expect(protector!.unwrap(Buffer.from('not sealed'))).rejects.toMatchObject({
      code: 'KEY_UNAVAILABLE',
    });
    const notAKey = await safeStorage.encryptStringAsync('hello world!');
    await expect(protector!.unwrap(notAKey)).rejects.toBeInstanceOf(CrumbsError);
    safeStorage.failDecrypt = true;
    await expect(protector!.unwrap(wrapped)).rejects.toMatchObject({ code: 'KEY_UNAVAILABLE' });
  });
});
