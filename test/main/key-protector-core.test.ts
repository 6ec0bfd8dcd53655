// The app's safeStorage protector with the real core: the data key wrapped through the asynchronous API,
// wrapped again when safeStorage asks (shouldReEncrypt), and basic_text reported with values held back
// until the user agrees.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron'));

import { resetElectronMock, safeStorage } from '../mocks/electron';
import { createSafeStorageProtector } from '../../electron/main/key-protector';
import { openCore } from '../../electron/core';
import type { Logger } from '../../electron/main/log';
import { tempDir } from '../helpers/temp';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const line = 'shop.example\tFALSE\t/\tFALSE\t0\tsid\tsecret-value';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  resetElectronMock();
  ({ dir, cleanup } = tempDir('crumbs-main-key-'));
});
afterEach(() => cleanup());

async function session(run: (core: Awaited<ReturnType<typeof openCore>>) => Promise<void>): Promise<void> {
  const keyProtector = await createSafeStorageProtector(quiet, 'linux');
  const core = await openCore({
    dataDir: dir,
    ...(keyProtector ? { keyProtector } : {}),
    basicTextConsent: 'ask',
  });
  try {
    await run(core);
  } finally {
    await core.close();
  }
}

describe('safeStorage with the core', () => {
  it('wraps the data key again when safeStorage says shouldReEncrypt, and the jar still opens', async () => {
    await session((core) =>
      core.client['import.run']({ files: [{ name: 'x.txt', content: line }] }).then(() => undefined),
    );
    // The mock's wrapping is deterministic: a rewrite shows as a new file (atomic rename), not new bytes.
    const before = statSync(join(dir, 'jar.key')).ino;
    const encrypts = safeStorage.calls.encrypt;
    safeStorage.shouldReEncrypt = true;
    await session(async (core) => {
      expect(core.cookies().map((c) => c.value)).toEqual(['secret-value']);
    });
    expect(safeStorage.calls.encrypt).toBe(encrypts + 1);
    expect(statSync(join(dir, 'jar.key')).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(join(dir, 'jar.key'), 'utf8'))).toMatchObject({
      protection: 'safeStorage',
    });
  });

  it('on basic_text: reports it, refuses values until the user agrees, then stores them', async () => {
    safeStorage.backend = 'basic_text';
    await session(async (core) => {
      expect((await core.client['app.info']({})).keyProtection).toBe('basic_text');
      expect(core.safety.state().consent).toBe('required');
      await expect(
        core.client['import.run']({ files: [{ name: 'x.txt', content: line }] }),
      ).rejects.toMatchObject({
        code: 'STORAGE_UNPROTECTED',
      });
      await core.safety.allowUnprotected();
      await core.client['import.run']({ files: [{ name: 'x.txt', content: line }] });
    });
    await session(async (core) => {
      expect(core.safety.state()).toMatchObject({ protection: 'basic_text', consent: 'granted' });
      expect(core.cookies()).toHaveLength(1);
    });
  });

  it('asks as well when safeStorage is unavailable and the app falls back to a key file', async () => {
    safeStorage.available = false;
    await session(async (core) => {
      expect(core.safety.state()).toMatchObject({ protection: 'keyfile', consent: 'required' });
    });
  });
});
