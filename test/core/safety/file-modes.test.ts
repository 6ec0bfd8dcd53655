// Every file Crumbs writes in the data directory holds credentials or the user's choices: 0600, even when
// the process runs with a permissive umask (000), which a plain open() mode would not survive. (Exports
// written by the command line are checked the same way in cli-lock.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../../electron/core';
import { writeFileAtomic } from '../../../electron/core/storage/atomic-write';
import { tempDir } from '../../helpers/temp';
import { COOKIE_LINES } from './fixtures';

let dir: string;
let cleanup: () => void;
let umask: number;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('crumbs-modes-'));
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  cleanup();
});

const modes = () =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).mode & 0o777]));

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('writes the jar, its key, the documents and set-aside copies 0600 under umask 000', async () => {
    writeFileSync(join(dir, 'catalog.json'), '{ not json');
    const core = await openCore({ dataDir: dir });
    try {
      await core.client['import.run']({ files: [{ name: 'seed.txt', content: COOKIE_LINES }] });
      await core.client['profiles.save']({
        profile: {
          name: 'mine',
          categories: {
            necessary: true,
            preferences: false,
            statistics: true,
            marketing: false,
            social: false,
          },
          sites: {},
          gpc: false,
        },
      });
      await core.client['policy.import']({
        file: {
          name: 'p.json',
          content: JSON.stringify({ site: 'a.example', entries: [{ cookie_name: 'x', duration: '1 day' }] }),
        },
        format: 'auto',
        dryRun: false,
      });
      await core.client['catalog.info']({});
      await core.safety.rotateDataKey();
    } finally {
      await core.close();
    }
    const seen = modes();
    expect(Object.keys(seen)).toEqual(
      expect.arrayContaining(['jar.sealed', 'jar.key', 'profiles.json', 'policies.json']),
    );
    expect(Object.keys(seen).some((n) => n.startsWith('catalog.unreadable-'))).toBe(true);
    // The set-aside catalog was written 0666 by this test: it is made 0600 as it is moved.
    for (const [name, mode] of Object.entries(seen)) {
      expect([name, mode.toString(8)]).toEqual([name, '600']);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('writeFileAtomic sets the exact mode whatever the umask', () => {
    process.umask(0o277);
    writeFileAtomic(join(dir, 'x'), 'secret', 0o600);
    expect(statSync(join(dir, 'x')).mode & 0o777).toBe(0o600);
  });
});
