// The data key's life: rotation to a new key (the snapshot re-sealed under it; the old key kept until that
// is durable; an interrupted rotation finished at the next open), the keychain's own rotation
// (shouldReEncrypt: the data key wrapped again), and a better protection taken up when it appears.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type KeyProtector } from '../../../electron/core';
import { loadDataKey } from '../../../electron/core/storage/data-key';
import { StorageSafety } from '../../../electron/core/storage/safety';
import { seal, unseal } from '../../../electron/core/storage/sealing';
import { tempDir } from '../../helpers/temp';
import { namesIn, rawKeys, seedJar } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-rotation-')));
afterEach(() => cleanup());

const jarPath = () => join(dir, 'jar.sealed');
const keyPath = () => join(dir, 'jar.key');
const opens = (key: Buffer) => {
  try {
    unseal(key, readFileSync(jarPath()), 'jar');
    return true;
  } catch {
    return false;
  }
};

async function cookieNames(
  options: { readOnly?: boolean; keyProtector?: KeyProtector } = {},
): Promise<string[]> {
  const core = await openCore({ dataDir: dir, ...options });
  try {
    return core.cookies().map((c) => c.name);
  } finally {
    await core.close();
  }
}

describe('data key rotation', () => {
  it('re-seals the jar under a new key, pending changes included, and forgets the old key', async () => {
    await seedJar(dir);
    const old = rawKeys(dir).key;
    const core = await openCore({ dataDir: dir });
    try {
      await core.client['import.run']({
        files: [{ name: 'x.txt', content: 'late.example\tFALSE\t/\tFALSE\t0\tlate\tv' }],
      });
      await core.safety.rotateDataKey();
    } finally {
      await core.close();
    }
    const after = rawKeys(dir);
    expect(after.version).toBe(1);
    expect(after.previous).toBeNull();
    expect(after.key.equals(old)).toBe(false);
    expect(opens(after.key)).toBe(true);
    expect(opens(old)).toBe(false);
    expect((await cookieNames()).sort()).toEqual(['ab', 'late', 'pref', 'sid']);
    if (process.platform !== 'win32') {
      for (const f of [jarPath(), keyPath()]) expect(statSync(f).mode & 0o777).toBe(0o600);
    }
  });

  it('finishes a rotation stopped after the new key was written (snapshot still under the old key)', async () => {
    await seedJar(dir);
    const old = rawKeys(dir).key;
    const next = Buffer.alloc(32, 9);
    writeFileSync(
      keyPath(),
      JSON.stringify({
        version: 2,
        protection: 'keyfile',
        key: next.toString('base64'),
        previous: old.toString('base64'),
      }),
    );
    // A reader copes without changing anything…
    const before = namesIn(dir);
    expect((await cookieNames({ readOnly: true })).sort()).toEqual(['ab', 'pref', 'sid']);
    expect(namesIn(dir)).toEqual(before);
    expect(opens(old)).toBe(true);
    // …and a writer finishes the rotation.
    expect((await cookieNames()).sort()).toEqual(['ab', 'pref', 'sid']);
    expect(rawKeys(dir)).toMatchObject({ version: 1, previous: null });
    expect(rawKeys(dir).key.equals(next)).toBe(true);
    expect(opens(next)).toBe(true);
  });

  it('finishes a rotation stopped after the snapshot was re-sealed (old key not yet dropped)', async () => {
    await seedJar(dir);
    const old = rawKeys(dir).key;
    const next = Buffer.alloc(32, 3);
    writeFileSync(jarPath(), seal(next, unseal(old, readFileSync(jarPath()), 'jar')));
    writeFileSync(
      keyPath(),
      JSON.stringify({
        version: 2,
        protection: 'keyfile',
        key: next.toString('base64'),
        previous: old.toString('base64'),
      }),
    );
    expect((await cookieNames()).sort()).toEqual(['ab', 'pref', 'sid']);
    expect(rawKeys(dir)).toMatchObject({ version: 1, previous: null });
  });

  it('keeps both keys when re-sealing fails, so the snapshot stays readable', async () => {
    await seedJar(dir);
    const old = rawKeys(dir).key;
    const dataKey = await loadDataKey(dir, undefined, false);
    const safety = await StorageSafety.open({ dataDir: dir, protector: undefined, readOnly: false, dataKey });
    const failing = {
      rekey() {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(safety.rotate(failing)).rejects.toMatchObject({ code: 'ENOSPC' });
    const keys = rawKeys(dir);
    expect(keys.version).toBe(2);
    expect(keys.previous?.equals(old)).toBe(true);
    expect(opens(old)).toBe(true);
    expect((await cookieNames()).sort()).toEqual(['ab', 'pref', 'sid']);
    expect(rawKeys(dir).version).toBe(1);
  });

  it('refuses to rotate in a read-only open', async () => {
    await seedJar(dir);
    const core = await openCore({ dataDir: dir, readOnly: true });
    try {
      await expect(core.safety.rotateDataKey()).rejects.toMatchObject({ code: 'LOCKED' });
    } finally {
      await core.close();
    }
  });

  it('refuses a key file written by a newer Crumbs and leaves it alone', async () => {
    await seedJar(dir);
    const text = JSON.stringify({ version: 3, protection: 'keyfile', keys: [] });
    writeFileSync(keyPath(), text);
    await expect(openCore({ dataDir: dir })).rejects.toMatchObject({
      code: 'KEY_UNAVAILABLE',
      message: expect.stringContaining('newer version of Crumbs'),
    });
    expect(readFileSync(keyPath(), 'utf8')).toBe(text);
  });
});

/** A keychain stand-in: wrapping marks the keychain's key generation; an older generation is stale. */
function fakeKeychain(kind: KeyProtector['kind']) {
  const state = { generation: 1, unwraps: 0 };
  const protector: KeyProtector = {
    kind,
    async wrap(key) {
      return Buffer.concat([Buffer.from([state.generation]), Buffer.from(key.map((b) => b ^ 0xa5))]);
    },
    async unwrap(wrapped) {
      state.unwraps++;
      const key = Buffer.from(wrapped.subarray(1).map((b) => b ^ 0xa5));
      return { key, stale: wrapped[0]! < state.generation };
    },
  };
  return { protector, state };
}

describe('the keychain side', () => {
  it("wraps the data key again when the keychain rotated its own key (safeStorage's shouldReEncrypt)", async () => {
    const { protector, state } = fakeKeychain('safeStorage');
    await seedJar(dir, { keyProtector: protector });
    const wrappedBefore = readFileSync(keyPath(), 'utf8');
    state.generation = 2;
    expect((await cookieNames({ keyProtector: protector })).sort()).toEqual(['ab', 'pref', 'sid']);
    const wrappedAfter = readFileSync(keyPath(), 'utf8');
    expect(wrappedAfter).not.toBe(wrappedBefore);
    expect(Buffer.from(JSON.parse(wrappedAfter).key, 'base64')[0]).toBe(2);
    // A read-only open never writes, stale or not.
    state.generation = 3;
    await cookieNames({ readOnly: true, keyProtector: protector });
    expect(readFileSync(keyPath(), 'utf8')).toBe(wrappedAfter);
  });

  it('takes up a real keychain when one appears after basic_text, and the old agreement lapses', async () => {
    const basic = fakeKeychain('basic_text');
    await seedJar(dir, { keyProtector: basic.protector, basicTextConsent: 'granted' });
    expect(JSON.parse(readFileSync(keyPath(), 'utf8'))).toMatchObject({
      protection: 'basic_text',
      unprotectedAllowedAt: expect.any(String),
    });
    const real = fakeKeychain('safeStorage');
    expect((await cookieNames({ keyProtector: real.protector })).sort()).toEqual(['ab', 'pref', 'sid']);
    const file = JSON.parse(readFileSync(keyPath(), 'utf8')) as Record<string, unknown>;
    expect(file.protection).toBe('safeStorage');
    expect(file).not.toHaveProperty('unprotectedAllowedAt');
  });

  it('rotates under the keychain too: both keys are stored wrapped, never raw', async () => {
    const { protector } = fakeKeychain('safeStorage');
    await seedJar(dir, { keyProtector: protector });
    const core = await openCore({ dataDir: dir, keyProtector: protector });
    let raw: Buffer;
    try {
      raw = (await protector.unwrap(Buffer.from(JSON.parse(readFileSync(keyPath(), 'utf8')).key, 'base64')))
        .key;
      await core.safety.rotateDataKey();
    } finally {
      await core.close();
    }
    const text = readFileSync(keyPath(), 'utf8');
    expect(text).not.toContain(raw.toString('base64'));
    expect(JSON.parse(text)).toMatchObject({ version: 1, protection: 'safeStorage' });
    expect((await cookieNames({ keyProtector: protector })).sort()).toEqual(['ab', 'pref', 'sid']);
  });
});
