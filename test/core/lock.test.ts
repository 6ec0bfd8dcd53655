import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core';
import { tempDir } from '../helpers/temp';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('data directory lock', () => {
  it('refuses a second writer in the same process with a message naming the holder', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const first = await openCore({ dataDir: t.dir, owner: 'the first test opener' });
    await expect(openCore({ dataDir: t.dir })).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining('the first test opener'),
    });
    await first.close();
    const again = await openCore({ dataDir: t.dir });
    await again.close();
  });

  it('refuses while another live process holds the directory, and takes over a lock left by a dead one', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      const info = {
        pid: child.pid,
        owner: 'crumbs serve (browser mode)',
        hostname: hostname(),
        startedAt: new Date().toISOString(),
      };
      writeFileSync(join(t.dir, 'crumbs.lock'), JSON.stringify(info));
      await expect(openCore({ dataDir: t.dir })).rejects.toMatchObject({
        code: 'LOCKED',
        message: expect.stringContaining(`process ${child.pid}`),
      });
    } finally {
      child.kill('SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    const core = await openCore({ dataDir: t.dir });
    await core.close();
  });

  it('lets a reader in while a writer holds the directory, and the reader writes nothing', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const writer = await openCore({ dataDir: t.dir });
    const reader = await openCore({ dataDir: t.dir, readOnly: true });
    await expect(
      reader.client['import.run']({
        files: [{ name: 'x.txt', content: 'a.example\tFALSE\t/\tFALSE\t0\tn\tv' }],
      }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await reader.close();
    await writer.close();
  });
});
