// Linux's basic_text safeStorage backend (and the app without safeStorage) protects nothing: cookie values
// are stored only after the user agrees. Until then the jar refuses every change with STORAGE_UNPROTECTED
// and writes no value to disk; the agreement is recorded in jar.key and asked only once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type KeyProtector, type OpenCoreOptions } from '../../../electron/core';
import { toErrorPayload } from '../../../shared/errors';
import { tempDir } from '../../helpers/temp';
import { COOKIE_LINES } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-unprotected-')));
afterEach(() => cleanup());

/** safeStorage on basic_text: "encrypts" with a fixed password; here, a reversible stand-in. */
const basicText: KeyProtector = {
  kind: 'basic_text',
  wrap: async (key) => Buffer.from(key.map((b) => b ^ 0x33)),
  unwrap: async (wrapped) => ({ key: Buffer.from(wrapped.map((b) => b ^ 0x33)), stale: false }),
};

const importSeed = (options: Partial<OpenCoreOptions> = {}) =>
  openCore({ dataDir: dir, ...options }).then(async (core) => {
    try {
      return await core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] });
    } finally {
      await core.close();
    }
  });

describe('values under an unprotected key', () => {
  it('are refused with STORAGE_UNPROTECTED until the user agrees, and nothing reaches the disk', async () => {
    const core = await openCore({ dataDir: dir, keyProtector: basicText });
    try {
      expect(core.safety.state()).toEqual({
        protection: 'basic_text',
        unprotected: true,
        consent: 'required',
        allowedAt: null,
      });
      const refused = core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] });
      await expect(refused).rejects.toMatchObject({
        code: 'STORAGE_UNPROTECTED',
        details: { protection: 'basic_text' },
      });
      const payload = toErrorPayload(await refused.catch((e: unknown) => e));
      expect(payload.message).toMatch(/basic_text.*Nothing was saved/s);
      expect(payload.message).not.toMatch(/secret-/);
      expect(core.cookies()).toEqual([]);
      // Reading is not storing: the UI keeps working.
      await expect(core.client['sites.list']({})).resolves.toBeDefined();

      const state = await core.safety.allowUnprotected();
      expect(state.consent).toBe('granted');
      await core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] });
    } finally {
      await core.close();
    }
    expect(existsSync(join(dir, 'jar.sealed'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'jar.key'), 'utf8'))).toMatchObject({
      protection: 'basic_text',
      unprotectedAllowedAt: expect.stringMatching(/^\d{4}-/),
    });
    // Asked once per data directory.
    const again = await openCore({ dataDir: dir, keyProtector: basicText });
    try {
      expect(again.safety.state().consent).toBe('granted');
      expect(again.cookies()).toHaveLength(3);
    } finally {
      await again.close();
    }
  });

  it('writes no snapshot before the agreement, even on close', async () => {
    const core = await openCore({ dataDir: dir, keyProtector: basicText });
    await core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] }).catch(
      () => undefined,
    );
    await core.close();
    expect(existsSync(join(dir, 'jar.sealed'))).toBe(false);
  });

  it("takes the host's 'granted' (the user agreed before the core opened) and records it", async () => {
    await importSeed({ keyProtector: basicText, basicTextConsent: 'granted' });
    expect(JSON.parse(readFileSync(join(dir, 'jar.key'), 'utf8'))).toHaveProperty('unprotectedAllowedAt');
  });

  it("asks too when the app has no safeStorage at all and falls back to a key file ('ask')", async () => {
    await expect(importSeed({ basicTextConsent: 'ask' })).rejects.toMatchObject({
      code: 'STORAGE_UNPROTECTED',
    });
    const core = await openCore({ dataDir: dir, basicTextConsent: 'ask' });
    try {
      expect(core.safety.state()).toMatchObject({ protection: 'keyfile', consent: 'required' });
      await core.safety.allowUnprotected();
    } finally {
      await core.close();
    }
    await importSeed({ basicTextConsent: 'ask' });
  });

  it('asks nothing of plain Node (the command line), whose 0600 key file is its documented protection', async () => {
    await importSeed();
    const core = await openCore({ dataDir: dir });
    try {
      expect(core.safety.state()).toMatchObject({
        protection: 'keyfile',
        unprotected: false,
        consent: 'not-needed',
      });
    } finally {
      await core.close();
    }
  });

  it('cannot be agreed to from a read-only open', async () => {
    await importSeed({ keyProtector: basicText, basicTextConsent: 'granted' });
    const core = await openCore({ dataDir: dir, readOnly: true, keyProtector: basicText });
    try {
      expect(core.cookies()).toHaveLength(3);
      await expect(core.safety.allowUnprotected()).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      await core.close();
    }
  });
});
