// Versioned documents: an older file is migrated in memory and written back only by the next change; a
// migration that fails (throws, or gives content the schema refuses, or does not exist) leaves the file
// byte for byte as it was, tells the user, and refuses changes so nothing is ever saved over it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  openDocument,
  type DocumentNotice,
  type DocumentSpec,
} from '../../../electron/core/storage/documents';
import { openCore } from '../../../electron/core';
import { tempDir } from '../../helpers/temp';
import { namesIn } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-migrations-')));
afterEach(() => cleanup());

/** Version 2 renamed `items` (a list of names) to `entries` (a list of objects). */
const Content = z.object({ entries: z.array(z.object({ name: z.string() })) });
type Content = z.infer<typeof Content>;

function spec(migrate?: DocumentSpec<Content>['migrate']): DocumentSpec<Content> {
  return {
    name: 'things',
    version: 2,
    schema: Content,
    empty: () => ({ entries: [] }),
    ...(migrate ? { migrate } : {}),
  };
}

const upgrade: DocumentSpec<Content>['migrate'] = (from, content) => {
  if (from !== 1) throw new Error(`unknown version ${from}`);
  const items = (content as { items: unknown }).items;
  if (!Array.isArray(items)) throw new Error('version 1 content has no items list');
  return { entries: items.map((name) => ({ name })) };
};

function open(s: DocumentSpec<Content>, readOnly = false) {
  const notices: DocumentNotice[] = [];
  const doc = openDocument(dir, s, { readOnly, onNotice: (n) => notices.push(n) });
  return { doc, notices };
}

const V1 = JSON.stringify({ version: 1, content: { items: ['a', 'b'] } }, null, '\t');
const path = () => join(dir, 'things.json');

describe('document migrations', () => {
  it('migrates an older file in memory, and writes the new version only with the next change', async () => {
    writeFileSync(path(), V1);
    const { doc, notices } = open(spec(upgrade));
    expect(doc.read()).toEqual({ entries: [{ name: 'a' }, { name: 'b' }] });
    expect(notices).toEqual([]);
    expect(readFileSync(path(), 'utf8')).toBe(V1);
    await doc.write({ entries: [{ name: 'a' }] });
    expect(JSON.parse(readFileSync(path(), 'utf8'))).toEqual({
      version: 2,
      content: { entries: [{ name: 'a' }] },
    });
    if (process.platform !== 'win32') expect(statSync(path()).mode & 0o777).toBe(0o600);
  });

  it.each([
    [
      'throws',
      spec(() => {
        throw new Error('the upgrade broke');
      }),
    ],
    ['gives content the schema refuses', spec(() => ({ entries: 'not a list' }))],
    ['does not exist', spec()],
    [
      'meets content it cannot read',
      spec(upgrade),
      JSON.stringify({ version: 1, content: { items: 'oops' } }),
    ],
  ])(
    'leaves the file byte-identical when the migration %s, says so, and refuses changes',
    async (_what, s, text = V1) => {
      writeFileSync(path(), text);
      const before = namesIn(dir);
      const { doc, notices } = open(s);
      expect(doc.read()).toEqual({ entries: [] });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({
        file: path(),
        movedTo: path(),
        kept: expect.stringContaining('unchanged, in place'),
      });
      expect(notices[0]!.reason).toMatch(/could not be upgraded.*from version 1.*kept as it was/s);
      await expect(doc.write({ entries: [{ name: 'new' }] })).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
      expect(readFileSync(path(), 'utf8')).toBe(text);
      expect(namesIn(dir)).toEqual(before);
    },
  );

  it('a read-only open refuses a failed migration with DATA_CORRUPT and writes nothing', () => {
    writeFileSync(path(), V1);
    const { doc } = open(spec(), true);
    expect(() => doc.read()).toThrow(expect.objectContaining({ code: 'DATA_CORRUPT' }));
    expect(readFileSync(path(), 'utf8')).toBe(V1);
  });

  it('a change made before anything was read still checks the file first (never a blind overwrite)', async () => {
    writeFileSync(path(), '{"version": 2, "content": {');
    const { doc, notices } = open(spec(upgrade));
    await doc.write({ entries: [{ name: 'x' }] });
    expect(notices).toHaveLength(1);
    expect(readFileSync(notices[0]!.movedTo, 'utf8')).toBe('{"version": 2, "content": {');
    expect(doc.read()).toEqual({ entries: [{ name: 'x' }] });
  });
});

describe('documents of the data directory through the core', () => {
  it('report an unreadable profiles file with what was kept, in app.info', async () => {
    writeFileSync(join(dir, 'profiles.json'), '{"version": 1, "content": {"profiles": 3}}');
    const core = await openCore({ dataDir: dir });
    try {
      await core.client['profiles.list']({});
      const [notice] = (await core.client['app.info']({})).notices;
      expect(notice?.movedTo).toMatch(/profiles\.unreadable-.*\.json$/);
      expect(notice?.reason).toMatch(/kept, byte for byte, at .*profiles\.unreadable-/);
    } finally {
      await core.close();
    }
  });
});
