// The warm-up a host starts once the UI can be reached: it prepares the first screens through the real
// contract and never fails the host, whatever the core answers.
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { warmUp } from '../../electron/core/warm-up';
import { CrumbsError } from '../../shared/errors';
import { inDays, netscapeLine, tempDir } from '../helpers/temp';

describe('warm-up', () => {
  it('prepares the sites list and the Jar view of a real core, which then answer as before', async () => {
    const t = tempDir('crumbs-warm-');
    const core = await openCore({ dataDir: t.dir });
    try {
      const lines = [
        netscapeLine({ domain: '.news.example', name: '_ga', value: 'g', expires: inDays(30) }),
        netscapeLine({ domain: 'shop.example', name: 'cart', value: 'c', expires: inDays(2) }),
      ];
      await core.client['import.run']({
        files: [{ name: 'j.txt', content: ['# Netscape HTTP Cookie File', ...lines].join('\n') }],
      });
      const calls: string[] = [];
      await warmUp({
        client: new Proxy(core.client, {
          get: (target, method: keyof typeof core.client) => {
            calls.push(method);
            return target[method];
          },
        }),
      });
      expect(calls).toEqual(['sites.list', 'jar.query']);
      expect((await core.client['sites.list']({})).map((s) => s.site)).toContain('news.example');
      expect((await core.client['jar.query']({})).rows.map((r) => r.name)).toEqual(['_ga', 'cart']);
    } finally {
      await core.close();
      t.cleanup();
    }
  });

  it('never fails the host: a core that refuses is left for the UI’s own request to report', async () => {
    const refusing = new Proxy({} as Parameters<typeof warmUp>[0]['client'], {
      get: () => () => Promise.reject(new CrumbsError('DATA_CORRUPT', 'unreadable')),
    });
    await expect(warmUp({ client: refusing })).resolves.toBeUndefined();
  });
});
