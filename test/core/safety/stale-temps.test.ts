// Temp files of writers that were killed are removed by the next writer (it holds the lock, so they
// cannot belong to anyone alive); anything else in the directory is left alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemps } from '../../../electron/core/storage/stale-temps';
import { openCore } from '../../../electron/core';
import { tempDir } from '../../helpers/temp';
import { namesIn } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-temps-')));
afterEach(() => cleanup());

describe('stale temp files', () => {
  it("removes killed writers' temp files, and only those", () => {
    const names = [
      '.jar.sealed.999999.1732870000000.tmp',
      'profiles.json.tmp-1732870000abc123',
      `.jar.key.${process.pid}.1732870000000.tmp`,
      'notes.tmp',
      'jar.sealed',
      'policies.unreadable-2025-01-01T00-00-00-000Z.json',
    ];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    expect(removeStaleTemps(dir)).toBe(2);
    expect(namesIn(dir)).toEqual(names.slice(2).sort());
  });

  it('runs when a writer opens the directory, not when a reader does', async () => {
    writeFileSync(join(dir, '.jar.sealed.999999.1.tmp'), 'x');
    await (await openCore({ dataDir: dir, readOnly: true })).close();
    expect(namesIn(dir)).toContain('.jar.sealed.999999.1.tmp');
    await (await openCore({ dataDir: dir })).close();
    expect(namesIn(dir)).not.toContain('.jar.sealed.999999.1.tmp');
  });
});
