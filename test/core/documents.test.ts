// The data directory's small documents (policies, catalog): a file that does not parse is moved aside and
// reported, never reset silently; one from a newer Crumbs is never touched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core';
import { tempDir } from '../helpers/temp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('crumbs-docs-')));
afterEach(() => cleanup());

describe('documents', () => {
  it.each([
    ['not JSON', '{"version": 1, "content": {'],
    [
      'a schema violation',
      JSON.stringify({ version: 1, content: { policies: { 'x.fr': { site: 1 } }, removedBuiltins: [] } }),
    ],
    ['no version', JSON.stringify({ content: {} })],
  ])(
    'moves a policies file holding %s aside, says so, and starts from the built-in policies',
    async (_what, text) => {
      writeFileSync(join(dir, 'policies.json'), text);
      const core = await openCore({ dataDir: dir });
      try {
        const list = await core.client['sites.list']({});
        expect(list.map((s) => s.site)).toEqual(['dashboard.paris']);
        const info = await core.client['app.info']({});
        expect(info.notices).toHaveLength(1);
        const moved = info.notices[0]!.movedTo;
        expect(moved).toMatch(/policies\.unreadable-.*\.json$/);
        // The unreadable file is kept byte for byte.
        expect(readFileSync(moved, 'utf8')).toBe(text);
        expect(existsSync(join(dir, 'policies.json'))).toBe(false);
      } finally {
        await core.close();
      }
    },
  );

  it('refuses a document written by a newer Crumbs and leaves it as it is', async () => {
    const text = JSON.stringify({ version: 99, content: { whatever: true } });
    writeFileSync(join(dir, 'policies.json'), text);
    const core = await openCore({ dataDir: dir });
    try {
      await expect(core.client['sites.list']({})).rejects.toMatchObject({
        message: expect.stringContaining('newer version of Crumbs'),
      });
      expect(readFileSync(join(dir, 'policies.json'), 'utf8')).toBe(text);
    } finally {
      await core.close();
    }
  });

  it('read-only opens report an unreadable file without moving or writing anything', async () => {
    writeFileSync(join(dir, 'policies.json'), '{oops');
    const before = readdirSync(dir).sort();
    const core = await openCore({ dataDir: dir, readOnly: true });
    try {
      await expect(core.client['sites.list']({})).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      await core.close();
    }
  });
});

describe('value storage through the contract', () => {
  it('reports the key file as the protection in plain Node, with nothing to agree to', async () => {
    const core = await openCore({ dataDir: dir });
    try {
      const info = await core.client['app.info']({});
      expect(info.valueStorage).toEqual({
        protection: 'keyfile',
        unprotected: false,
        consent: 'not-needed',
        allowedAt: null,
      });
      expect(await core.client['storage.rotateKey']({})).toMatchObject({ protection: 'keyfile' });
    } finally {
      await core.close();
    }
  });
});
