// Folding a -wal file into its database. The fixture was written by real SQLite while a connection held
// it open (make-wal-fixture.py): sqlite3 itself reads a=new and b=2 from it; the database file alone
// holds a=old and gone=1; 40 uncommitted spill rows sit in the -wal after the commit.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { firefoxReader, mergeWal, readFileCopy } from '../../../../electron/core/formats/browser-db';
import { tempDir } from '../../../helpers/temp';
import { input, NOW_MS, flip } from './build';

const DIR = fileURLToPath(new URL('../../../fixtures/formats/browser-db/firefox-wal', import.meta.url));
const DB = new Uint8Array(readFileSync(join(DIR, 'cookies.sqlite')));
const WAL = new Uint8Array(readFileSync(join(DIR, 'cookies.sqlite-wal')));
const PAGE = 512;
const FRAME = 24 + PAGE;
const LIMIT = 1024 * 1024;

async function names(bytes: Uint8Array): Promise<string[]> {
  const result = await firefoxReader.read(input('cookies.sqlite', bytes), { nowMs: NOW_MS });
  return result.cookies.map((c) => `${c.cookie.name}=${c.cookie.value}`);
}

/** Which frames carry a commit (their "database size after commit" is not 0), read independently. */
function commitFrames(wal: Uint8Array): number[] {
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const commits: number[] = [];
  for (let i = 0; 32 + (i + 1) * FRAME <= wal.length; i++)
    if (view.getUint32(32 + i * FRAME + 4) !== 0) commits.push(i);
  return commits;
}

describe('mergeWal', () => {
  it('applies the committed transaction and stops before the uncommitted frames', async () => {
    const commits = commitFrames(WAL);
    expect(commits).toHaveLength(1);
    const totalFrames = (WAL.length - 32) / FRAME;
    expect(totalFrames).toBeGreaterThan(commits[0]! + 1); // spilled, uncommitted frames follow the commit
    const merged = mergeWal(DB, WAL, LIMIT);
    expect(merged.ignored).toBeUndefined();
    expect(merged.frames).toBe(commits[0]! + 1);
    expect(merged.bytes[18]).toBe(1);
    expect(await names(merged.bytes)).toEqual(['a=new', 'b=2']);
  });

  it('ends the log at a frame whose checksum fails, as SQLite does', async () => {
    const damaged = WAL.slice();
    flip(damaged, 32 + 24 + 100, 0xff); // inside the first frame's page
    const merged = mergeWal(DB, damaged, LIMIT);
    expect(merged.frames).toBe(0);
    expect(await names(merged.bytes)).toEqual(['a=old', 'gone=1']);
  });

  it('ignores frames of another generation (salt differs)', async () => {
    const damaged = WAL.slice();
    flip(damaged, 32 + 8, 1); // salt-1 of the first frame
    expect(mergeWal(DB, damaged, LIMIT).frames).toBe(0);
  });

  it('ignores a WAL it cannot use, saying why, and leaves the database as it was', async () => {
    const badMagic = WAL.slice();
    badMagic[0] = 0;
    expect(mergeWal(DB, badMagic, LIMIT).ignored).toContain('no WAL header');
    const otherPageSize = WAL.slice();
    new DataView(otherPageSize.buffer).setUint32(8, 4096);
    expect(mergeWal(DB, otherPageSize, LIMIT).ignored).toContain('page size (4096)');
    const tooBig = mergeWal(DB, WAL, 2 * PAGE);
    expect(tooBig.ignored).toContain('beyond 1024 bytes');
    expect(await names(tooBig.bytes)).toEqual(['a=old', 'gone=1']);
    expect(mergeWal(DB, new Uint8Array(0), LIMIT)).toMatchObject({ frames: 0 });
  });

  it('gives the old or the new state, never a mix, when the WAL is cut anywhere', () => {
    const commitEnd = 32 + (commitFrames(WAL)[0]! + 1) * FRAME;
    const after = mergeWal(DB, WAL, LIMIT).bytes;
    const before = mergeWal(DB, new Uint8Array(0), LIMIT).bytes;
    for (let cut = 0; cut <= WAL.length; cut += 7) {
      const merged = mergeWal(DB, WAL.subarray(0, cut), LIMIT).bytes;
      expect(Buffer.from(merged).equals(Buffer.from(cut >= commitEnd ? after : before))).toBe(true);
    }
  });
});

describe('readFileCopy', () => {
  let cleanup = (): void => {};
  afterEach(() => cleanup());

  it('notes an unusable -wal file and reads the database alone', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    writeFileSync(join(temp.dir, 'cookies.sqlite'), DB);
    writeFileSync(join(temp.dir, 'cookies.sqlite-wal'), new Uint8Array(100).fill(7));
    const copy = await readFileCopy(join(temp.dir, 'cookies.sqlite'));
    expect(copy.notes).toMatchObject([
      {
        where: 'cookies.sqlite-wal',
        reason: expect.stringContaining('not read: the -wal file has no WAL header'),
      },
    ]);
    expect(await names(copy.bytes)).toEqual(['a=old', 'gone=1']);
  });

  it('passes a non-SQLite file (Safari) through unchanged', async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const bytes = new TextEncoder().encode('cook and more');
    writeFileSync(join(temp.dir, 'Cookies.binarycookies'), bytes);
    const copy = await readFileCopy(join(temp.dir, 'Cookies.binarycookies'));
    expect(copy).toEqual({
      name: 'Cookies.binarycookies',
      bytes: new Uint8Array(bytes),
      walFrames: 0,
      notes: [],
    });
  });
});
